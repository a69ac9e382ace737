import ComalCore
import ComalTestSupport
import Foundation
import Testing

/// A catalog saved by Excel on Windows, or exported by a distributor, is Windows-1252: it imports
/// as it is, accents and all, unless the buyer says it must be UTF-8; and it can be reviewed
/// against the supplier's catalog before it is imported.
@Suite("Supplier catalog files: their encodings, and a review before importing")
struct CatalogFileCLITests {
    /// The fixture's catalog with a line of jalapeños, in Windows-1252 (ñ is the one byte 0xF1).
    static func windows1252Catalog(_ fixture: CLIFixture) throws {
        let text = CLIFixture.catalog + "JP-6,Jalapeños nacho sliced,6/#10 CN,31.50,,,dry,pinto-beans-canned,,\n"
        let bytes = try #require(text.data(using: .windowsCP1252))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the file must not read as UTF-8")
        try bytes.write(to: fixture.directory.url.appendingPathComponent("guide.csv"))
    }

    @Test func aWindows1252CatalogImportsWithItsAccents() async throws {
        let fixture = try CLIFixture()
        try await fixture.succeed("supplier", "add", "Test Foods")
        try Self.windows1252Catalog(fixture)
        try await fixture.succeed("import", "catalog", "guide.csv", "--supplier", "Test Foods")
        #expect(try fixture.open().products().map(\.description).contains("Jalapeños nacho sliced"))
    }

    @Test func saidToBeUTF8ItIsRefusedNamingTheLine() async throws {
        let fixture = try CLIFixture()
        try await fixture.succeed("supplier", "add", "Test Foods")
        try Self.windows1252Catalog(fixture)
        let refused = try await fixture.comal("import", "catalog", "guide.csv", "--supplier", "Test Foods", "--encoding", "utf-8")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("guide.csv:4: is not UTF-8 text"), "\(refused.stderr)")
        #expect(try fixture.open().products().isEmpty)
    }

    @Test func aDryRunShowsWhatTheFileWouldChangeAndImportsNothing() async throws {
        let fixture = try CLIFixture()
        try await fixture.succeed("supplier", "add", "Test Foods")
        try await fixture.succeed("import", "catalog", "catalog.csv", "--supplier", "Test Foods")
        try Self.windows1252Catalog(fixture)
        let dearer = CLIFixture.catalog.replacingOccurrences(of: "42.00", with: "44.10")
        try fixture.directory.write(dearer, to: "dearer.csv")
        let review = try await fixture.succeed("import", "catalog", "dearer.csv", "--supplier", "Test Foods", "--dry-run")
        #expect(review.stdout.contains("price up (1):\n    BN-10 Pinto Beans #10: $42.00 → $44.10 (+5.0%)"), "\(review.stdout)")
        #expect(review.stdout.contains("unchanged: 1"))
        #expect(review.stdout.contains("Nothing was imported (--dry-run)."))
        let added = try await fixture.succeed("import", "catalog", "guide.csv", "--supplier", "Test Foods", "--dry-run")
        #expect(added.stdout.contains("new (1):\n    JP-6 Jalapeños nacho sliced, 6/#10 CN, $31.50"), "\(added.stdout)")
        #expect(try fixture.open().products().map(\.casePrice.cents).sorted() == [1600, 4200])
    }

    @Test func theCatalogIsListedAsTextAndAsJSON() async throws {
        let fixture = try CLIFixture()
        try await fixture.succeed("supplier", "add", "Test Foods")
        try await fixture.succeed("import", "catalog", "catalog.csv", "--supplier", "Test Foods")
        let text = try await fixture.succeed("catalog", "list", "--supplier", "Test Foods")
        #expect(text.stdout.contains("BN-10\tPinto Beans #10\t6/#10 CN (6 per case)\t$42.00\tdry\tpinto-beans-canned"), "\(text.stdout)")
        let json = try await fixture.succeed("catalog", "list", "--supplier", "Test Foods", "--format", "json")
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let products = try #require(listing["products"] as? [[String: Any]])
        #expect(products.map { $0["sku"] as? String } == ["BN-10", "MK-1"])
        let (beans, milk) = (products[0], products[1])
        #expect(beans["eachesPerCase"] as? Int == 6)
        #expect((beans["casePrice"] as? [String: Any])?["cents"] as? Int == 4200)
        #expect((beans["casePrice"] as? [String: Any])?["formatted"] as? String == "$42.00")
        #expect(beans["eachPrice"] is NSNull, "a case the supplier does not split has a null each price")
        #expect(milk["pack"] as? String == "4/1 GAL")
        #expect((milk["eachPrice"] as? [String: Any])?["cents"] as? Int == 450)
        #expect(milk["storage"] as? String == "cold")
        #expect(milk["allergens"] as? [String] == ["milk"])
        let unknown = try await fixture.comal("catalog", "list", "--supplier", "Nobody")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no supplier named \"Nobody\""))
    }

    @Test func aDryRunNamesTheSitesToTellOfARepackedProduct() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try await fixture.succeed("import", "orders", "orders.csv", "--window", "1")
        try fixture.directory.write(CLIFixture.catalog.replacingOccurrences(of: "6/#10 CN", with: "12/#10 CN"), to: "repacked.csv")
        let review = try await fixture.succeed("import", "catalog", "repacked.csv", "--supplier", "Test Foods", "--dry-run")
        #expect(
            review.stdout.contains("BN-10 Pinto Beans #10: 6/#10 CN → 12/#10 CN — on the open orders of 3 sites: tell them"),
            "\(review.stdout)")
    }
}
