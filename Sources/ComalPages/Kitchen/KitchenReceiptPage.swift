import ComalCore

/// The receipt each site signs, one page per site: every container of the ticket with a column for
/// what arrived, the meals received and served by age group, arrival temperatures and signatures.
/// A receipt already recorded prints what it says, shortfalls flagged.
public enum KitchenReceiptPage {
    public static func render(_ day: KitchenDay, receipts: [Site.ID: KitchenReceipt], language: Language) -> String {
        let say = { (english: String, spanish: String) in KitchenPage.say(english, spanish, language) }
        var body = ""
        for service in day.sites {
            let recorded = receipts[service.site.id]
            body += "<section class=\"site\"><h1>\(say("Meal receipt", "Recibo de comidas")): \(HTML.escape("\(service.site.id) \(service.site.name)"))</h1>\n"
            body += "<p>\(KitchenPage.heading(day, language))</p>\n"
            body += "<table><thead><tr><th>\(say("Meal", "Comida"))</th><th>\(say("Age group", "Grupo de edad"))</th>"
            body += "<th>\(say("Item", "Platillo"))</th><th>\(say("Sent", "Enviado"))</th><th>\(say("Received", "Recibido"))</th></tr></thead><tbody>\n"
            for meal in service.meals {
                for item in meal.items {
                    for container in item.containers {
                        let line = recorded?.lines.first {
                            $0.meal == meal.meal && $0.ageGroup == container.ageGroup && $0.food == item.dish.id
                                && $0.ticket.unit == container.amount.unit
                        }
                        let short = line.map { $0.received < $0.ticket.value } ?? false
                        body += "<tr><td>\(KitchenPage.say(meal.meal.label, language))</td><td>\(KitchenPage.say(container.ageGroup.label, language))</td>"
                        body += "<td>\(KitchenPage.say(item.name, language))</td><td class=\"num\">\(HTML.escape(container.amount.text(in: language)))</td>"
                        body += "<td class=\"num\(short ? " flag" : "")\">\(line.map { "\($0.received)" } ?? "")</td></tr>\n"
                    }
                }
            }
            body += "</tbody></table>\n<table><thead><tr><th>\(say("Meal", "Comida"))</th><th>\(say("Age group", "Grupo de edad"))</th>"
            body += "<th>\(say("Meals expected", "Comidas previstas"))</th><th>\(say("Meals served", "Comidas servidas"))</th></tr></thead><tbody>\n"
            for meal in service.meals {
                for (group, count) in meal.count.servings.sorted(by: { $0.key < $1.key }) {
                    let served = recorded?.servedCounts(meal.meal)?[group].map(String.init) ?? ""
                    body += "<tr><td>\(KitchenPage.say(meal.meal.label, language))</td><td>\(KitchenPage.say(group.label, language))</td>"
                    body += "<td class=\"num\">\(count)</td><td class=\"num\">\(served)</td></tr>\n"
                }
            }
            body += "</tbody></table>\n"
            for line in recorded?.shortfalls ?? [] {
                body += "<p class=\"flag\">\(say("Short", "Faltó")): \(KitchenPage.say(line.name, language)), \(KitchenPage.say(line.ageGroup.label, language)): "
                body += "\(line.received) / \(HTML.escape(line.ticket.text(in: language))) (\(line.servingsShort) \(say("servings", "porciones")))</p>\n"
            }
            body += "<p>\(say("Arrival temperature, hot food", "Temperatura al llegar, comida caliente")): ______ °F · "
            body += "\(say("cold food", "comida fría")): ______ °F · \(say("time", "hora")): ______</p>\n"
            let signer = recorded.map { HTML.escape("\($0.signedBy), \($0.signedAt)") } ?? "______________________________"
            body += "<p class=\"sign\">\(say("Received and checked by", "Recibió y revisó")): \(signer)</p></section>\n"
        }
        return KitchenPage.document(title: "\(day.kitchen.id) \(day.date)", language: language, body: body)
    }
}
