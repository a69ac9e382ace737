import ComalCore

/// The delivery ticket, one page per site: each meal by age group and item, the servings and the
/// amount in its bulk container, and the meal-pattern component each covers, for the site to check
/// on arrival (a delivered meal short of the pattern cannot be claimed).
public enum KitchenTicketPage {
    public static func render(_ day: KitchenDay, language: Language) -> String {
        let say = { (english: String, spanish: String) in KitchenPage.say(english, spanish, language) }
        var body = ""
        for service in day.sites {
            body += "<section class=\"site\"><h1>\(say("Delivery ticket", "Boleta de entrega")): "
            body += "\(HTML.escape("\(service.site.id) \(service.site.name)"))</h1>\n"
            body += "<p>\(KitchenPage.heading(day, language)) · \(HTML.escape(service.site.address)), \(HTML.escape(service.site.city))</p>\n"
            body += "<p>\(say("Menu", "Menú")): \(KitchenPage.say(service.menuName, language)), \(say("week", "semana")) \(service.week)</p>\n"
            for meal in service.meals {
                body += "<h2>\(KitchenPage.say(meal.meal.label, language)) · \(say("served at", "se sirve a las")) \(meal.serveAt)"
                body += " · \(say("leaves the kitchen", "sale de la cocina")) \(meal.departure)</h2>\n"
                body += "<table><thead><tr><th>\(say("Age group", "Grupo de edad"))</th><th>\(say("Servings", "Porciones"))</th>"
                body += "<th>\(say("Item", "Platillo"))</th><th>\(say("Component", "Componente"))</th>"
                body += "<th>\(say("Portion", "Porción"))</th><th>\(say("In the container", "En el recipiente"))</th>"
                body += "<th>\(say("Checked", "Revisado"))</th></tr></thead><tbody>\n"
                for group in MealPatternAgeGroup.allCases {
                    for item in meal.items {
                        guard let container = item.containers.first(where: { $0.ageGroup == group }) else { continue }
                        let components = item.components.map { $0.label.text(in: language) }.joined(separator: ", ")
                        body += "<tr><td>\(KitchenPage.say(group.label, language))</td><td class=\"num\">\(container.servings)</td>"
                        body += "<td>\(KitchenPage.say(item.name, language))</td><td>\(HTML.escape(components.isEmpty ? "—" : components))</td>"
                        body += "<td class=\"num\">\(HTML.escape(container.portion.text(in: language)))</td>"
                        body += "<td class=\"num\">\(HTML.escape(container.amount.text(in: language)))</td><td class=\"blank\"></td></tr>\n"
                    }
                }
                body += "</tbody></table>\n"
            }
            body += "<p class=\"sign\">\(say("Packed by", "Empacó")): ____________________ "
            body += "\(say("Driver", "Chofer")): ____________________</p></section>\n"
        }
        return KitchenPage.document(title: "\(day.kitchen.id) \(day.date)", language: language, body: body)
    }
}
