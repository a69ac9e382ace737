import ComalCore
import ComalTestSupport
import Foundation
import Testing

/// The buyer imports three suppliers' own price lists (a broadline export, an order guide workbook,
/// a price sheet read through a mapping file) with no hand edits, and checks them in `catalog list`.
@Suite("Supplier layouts on the command line")
struct SupplierLayoutCLITests {
    static func copyExamples(_ fixture: CLIFixture) throws {
        let examples = ProcessRunner.packageRoot().appendingPathComponent("catalogs/order-guides")
        for name in ["high-desert-broadline.csv", "valle-verde-order-guide.xlsx", "pueblo-bakery.csv", "pueblo-bakery.mapping.yaml"] {
            try FileManager.default.copyItem(
                at: examples.appendingPathComponent(name), to: fixture.directory.url.appendingPathComponent(name))
        }
    }

    /// `catalog list --format json`'s products by SKU.
    static func listed(_ fixture: CLIFixture, _ supplier: String) async throws -> [String: [String: Any]] {
        let json = try await fixture.succeed("catalog", "list", "--supplier", supplier, "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let products = try #require(root["products"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: products.map { ($0["sku"] as? String ?? "", $0) })
    }

    static func cents(_ product: [String: Any]?, _ key: String) -> Int? {
        (product?[key] as? [String: Any])?["cents"] as? Int
    }

    @Test func threeSuppliersFilesImportAsTheyComeAndListRight() async throws {
        let fixture = try CLIFixture()
        try Self.copyExamples(fixture)
        for name in ["High Desert Foodservice", "Valle Verde Distributors", "Pueblo Bakery"] {
            try await fixture.succeed("supplier", "add", name)
        }
        // Recognised by their shapes: no layout given.
        let broadline = try await fixture.succeed("import", "catalog", "high-desert-broadline.csv", "--supplier", "High Desert Foodservice")
        #expect(broadline.stdout.contains("25 added"), "\(broadline.stdout)")
        try await fixture.succeed("import", "catalog", "valle-verde-order-guide.xlsx", "--supplier", "Valle Verde Distributors")
        // The bakery's sheet needs its mapping, stored once.
        let unknown = try await fixture.comal("import", "catalog", "pueblo-bakery.csv", "--supplier", "Pueblo Bakery")
        #expect(unknown.status != 0 && unknown.stderr.contains("cannot tell this file's layout"), "\(unknown.stderr)")
        try await fixture.succeed("supplier", "set", "Pueblo Bakery", "--mapping", "pueblo-bakery.mapping.yaml")
        try await fixture.succeed("import", "catalog", "pueblo-bakery.csv", "--supplier", "Pueblo Bakery")
        let suppliers = try await fixture.succeed("supplier", "list")
        #expect(suppliers.stdout.contains("Pueblo Bakery\tfee $0.00\tminimum $0.00\t8 products\tlayout mapping"), "\(suppliers.stdout)")

        let highDesert = try await Self.listed(fixture, "High Desert Foodservice")
        let cheddar = highDesert["1107730"]
        #expect(cheddar?["eachesPerCase"] as? Int == 2 && cheddar?["pack"] as? String == "2/10 LB")
        #expect(Self.cents(cheddar, "casePrice") == 7155 && cheddar?["catchWeight"] as? Bool == true)
        #expect(cheddar?["storage"] as? String == "cold" && cheddar?["brand"] as? String == "Queso Sierra")
        #expect(cheddar?["food"] is NSNull)
        #expect(highDesert["6604489"]?["eachesPerCase"] as? Int == 113)
        #expect(highDesert["9903318"]?["storage"] as? String == "frozen")
        #expect(Self.cents(highDesert["7712003"], "eachPrice") == 245)

        let valleVerde = try await Self.listed(fixture, "Valle Verde Distributors")
        #expect(valleVerde.count == 22)
        #expect(valleVerde["2041310"]?["pack"] as? String == "6/#10 CN" && valleVerde["2041310"]?["eachesPerCase"] as? Int == 6)
        #expect(valleVerde["3100612"]?["eachesPerCase"] as? Int == 15 && valleVerde["3100612"]?["storage"] as? String == "cold")
        #expect(Self.cents(valleVerde["4200115"], "casePrice") == 7160 && valleVerde["4200115"]?["storage"] as? String == "frozen")

        let bakery = try await Self.listed(fixture, "Pueblo Bakery")
        #expect(bakery["PB-410"]?["allergens"] as? [String] == ["wheat", "egg", "milk"])
        #expect(bakery["PB-215"]?["storage"] as? String == "frozen" && Self.cents(bakery["PB-215"], "casePrice") == 2400)
    }

    @Test func aLayoutThatDoesNotFitTheFileIsRefusedAndClearingItRecognisesAgain() async throws {
        let fixture = try CLIFixture()
        try Self.copyExamples(fixture)
        try await fixture.succeed("supplier", "add", "High Desert Foodservice")
        try await fixture.succeed("supplier", "set", "High Desert Foodservice", "--layout", "order-guide-xlsx")
        let refused = try await fixture.comal("import", "catalog", "high-desert-broadline.csv", "--supplier", "High Desert Foodservice")
        #expect(refused.status != 0 && refused.stderr.contains("no row names the columns"), "\(refused.stderr)")
        let wrongName = try await fixture.comal("supplier", "set", "High Desert Foodservice", "--layout", "sysco")
        #expect(wrongName.status != 0 && wrongName.stderr.contains("broadline-csv"), "\(wrongName.stderr)")
        try await fixture.succeed("supplier", "set", "High Desert Foodservice", "--layout", "auto")
        try await fixture.succeed("import", "catalog", "high-desert-broadline.csv", "--supplier", "High Desert Foodservice")
        // The same day's export again, one price up: that day's price is replaced, not added (the
        // store test of price history covers prices of different days).
        let path = fixture.directory.url.appendingPathComponent("high-desert-broadline.csv")
        let text = try #require(String(data: try Data(contentsOf: path), encoding: .windowsCP1252))
        try #require(text.replacingOccurrences(of: "$38.45", with: "$39.95").data(using: .windowsCP1252)).write(to: path)
        try await fixture.succeed("import", "catalog", "high-desert-broadline.csv", "--supplier", "High Desert Foodservice")
        let history = try await fixture.succeed("catalog", "history", "--supplier", "High Desert Foodservice")
        #expect(history.stdout.contains("0 products of High Desert Foodservice changed price"), "\(history.stdout)")
        #expect(try fixture.open().product(sku: "4172635")?.casePrice == Money(cents: 3995))
        let overridden = try await fixture.succeed(
            "import", "catalog", "high-desert-broadline.csv", "--supplier", "High Desert Foodservice", "--layout", "broadline-csv", "--dry-run")
        #expect(overridden.stdout.contains("unchanged: 25"), "\(overridden.stdout)")
        _ = history
    }

    @Test func productsWithoutAFoodAreListedWithSuggestionsAndNamedByHandOrByAccepting() async throws {
        let fixture = try CLIFixture()
        try Self.copyExamples(fixture)
        try await fixture.succeed("supplier", "add", "Valle Verde Distributors")
        try await fixture.succeed("import", "catalog", "valle-verde-order-guide.xlsx", "--supplier", "Valle Verde Distributors")
        let noTable = try await fixture.comal("catalog", "foods")
        #expect(noTable.status != 0 && noTable.stderr.contains("no food table yet"), "\(noTable.stderr)")
        try await fixture.succeed("import", "foods", ProcessRunner.packageRoot().appendingPathComponent("catalogs/foods.csv").path)
        let listed = try await fixture.succeed("catalog", "foods", "--supplier", "Valle Verde Distributors")
        #expect(listed.stdout.contains("3100612\tEggs, large loose\teggs-fresh ("), "\(listed.stdout)")
        #expect(listed.stdout.contains("22 products without a food"))
        let wrong = try await fixture.comal("catalog", "map", "2041528", "paper-cups")
        #expect(wrong.status != 0 && wrong.stderr.contains("\"paper-cups\" is not a food"))
        try await fixture.succeed("catalog", "map", "2041203", "pinto-beans-dry")
        #expect(try fixture.open().product(sku: "2041203")?.food == "pinto-beans-dry")
        let accepted = try await fixture.succeed("catalog", "foods", "--accept")
        #expect(accepted.stdout.contains("20 of 21 products now have a food"), "\(accepted.stdout)")
        #expect(try fixture.open().product(sku: "3100612")?.food == "eggs-fresh")
        // A new week's guide keeps every food the buyer named.
        try await fixture.succeed("import", "catalog", "valle-verde-order-guide.xlsx", "--supplier", "Valle Verde Distributors")
        #expect(try fixture.open().productsWithoutFood().map(\.sku) == ["2041528"])
    }
}
