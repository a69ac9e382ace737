import ComalCore

/// Container labels, ten to a Letter sheet (4 × 2 in): site, item, age group and amount, allergens,
/// when it was prepared, how it is held, and its discard time where time is the control (Food Code
/// 3-501.19: unmarked food is discarded).
public enum KitchenLabelPage {
    public static func render(_ day: KitchenDay, language: Language) -> String {
        let say = { (english: String, spanish: String) in KitchenPage.say(english, spanish, language) }
        var labels: [String] = []
        for service in day.sites {
            for meal in service.meals {
                for item in meal.items {
                    let hold = HoldLimit.of(item.temperature, kitchen: day.kitchen)
                    for container in item.containers {
                        var label = "<div class=\"label\"><b>\(HTML.escape("\(service.site.id) · \(service.site.name)"))</b><br>"
                        label += "\(KitchenPage.say(meal.meal.label, language)) \(meal.serveAt) · \(KitchenPage.say(container.ageGroup.label, language))<br>"
                        label += "<span class=\"item\">\(KitchenPage.say(item.name, language))</span><br>"
                        label += "\(HTML.escape(container.amount.text(in: language))) · \(container.servings) × \(HTML.escape(container.portion.text(in: language)))<br>"
                        label += "\(say("Allergens", "Alérgenos")): \(KitchenPage.allergens(item.allergens, language))<br>"
                        label += "\(say("Prepared", "Preparado")) \(day.date) ______ · "
                        switch item.temperature {
                        case .hot: label += say("keep at 135 °F or above", "mantener a 135 °F o más")
                        case .cold: label += say("keep at 41 °F or below", "mantener a 41 °F o menos")
                        case .ambient: label += say("room temperature", "temperatura ambiente")
                        }
                        if let hold, hold.timeIsTheControl, let discard = ClockTime(minutes: min(meal.departure.minutes + hold.minutes, 1439)) {
                            label += "<br><span class=\"flag\">\(say("Discard at", "Desechar a las")) \(discard)</span>"
                        }
                        labels.append(label + "</div>")
                    }
                }
            }
        }
        var body = ""
        for start in stride(from: 0, to: labels.count, by: 10) {
            body += "<div class=\"sheet\">\n" + labels[start..<min(start + 10, labels.count)].joined(separator: "\n") + "\n</div>\n"
        }
        let style = """
            @page { size: letter portrait; margin: 0.5in 0.15in; }
            .sheet { display: grid; grid-template-columns: 4in 4in; grid-auto-rows: 2in; column-gap: 0.2in; break-after: page; }
            .sheet:last-child { break-after: auto; }
            .label { box-sizing: border-box; padding: 0.1in; border: 1px dashed #999; overflow: hidden; font-size: 8.5pt; line-height: 1.25; }
            .item { font-size: 11pt; font-weight: bold; }
            """
        return KitchenPage.document(title: "\(day.kitchen.id) \(day.date)", language: language, style: style, body: body)
    }
}
