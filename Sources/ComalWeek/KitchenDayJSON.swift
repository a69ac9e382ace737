import ComalCore
import Foundation

/// A kitchen day as `comal kitchen day --format json` and the kitchen's API print it: each site's
/// meals with servings by age group and items, and the batch with what it takes as bought.
/// `value`s are JSON numbers; a batch line's amount is the sum of the sites' amounts of the same meal,
/// food and unit.
public struct KitchenDayJSON: Codable, Sendable, Equatable {
    public struct Amount: Codable, Sendable, Equatable {
        public var value: Decimal
        public var unit: String
    }

    public struct Container: Codable, Sendable, Equatable {
        public var ageGroup: String
        public var servings: Int
        public var portion: String
        public var amount: Amount
    }

    public struct Item: Codable, Sendable, Equatable {
        public var food: String
        public var name: String
        public var amount: Amount
        public var components: [String]
        public var temperature: String
        public var allergens: [String]
        public var containers: [Container]
    }

    public struct Meal: Codable, Sendable, Equatable {
        public var meal: String
        public var serveAt: String
        public var departure: String
        public var servings: [String: Int]
        public var countSource: String
        public var items: [Item]
    }

    public struct Site: Codable, Sendable, Equatable {
        public var site: String
        public var name: String
        public var menu: String
        public var week: Int
        public var meals: [Meal]
    }

    public struct Purchase: Codable, Sendable, Equatable {
        public var food: String
        public var amount: Amount
    }

    public struct BatchLine: Codable, Sendable, Equatable {
        public var meal: String
        public var food: String
        public var name: String
        public var amount: Amount
        public var servings: Int
        public var recipeBatches: Decimal?
        public var purchase: [Purchase]
    }

    public var date: String
    public var kitchen: String
    public var sites: [Site]
    public var batch: [BatchLine]
    public var problems: [String]

    public init(_ day: KitchenDay) {
        date = day.date.description
        kitchen = day.kitchen.id.rawValue
        sites = day.sites.map { service in
            Site(
                site: service.site.id.rawValue, name: service.site.name, menu: service.menuName.english, week: service.week,
                meals: service.meals.map { meal in
                    Meal(
                        meal: meal.meal.rawValue, serveAt: meal.serveAt.description, departure: meal.departure.description,
                        servings: Dictionary(uniqueKeysWithValues: meal.count.servings.map { ($0.key.rawValue, $0.value) }),
                        countSource: meal.count.source.label.english,
                        items: meal.items.flatMap { item in
                            item.amounts.map { amount in
                                Item(
                                    food: item.dish.id, name: item.name.english, amount: Amount(amount),
                                    components: item.components.map(\.rawValue), temperature: item.temperature.rawValue,
                                    allergens: item.allergens.map(\.rawValue),
                                    containers: item.containers.filter { $0.amount.unit == amount.unit }.map {
                                        Container(
                                            ageGroup: $0.ageGroup.rawValue, servings: $0.servings, portion: $0.portion.menuText,
                                            amount: Amount($0.amount))
                                    })
                            }
                        })
                })
        }
        batch = day.batch.map { line in
            BatchLine(
                meal: line.meal.rawValue, food: line.dish.id, name: line.name.english, amount: Amount(line.amount),
                servings: line.servings, recipeBatches: line.recipeBatches,
                purchase: line.purchase.map {
                    Purchase(food: $0.food.id.rawValue, amount: Amount(value: $0.toBuy.amount, unit: $0.toBuy.unit.rawValue))
                })
        }
        problems = day.problems.map(\.message.english)
    }

    /// The day as pretty-printed JSON with sorted keys.
    public static func encoded(_ day: KitchenDay) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(KitchenDayJSON(day)), as: UTF8.self)
    }
}

extension KitchenDayJSON.Amount {
    init(_ amount: KitchenAmount) { self.init(value: amount.value, unit: amount.unit) }
}
