import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// The buyer's desk on the real server: suppliers and their price lists as sent, reviewed before
/// they are imported; sites; accounts; and every refusal changes nothing.
@Suite("The buyer's desk: suppliers, price lists, sites and accounts in the browser")
struct BuyerDeskTests {
    static func example(_ name: String) throws -> Data {
        try Data(contentsOf: ProcessRunner.packageRoot().appendingPathComponent("catalogs/order-guides/\(name)"))
    }

    /// The confirm form's token on a review page.
    static func token(in page: String) throws -> String {
        let match = try #require(page.firstMatch(of: /name="token" value="([0-9a-f]{32})"/))
        return String(match.1)
    }

    @Test("An order guide is reviewed, then imported on confirmation; its token works once and only names its own upload")
    func reviewThenImport() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/suppliers")
            let added = try await buyer.post(
                "/buyer/suppliers", ["name": "Valle Verde Distributors", "delivery_fee": "35.00", "minimum_order": "400"])
            #expect(added.location == "/buyer/suppliers/2?done=supplier-added")
            let products = try server.count("product")
            let review = try await buyer.upload(
                "/buyer/suppliers/2/catalog", filename: "C:\\Users\\ana\\valle-verde.xlsx", contents: try Self.example("valle-verde-order-guide.xlsx"))
            #expect(review.status == 200)
            #expect(review.visibleText.contains("What this price list changes: valle-verde.xlsx"))
            #expect(review.visibleText.contains("New (22)"))
            #expect(try server.count("product") == products, "reviewing imports nothing")
            let token = try Self.token(in: review.text)

            let imported = try await buyer.post("/buyer/suppliers/2/catalog/confirm", ["token": token, "file": "valle-verde.xlsx"])
            #expect(imported.location == "/buyer/suppliers/2?done=catalog-imported")
            let page = try await buyer.follow(imported)
            #expect(page.visibleText.contains("The price list was imported."))
            #expect(page.visibleText.contains("Price list (22)"))
            #expect(page.visibleText.contains("$98.70 priced by the pound"))
            #expect(try server.count("product") == products + 22)

            let again = try await buyer.post("/buyer/suppliers/2/catalog/confirm", ["token": token, "file": "x"])
            #expect(again.status == 409 && again.visibleText.contains("That upload is no longer here"))
            for forged in ["../../comal.sqlite", String(repeating: "A", count: 32), ""] {
                let refused = try await buyer.post("/buyer/suppliers/2/catalog/confirm", ["token": forged])
                #expect(refused.status == 409, "\(forged)")
            }
            #expect(try server.count("product") == products + 22)
            // The next week's guide, one price changed: the review names it with its percent.
            let unchanged = try await buyer.upload(
                "/buyer/suppliers/2/catalog", filename: "valle-verde.xlsx", contents: try Self.example("valle-verde-order-guide.xlsx"))
            #expect(unchanged.visibleText.contains("Unchanged: 22"))
        }
    }

    @Test("The buyer downloads everything as one zip of CSVs; a director cannot")
    func export() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            let zip = try await buyer.get("/buyer/export.zip")
            #expect(zip.status == 200 && zip.headers["content-type"] == "application/zip")
            #expect(zip.headers["content-disposition"] == "attachment; filename=\"comal-export-2026-11-24.zip\"")
            #expect(zip.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            #expect(String(decoding: zip.body, as: UTF8.self).contains("sites.csv"))
            let director = try await server.signedIn("esp-director")
            #expect(try await director.get("/buyer/export.zip").status == 403)
        }
    }

    @Test("A new price list's changed prices are listed with percent, and the supplier page keeps every price by day")
    func priceHistory() async throws {
        try await LiveServer.run { server in
            // Seeded today; the next list comes in a later week.
            server.clock.set("2099-01-04 09:00")
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/suppliers/1")
            let dearer = Seed.catalogCSV.replacingOccurrences(of: "MK-1,Milk 1% gallon,4/1 GAL,18.40", with: "MK-1,Milk 1% gallon,4/1 GAL,19.32")
            let review = try await buyer.upload("/buyer/suppliers/1/catalog", filename: "sandia.csv", contents: Data(dearer.utf8))
            #expect(review.visibleText.contains("Price up (1)"))
            #expect(review.visibleText.contains("MK-1 Milk 1% gallon: $18.40 → $19.32 (+5.0%)"))
            _ = try await buyer.post("/buyer/suppliers/1/catalog/confirm", ["token": try Self.token(in: review.text), "file": "sandia.csv"])
            let page = try await buyer.get("/buyer/suppliers/1")
            #expect(page.visibleText.contains("MK-1 Milk 1% gallon:"), "\(page.visibleText.suffix(600))")
            #expect(page.visibleText.contains("$18.40 → 1/4/2099 $19.32") || page.visibleText.contains("$18.40 → Jan 4 $19.32"), "\(page.visibleText.suffix(400))")
            #expect(!page.visibleText.contains("BN-10 Pinto beans #10 can: "), "an unchanged price has no history")
        }
    }

    @Test("A price list with bad cells, a bad mapping and a bad fee are refused, naming the cell or field, and change nothing")
    func refusals() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/suppliers/1")
            let products = try server.count("product")
            let broken = try await TestSheet.orderGuide(pack: "1/5O/LB")
            let refused = try await buyer.upload("/buyer/suppliers/1/catalog", filename: "guide.xlsx", contents: broken)
            #expect(refused.status == 422)
            #expect(refused.visibleText.contains("guide.xlsx: Guide!C3, column Pack Size:"), "\(refused.visibleText.prefix(600))")
            #expect(try server.count("product") == products)

            let mapping = try await buyer.upload(
                "/buyer/suppliers/1/layout", filename: "m.yaml", contents: Data("columns:\n  sku: Item\n".utf8), field: "mapping")
            #expect(mapping.status == 422 && mapping.visibleText.contains("m.yaml"))
            #expect(try server.database.supplier(named: "Sandia")?.catalogLayout == nil)

            _ = try await buyer.get("/buyer/suppliers")
            let fee = try await buyer.post("/buyer/suppliers", ["name": "Nuevo", "delivery_fee": "-5"])
            #expect(fee.status == 400 && fee.visibleText.contains("\"-5\" is not an amount in dollars"))
            let duplicate = try await buyer.post("/buyer/suppliers", ["name": "sandia"])
            #expect(duplicate.status == 409)
            #expect(try server.database.suppliers().count == 1)
            #expect(try await buyer.get("/buyer/suppliers/99").status == 404)
            #expect(try await buyer.get("/buyer/suppliers/1abc").status == 404)

            // A director is not the buyer.
            let director = try await server.signedIn("esp-director")
            #expect(try await director.get("/buyer/suppliers").status == 403)
            #expect(try await director.upload("/buyer/sites", filename: "s.csv", contents: Data("x".utf8)).status == 403)
        }
    }

    @Test("The buyer loads sites and adds a director and a driver, who land on their own pages")
    func sitesAndAccounts() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/sites")
            let sites = Seed.sitesCSV + "RAT-03,Raton Family Home,home,5 First St,Raton,36.90,-104.44,08:00,11:00,0,2,3,1,0,0\n"
            let loaded = try await buyer.upload("/buyer/sites", filename: "sites.csv", contents: Data(sites.utf8))
            #expect(loaded.location == "/buyer/sites?done=sites-imported")
            #expect(try await buyer.follow(loaded).visibleText.contains("RAT-03 Raton Family Home home Raton"))
            let bad = try await buyer.upload("/buyer/sites", filename: "sites.csv", contents: Data((sites + "X,,,,,,,,,,,,,,,\n").utf8))
            #expect(bad.status == 422 && bad.visibleText.contains("sites.csv:5"))

            // One site by its form: added, then its enrollment changed; a bad field is named.
            _ = try await buyer.get("/buyer/sites/new")
            var form = [
                "site_id": "TAO-04", "name": "Casita de Taos", "kind": "home", "address": "9 Paseo del Pueblo", "city": "Taos",
                "lat": "36.40", "lon": "-105.57", "window_start": "08:00", "window_end": "11:30", "enroll_infant": "1",
                "enroll_1_2": "2", "enroll_3_5": "3", "enroll_6_12": "0", "enroll_13_18": "0", "enroll_adult": "0",
            ]
            #expect(try await buyer.post("/buyer/sites/save", form).location == "/buyer/sites?done=site-saved")
            #expect(try await buyer.post("/buyer/sites/save", form).status == 409, "adding a site that exists")
            form["enroll_3_5"] = "5"
            form["editing"] = "1"
            form["enroll_infant_0_5mo"] = "2"
            let tooManyInfants = try await buyer.post("/buyer/sites/save", form)
            #expect(tooManyInfants.status == 422 && tooManyInfants.visibleText.contains("more than the 1 in enroll_infant"))
            form["enroll_infant_0_5mo"] = "1"
            #expect(try await buyer.post("/buyer/sites/save", form).status == 303)
            #expect(try server.database.site(Site.ID("TAO-04"))?.enrollment[.ages3to5] == 5)
            #expect(try server.database.site(Site.ID("TAO-04"))?.infantsUnderSixMonths == 1)
            form["lat"] = "136.4"
            let badLatitude = try await buyer.post("/buyer/sites/save", form)
            #expect(badLatitude.status == 422 && badLatitude.visibleText.contains("Latitude: \"136.4\" is not a latitude"))
            #expect(badLatitude.text.contains(#"value="136.4""#), "the form keeps what was typed")
            let edit = try await buyer.get("/buyer/sites/TAO-04")
            #expect(edit.text.contains(#"name="enroll_3_5" value="5""#))
            #expect(try await buyer.get("/buyer/sites/NOPE").status == 404)

            _ = try await buyer.get("/buyer/accounts")
            let director = try await buyer.post(
                "/buyer/accounts", ["username": "rat-director", "password": "raton-pass-1", "role": "director", "site": "RAT-03"])
            #expect(director.location == "/buyer/accounts?done=added&user=rat-director")
            let driver = try await buyer.post("/buyer/accounts", ["username": "dora", "password": "ruta-norte-26", "role": "driver", "site": ""])
            #expect(driver.status == 303)
            let accounts = try server.count("account")
            let noSite = try await buyer.post(
                "/buyer/accounts", ["username": "nadie", "password": "long-enough-1", "role": "director", "site": ""])
            #expect(noSite.status == 422)
            let short = try await buyer.post("/buyer/accounts", ["username": "corto", "password": "short", "role": "buyer", "site": ""])
            #expect(short.status == 422)
            #expect(try server.count("account") == accounts)

            let ratDirector = server.browser()
            #expect(try await ratDirector.login("rat-director", "raton-pass-1").location == "/")
            #expect(try await ratDirector.get("/").location == "/sites/RAT-03")
            let dora = server.browser()
            _ = try await dora.login("dora", "ruta-norte-26")
            #expect(try await dora.get("/").location == "/driver")
            #expect(try await dora.get("/driver").visibleText.contains("No routes are planned for the coming days."))
            // A driver sees routes, not the buyer's pages or a site's order.
            #expect(try await dora.get("/buyer").status == 403)
            #expect(try await dora.get("/sites/ESP-01").status == 403)
            #expect(try await dora.get("/sites/ESP-01/windows/1/order").status == 403)
            #expect(try await ratDirector.get("/driver").status == 403)
        }
    }
}

/// A small order guide workbook with one product whose pack is `pack`, on sheet "Guide".
enum TestSheet {
    static func orderGuide(pack: String) async throws -> Data {
        let scratch = try TemporaryDirectory()
        let path = scratch.path("guide.xlsx")
        let script = """
            import openpyxl, sys
            wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Guide"
            ws.append(["Product #", "Description", "Pack Size", "Brand", "Avg", "Price", "Unit"])
            ws.append([None, "DRY GROCERY"])
            ws.append([2041203, "Beans, pinto dry", sys.argv[2], "Frijolera", None, 46.2, "CS"])
            wb.save(sys.argv[1])
            """
        let result = try await ProcessRunner.python(script, [path, pack])
        guard result.status == 0, let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
