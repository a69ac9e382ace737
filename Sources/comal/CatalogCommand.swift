import ArgumentParser
import ComalCore
import ComalStore
import Foundation

/// `comal catalog list`: a supplier's catalog as Comal holds it, for the buyer to check an import
/// against the supplier's own list, or for a program to read.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Show a supplier's catalog, and name the foods of its products.",
        subcommands: [List.self, History.self, Foods.self, Map.self])

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a supplier's products: pack, eaches per case, prices, storage, food and allergens.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The supplier, as named with `comal supplier add`.") var supplier: String
        @Option(help: "text (to read) or json (for programs).") var format: Format = .text

        func run() throws {
            let db = try database.open()
            guard let found = try db.supplier(named: supplier) else {
                throw ValidationError("no supplier named \"\(supplier)\"; add it with `comal supplier add \"\(supplier)\"`")
            }
            let products = try db.products(supplier: found.id)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(CatalogListing(products)), as: UTF8.self))
            case .text:
                for product in products {
                    let each = product.eachPrice.map { ", each \($0.formatted)" } ?? ""
                    let brand = product.brand.isEmpty ? "" : " (\(product.brand))"
                    let weight = product.isCatchWeight ? ", catch weight" : ""
                    print(
                        "\(product.sku)\t\(product.description)\(brand)\t\(product.pack) (\(product.pack.eachesPerCase) per case)\t"
                            + "\(product.casePrice.formatted)\(each)\(weight)\t\(product.storage.rawValue)\t\(product.food.isEmpty ? "no food" : product.food)"
                    )
                }
                print("\(products.count) products from \(found.name)")
            }
        }
    }
}

extension CatalogCommand {
    /// `comal catalog history`: the prices of a supplier's products that changed, by the day each
    /// was imported.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a supplier's products whose price changed, each price with the day it was imported.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The supplier, as named with `comal supplier add`.") var supplier: String
        @Option(help: "Only this product.") var sku: String?

        func run() throws {
            let db = try database.open()
            guard let found = try db.supplier(named: supplier) else {
                throw ValidationError("no supplier named \"\(supplier)\"; add it with `comal supplier add \"\(supplier)\"`")
            }
            let history = try db.priceHistory(supplier: found.id).filter { sku == nil || $0.key == sku }
            for (sku, prices) in history.sorted(by: { $0.key < $1.key }) {
                let steps = prices.map { "\($0.day) \($0.casePrice.formatted)\($0.eachPrice.map { " (each \($0.formatted))" } ?? "")" }
                print("\(sku)\t\(steps.joined(separator: " → "))")
            }
            print("\(history.count) products of \(found.name) changed price")
        }
    }

    /// `comal catalog foods`: the products no food is named for yet, with the foods they probably
    /// are; `--accept` names each its first suggestion.
    struct Foods: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List products without a food, with suggested foods; --accept takes each first suggestion.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this supplier's products.") var supplier: String?
        @Flag(help: "Name each product's first suggestion as its food (audited).") var accept = false
        @Option(help: "Who names them, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let db = try database.open()
            var only: Supplier.ID?
            if let supplier {
                guard let found = try db.supplier(named: supplier) else { throw ValidationError("no supplier named \"\(supplier)\"") }
                only = found.id
            }
            guard let foods = try db.foods() else { throw ProductFoodError.noFoodTable }
            let suggestions = FoodSuggestions(foods: Array(foods.values))
            var accepted: [String: Food.ID] = [:]
            let products = try db.productsWithoutFood(supplier: only)
            for product in products {
                let offered = suggestions.suggest(for: product)
                let words = offered.map { "\($0.food) (\(Int($0.score * 100))%)" }.joined(separator: ", ")
                print("\(product.sku)\t\(product.description)\t\(words.isEmpty ? "no suggestion" : words)")
                if accept, let first = offered.first { accepted[product.sku] = first.food }
            }
            if accept {
                try db.setProductFoods(accepted, actor: actorName(by, in: db), now: localNow(in: db))
                print("\(accepted.count) of \(products.count) products now have a food")
            } else {
                print("\(products.count) products without a food")
            }
        }
    }

    /// `comal catalog map SKU FOOD`: names the food a product is.
    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Name the food a product is, so menus order it.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The product's SKU.") var sku: String
        @Argument(help: "The food's id in the food table.") var food: String
        @Option(help: "Who names it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let db = try database.open()
            try db.setProductFoods([sku: Food.ID(food)], actor: actorName(by, in: db), now: localNow(in: db))
            print("\(sku) is \(food)")
        }
    }
}

/// The JSON of `comal catalog list --format json`; money as the JSON API writes it.
struct CatalogListing: Encodable {
    struct Amount: Encodable {
        var cents: Int
        var formatted: String
        init(_ money: Money) { (cents, formatted) = (money.cents, money.formatted) }
    }

    struct Line: Encodable {
        var sku, description, brand, pack, storage: String
        var eachesPerCase: Int
        var catchWeight: Bool
        var casePrice: Amount
        /// Null when the supplier does not split cases (`encodeNil` keeps the key).
        var eachPrice: Amount?
        var food: String?
        var allergens: [String]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sku, forKey: .sku)
            try container.encode(description, forKey: .description)
            try container.encode(brand, forKey: .brand)
            try container.encode(catchWeight, forKey: .catchWeight)
            try container.encode(pack, forKey: .pack)
            try container.encode(storage, forKey: .storage)
            try container.encode(eachesPerCase, forKey: .eachesPerCase)
            try container.encode(casePrice, forKey: .casePrice)
            try container.encode(eachPrice, forKey: .eachPrice)
            try container.encode(food, forKey: .food)
            try container.encode(allergens, forKey: .allergens)
        }

        enum CodingKeys: String, CodingKey {
            case sku, description, brand, pack, storage, eachesPerCase, casePrice, eachPrice, food, catchWeight, allergens
        }
    }

    var products: [Line]

    init(_ products: [Product]) {
        self.products = products.map {
            Line(
                sku: $0.sku, description: $0.description, brand: $0.brand, pack: $0.pack.description, storage: $0.storage.rawValue,
                eachesPerCase: $0.pack.eachesPerCase, catchWeight: $0.isCatchWeight, casePrice: Amount($0.casePrice), eachPrice: $0.eachPrice.map(Amount.init),
                food: $0.food.isEmpty ? nil : $0.food, allergens: $0.allergens.map(\.rawValue))
        }
    }
}
