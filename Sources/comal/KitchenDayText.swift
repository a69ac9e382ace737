import ComalCore

/// A kitchen day as `comal kitchen day` prints it for the cook.
enum KitchenDayText {
    static func render(_ day: KitchenDay) -> String {
        var text = "Kitchen \(day.kitchen.id) (\(day.kitchen.name)), \(PrintedMenu.dayName(KitchenDay.dayLabel(day.date)).english) \(day.date)\n"
        for service in day.sites {
            text += "\n\(service.site.id) \(service.site.name): \(service.menuName.english), week \(service.week)\n"
            for meal in service.meals {
                let counts = meal.count.servings.sorted { $0.key < $1.key }.map { "\($0.key.rawValue): \($0.value)" }
                text +=
                    "  \(meal.meal.label.english) served \(meal.serveAt), leaves \(meal.departure): \(counts.joined(separator: ", ")) (\(meal.count.source.label.english))\n"
                for item in meal.items {
                    let containers = item.containers.map { "\($0.ageGroup.rawValue) \($0.amount.text)" }
                    text +=
                        "    \(item.name.english): \(item.amounts.map(\.text).joined(separator: " + ")) [\(containers.joined(separator: ", "))]\n"
                }
            }
        }
        text += "\nBatch\n"
        for line in day.batch {
            let batches = line.recipeBatches.map { ", \($0) × recipe" } ?? ""
            let bought = line.purchase.map { "\($0.food.name.english) \($0.toBuy.plain)" }.joined(separator: "; ")
            text += "  \(line.meal.label.english): \(line.name.english) \(line.amount.text), \(line.servings) servings\(batches) — buy: \(bought)\n"
        }
        for problem in day.problems { text += "note: \(problem.message.english)\n" }
        return text
    }
}
