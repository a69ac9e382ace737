import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// `comal import foods` and `comal menu assign`: the food table and the sites' own menus in the database.
@Suite("Menus in the database from the command line")
struct MenuStoreCLITests {
    static let root = ProcessRunner.packageRoot()

    /// The CLI fixture with the shipped food table and menus copied in.
    static func fixture() async throws -> CLIFixture {
        let fixture = try CLIFixture()
        for file in ["catalogs/foods.csv", "menus/nm-center-cycle.yaml", "menus/nm-home-week.yaml"] {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            try fixture.directory.write(text, to: URL(fileURLWithPath: file).lastPathComponent)
        }
        try await fixture.setUpAlliance()
        return fixture
    }

    @Test func foodsAndMenusAreStoredAndEachSiteGetsItsOwnCopy() async throws {
        let fixture = try await Self.fixture()
        let imported = try await fixture.succeed("import", "foods", "foods.csv")
        #expect(imported.stdout.contains("foods.csv: 273 foods"))
        let centers = try await fixture.succeed("menu", "assign", "nm-center-cycle.yaml", "--kind", "center")
        #expect(centers.stdout.contains("menu nm-center-cycle assigned to A-01, B-01"))
        try await fixture.succeed("menu", "assign", "nm-home-week.yaml", "--site", "C-01")
        let db = try fixture.open()
        #expect(try db.foods()?.count == 273)
        #expect(try db.siteMenus(site: Site.ID("A-01")).map(\.menu.rawValue) == ["nm-center-cycle"])
        #expect(try db.siteMenus(site: Site.ID("B-01")).map(\.menu.rawValue) == ["nm-center-cycle"])
        #expect(try db.siteMenus(site: Site.ID("C-01")).map(\.menu.rawValue) == ["nm-home-week"])
        #expect(try db.auditLog(window: nil).map(\.action) == ["import foods", "assign menu", "assign menu"])
        // A center menu on a home is allowed, with a note.
        let mismatch = try await fixture.succeed("menu", "assign", "nm-center-cycle.yaml", "--site", "C-01")
        #expect(mismatch.stdout.contains("note: C-01 is a home, but the menu is written for child_care_center"))
    }

    @Test func aBadFoodRowNamesItsLineAndColumnAndStoresNothing() async throws {
        let fixture = try await Self.fixture()
        let good = try String(contentsOf: Self.root.appendingPathComponent("catalogs/foods.csv"), encoding: .utf8)
        let lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var bad = lines
        bad[4] = bad[4].replacingOccurrences(of: ",vegetables,", with: ",veggies,")
        try fixture.directory.write(bad.joined(separator: "\n"), to: "bad-foods.csv")
        let result = try await fixture.comal("import", "foods", "bad-foods.csv")
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad-foods.csv:5: components unknown value \"veggies\""))
        #expect(try fixture.open().foods() == nil)
        #expect(try fixture.open().auditLog(window: nil).isEmpty)
    }

    @Test func aMenuIsAssignedOnlyAfterTheFoodTableAndOnlyWhenItReads() async throws {
        let fixture = try await Self.fixture()
        let early = try await fixture.comal("menu", "assign", "nm-center-cycle.yaml", "--all-sites")
        #expect(early.status != 0)
        #expect(early.stderr.contains("no food table has been imported; run `comal import foods catalogs/foods.csv` first"))

        try await fixture.succeed("import", "foods", "foods.csv")
        let menu = try String(contentsOf: Self.root.appendingPathComponent("menus/nm-home-week.yaml"), encoding: .utf8)
        let broken = menu.replacingOccurrences(of: "food: milk-whole,", with: "food: milk-hole,")
        #expect(broken != menu)
        try fixture.directory.write(broken, to: "broken.yaml")
        let unread = try await fixture.comal("menu", "assign", "broken.yaml", "--all-sites")
        #expect(unread.status != 0)
        #expect(unread.stderr.contains("broken.yaml:"))
        #expect(unread.stderr.contains("names no food in the food table: milk-hole"))

        let unknownSite = try await fixture.comal("menu", "assign", "nm-home-week.yaml", "--site", "C-01", "--site", "Z-99")
        #expect(unknownSite.status != 0)
        #expect(unknownSite.stderr.contains("there is no site \"Z-99\""))
        let both = try await fixture.comal("menu", "assign", "nm-home-week.yaml", "--site", "C-01", "--all-sites")
        #expect(both.status != 0)

        // Nothing of the refused assignments was stored, not even C-01's copy.
        let db = try fixture.open()
        for site in ["A-01", "B-01", "C-01"] { #expect(try db.siteMenus(site: Site.ID(site)).isEmpty) }
        #expect(try db.auditLog(window: nil).map(\.action) == ["import foods"])
    }

    @Test func aFoodTableThatDropsAFoodASiteMenuNamesIsRefused() async throws {
        let fixture = try await Self.fixture()
        try await fixture.succeed("import", "foods", "foods.csv")
        try await fixture.succeed("menu", "assign", "nm-home-week.yaml", "--site", "C-01")
        let good = try String(contentsOf: Self.root.appendingPathComponent("catalogs/foods.csv"), encoding: .utf8)
        let fewer = good.split(separator: "\n").filter { !$0.hasPrefix("milk-whole,") }.joined(separator: "\n") + "\n"
        try fixture.directory.write(fewer, to: "fewer.csv")
        let result = try await fixture.comal("import", "foods", "fewer.csv")
        #expect(result.status != 0)
        #expect(result.stderr.contains("the new food table cannot read menus sites already have"))
        #expect(try fixture.open().foods()?.count == 273)
    }
}
