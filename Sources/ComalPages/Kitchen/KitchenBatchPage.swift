import ComalCore

/// The batch sheet, the kitchen's production record: what it makes for all its sites, meal by meal,
/// in kitchen units and as bought, recipes scaled; the counts it is made for, and the counts the sites
/// served, from their signed receipts.
public enum KitchenBatchPage {
    public static func render(_ day: KitchenDay, receipts: [Site.ID: KitchenReceipt], language: Language) -> String {
        let say = { (english: String, spanish: String) in KitchenPage.say(english, spanish, language) }
        var body = "<h1>\(say("Batch sheet", "Hoja de producción"))</h1>\n<p>\(KitchenPage.heading(day, language))</p>\n"
        body += KitchenPage.problems(day, language)
        body += "<h2>\(say("Meal counts", "Conteo de comidas"))</h2>\n<table><thead><tr><th>\(say("Site", "Sitio"))</th>"
        body += "<th>\(say("Meal", "Comida"))</th><th>\(say("Servings by age group", "Porciones por grupo de edad"))</th>"
        body += "<th>\(say("From", "Según"))</th><th>\(say("Served (signed receipt)", "Servidas (recibo firmado)"))</th></tr></thead><tbody>\n"
        let text = { (counts: [MealPatternAgeGroup: Int]) in
            counts.sorted { $0.key < $1.key }.map { "\($0.key.label.text(in: language)): \($0.value)" }.joined(separator: "; ")
        }
        for service in day.sites {
            for meal in service.meals {
                let served = receipts[service.site.id]?.servedCounts(meal.meal).map(text) ?? ""
                body += "<tr><td>\(HTML.escape("\(service.site.id) \(service.site.name)"))</td>"
                body += "<td>\(KitchenPage.say(meal.meal.label, language))</td><td>\(HTML.escape(text(meal.count.servings)))</td>"
                body += "<td>\(KitchenPage.say(meal.count.source.label, language))</td><td>\(HTML.escape(served))</td></tr>\n"
            }
        }
        body += "</tbody></table>\n"
        for meal in MealType.allCases {
            let lines = day.batch.filter { $0.meal == meal }
            guard !lines.isEmpty else { continue }
            body += "<h2>\(KitchenPage.say(meal.label, language))</h2>\n<table><thead><tr>"
            body += "<th>\(say("Item", "Platillo"))</th><th>\(say("Servings", "Porciones"))</th><th>\(say("Make", "Preparar"))</th>"
            body += "<th>\(say("As purchased", "Como se compra"))</th><th>\(say("Held", "Se mantiene"))</th>"
            body += "<th>\(say("Allergens", "Alérgenos"))</th><th>\(say("Made by, time", "Preparó, hora"))</th></tr></thead><tbody>\n"
            for line in lines {
                var make = line.amount.text(in: language)
                if let batches = line.recipeBatches { make += " (\(batches) × \(PrintLabels.recipe.text(in: language)))" }
                let bought = line.purchase.map { "\($0.food.name.text(in: language)): \($0.toBuy.text(in: language))" }
                body += "<tr><td>\(KitchenPage.say(line.name, language))</td><td class=\"num\">\(line.servings)</td>"
                body += "<td class=\"num\">\(HTML.escape(make))</td><td>\(HTML.escape(bought.joined(separator: "; ")))</td>"
                body += "<td>\(KitchenPage.say(line.temperature.label, language))</td>"
                body += "<td>\(KitchenPage.allergens(line.allergens, language))</td><td class=\"blank\"></td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        return KitchenPage.document(title: "\(day.kitchen.id) \(day.date)", language: language, body: body)
    }
}
