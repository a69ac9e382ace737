import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// Suggestions measured on the demo's three catalogs, whose products a person mapped to foods:
/// with each product's food taken away, how often is it the first suggestion, or among three?
@Suite struct FoodSuggestionTests {
    static func foods() throws -> [Food] {
        let path = ProcessRunner.packageRoot().appendingPathComponent("catalogs/foods.csv")
        return Array(try FoodTableReader.read(String(contentsOf: path, encoding: .utf8), file: "foods.csv").values)
    }

    static func mappedProducts() throws -> [Product] {
        try ["sandia-foodservice.csv", "rio-grande-produce.csv", "la-mesa-bakery.csv"].flatMap { name in
            let path = ProcessRunner.packageRoot().appendingPathComponent("catalogs/\(name)")
            return try CatalogFile.products(csv: String(contentsOf: path, encoding: .utf8), file: name)
        }
    }

    @Test func theMappedFoodIsUsuallyFirstAndAlmostAlwaysAmongThree() throws {
        let suggestions = FoodSuggestions(foods: try Self.foods())
        let products = try Self.mappedProducts()
        #expect(products.count > 300)
        var first = 0, amongThree = 0
        var missed: [String] = []
        for product in products {
            let offered = suggestions.suggest(for: product).map(\.food.rawValue)
            if offered.first == product.food { first += 1 }
            if offered.contains(product.food) { amongThree += 1 } else { missed.append("\(product.description) → \(product.food): \(offered)") }
        }
        print("food suggestions: first \(first) of \(products.count), among three \(amongThree)")
        #expect(first * 100 >= products.count * 60, "first for only \(first) of \(products.count)")
        #expect(amongThree * 100 >= products.count * 80, "among three for only \(amongThree) of \(products.count): \(missed.prefix(20))")
    }

    @Test func anOrderGuidesWordsFindTheirFoodsAcrossLanguagesAndAccents() throws {
        let suggestions = FoodSuggestions(foods: try Self.foods())
        func first(_ description: String, pack: String = "1/40 LB") throws -> String? {
            let product = Product(id: Product.ID(1), supplier: Supplier.ID(1), sku: "X", description: description, pack: try Pack(supplierNotation: pack), casePrice: Money(cents: 100))
            return suggestions.suggest(for: product).first?.food.rawValue
        }
        #expect(try first("CHICKEN, BREAST BNLS SKNLS RAW") == "chicken-breast-boneless-raw")
        #expect(try first("Tortillas de maíz, blue corn 6 in", pack: "12/1 DZ")?.contains("tortilla") == true)
        #expect(try first("APPLE, GALA FRESH 113 CT") == "apples-fresh")
        #expect(try first("zzzz qqqq") == nil, "no shared word, no suggestion")
    }
}
