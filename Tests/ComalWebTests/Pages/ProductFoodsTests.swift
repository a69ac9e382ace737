import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// Products imported from an order guide name no food; the buyer names them on one page, from
/// suggestions, and the sites' menus then order them.
@Suite("Foods for new products in the browser")
struct ProductFoodsTests {
    static let guide = """
        F,SUPC,Pack,Size,Unit,Brand,Desc,Cat,Case $,Split $,Per Lb,Net Wt
        P,8801450,1,40,LB,Huerta Grande,"APPLES, GALA FRESH 113 CT",PRODUCE,$47.25,,N,
        P,3340930,1,40,LB,Rancho Bravo,"CHICKEN, DICED COOKED",MEAT,$3.10,,Y,40
        P,9990001,1,100,CT,Valle Verde,"PORTION CUPS 2 OZ",PAPER,$4.85,,N,

        """

    @Test("The buyer accepts suggestions and types one food; a food not in the table changes nothing; the menu then orders them")
    func mapThenOrder() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/suppliers")
            _ = try await buyer.post("/buyer/suppliers", ["name": "High Desert"])
            let review = try await buyer.upload("/buyer/suppliers/2/catalog", filename: "export.csv", contents: Data(Self.guide.utf8))
            _ = try await buyer.post(
                "/buyer/suppliers/2/catalog/confirm", ["token": try BuyerDeskTests.token(in: review.text), "file": "export.csv"])
            #expect(try await buyer.get("/buyer/suppliers").visibleText.contains("Foods for new products: 3"))

            let page = try await buyer.get("/buyer/foods")
            #expect(page.text.contains(#"name="food.8801450" value="apples-fresh" checked"#), "\(page.visibleText.prefix(800))")
            #expect(page.text.contains(#"name="food.3340930" value="chicken-diced-cooked" checked"#))
            #expect(page.text.contains(#"name="food.9990001" value="" checked"#), "no word of the cups names a food")

            let refused = try await buyer.post(
                "/buyer/foods", ["food.8801450": "apples-fresh", "other.3340930": "chicken-nope"])
            #expect(refused.status == 422 && refused.visibleText.contains("\"chicken-nope\" is not a food of the food table"))
            #expect(try server.database.productsWithoutFood().count == 3)

            let saved = try await buyer.post(
                "/buyer/foods", ["food.8801450": "apples-fresh", "food.3340930": "chicken-breast-boneless-raw", "other.3340930": "chicken-diced-cooked", "food.9990001": ""])
            #expect(saved.location == "/buyer/foods?done=foods-saved")
            #expect(try server.database.product(sku: "3340930")?.food == "chicken-diced-cooked", "the typed food wins over the chosen one")
            #expect(try server.database.productsWithoutFood().map(\.sku) == ["9990001"])

            // The week's lunch serves apples and diced chicken: the suggestion now orders them.
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(DirectorTests.order)
            _ = try await director.post("\(DirectorTests.order)/suggest", ["menu": "test-lunch", "week": "1"])
            let products = Dictionary(uniqueKeysWithValues: try server.database.products().map { ($0.id, $0.sku) })
            let ordered = Set(try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01")).map { products[$0.product] })
            #expect(ordered.isSuperset(of: ["8801450", "3340930"]), "\(ordered)")
        }
    }

    @Test("A food table that drops a food a site's menu names is refused, saying which; a bad row is named by line")
    func foodTableUpload() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/foods")
            let full = try String(contentsOf: ProcessRunner.packageRoot().appendingPathComponent("catalogs/foods.csv"), encoding: .utf8)
            let withoutApples = full.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("apples-fresh,") }.joined(separator: "\n")
            let dropped = try await buyer.upload("/buyer/foods/table", filename: "foods.csv", contents: Data(withoutApples.utf8))
            #expect(dropped.status == 409 && dropped.visibleText.contains("apples-fresh"), "\(dropped.visibleText.prefix(500))")
            let broken = try await buyer.upload("/buyer/foods/table", filename: "foods.csv", contents: Data((full + "oops,,,\n").utf8))
            #expect(broken.status == 422 && broken.visibleText.contains("foods.csv:"), "\(broken.visibleText.prefix(500))")
            #expect(try server.database.foods()?[Food.ID("apples-fresh")] != nil)
            let loaded = try await buyer.upload("/buyer/foods/table", filename: "foods.csv", contents: Data(full.utf8))
            #expect(loaded.location == "/buyer/foods?done=food-table-imported")
            let director = try await server.signedIn("esp-director")
            #expect(try await director.upload("/buyer/foods/table", filename: "foods.csv", contents: Data(full.utf8)).status == 403)
        }
    }
}
