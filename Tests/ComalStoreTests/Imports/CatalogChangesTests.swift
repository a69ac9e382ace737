@testable import ComalStore
import ComalCore
import ComalTestSupport
import Testing

/// A buyer reviews a supplier's new price list before importing it: what is new, gone, dearer,
/// cheaper or packed differently, with the same checks as the import and nothing written.
@Suite("What a catalog file would change")
struct CatalogChangesTests {
    /// Beans 5% dearer (27.90 → 29.30), milk cheaper and in cases of 6, rice gone, oats new.
    static let newList = """
        \(Fixtures.catalogHeader)
        BN-10,"Pinto beans, #10 can",6/#10 CN,29.30,4.95,10:27.50;25:26.10,dry,pinto beans,,
        MK-1,Milk 1% gallon,6/1 GAL,17.95,,,cold,milk,milk,0
        OT-5,Rolled oats,6/42 OZ,24.80,,,dry,oats,,

        """

    @Test func newGoneDearerCheaperAndRepackedAreNamedAndNothingIsWritten() throws {
        let (fixture, sysco, _) = try StoreFixture.seeded()
        let before = try fixture.database.products()
        let changes = try fixture.database.catalogChanges(csv: Self.newList, file: "sysco-dec.csv", supplier: sysco.id)
        #expect(changes.added.map(\.sku) == ["OT-5"])
        #expect(changes.gone.map(\.sku) == ["RC-25"])
        #expect(changes.priceUp.map(\.sku) == ["BN-10"])
        #expect(changes.priceUp.first?.priceChangePermille == 50)
        #expect(changes.priceDown.map(\.sku) == ["MK-1"])
        // 18.40 → 17.95 is -2.45%, told as -2.4% (half away from zero: -24.46 per mille is -24).
        #expect(changes.priceDown.first?.priceChangePermille == -24)
        #expect(changes.packChanged.map { "\($0.before.pack) → \($0.after.pack)" } == ["4/1 GAL → 6/1 GAL"])
        #expect(changes.unchanged == 0 && changes.otherwiseChanged == 0)
        #expect(changes.sitesOrdering.isEmpty, "no site has ordered yet")
        #expect(try fixture.database.products() == before)
    }

    /// Milk's new pack and rice's going matter to the sites that have them on an open order.
    @Test func aRepackedOrDroppedProductOnOpenOrdersNamesHowManySitesOrderedIt() throws {
        let (fixture, sysco, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV + "ESP-01,RC-25,2,case,0\n", file: "orders.csv", window: window.id,
            now: StoreFixture.beforeCutoff, buyer: nil)
        let changes = try fixture.database.catalogChanges(csv: Self.newList, file: "sysco-dec.csv", supplier: sysco.id)
        #expect(changes.sitesOrdering == ["MK-1": 2, "RC-25": 1])
        // Once the window is consolidated its orders are placed: nothing is left to tell.
        _ = try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "buyer")
        try fixture.database.saveConsolidation(
            try fixture.database.consolidationInputs(window: window.id).compute(), window: window.id, actor: "buyer",
            now: StoreFixture.afterCutoff)
        #expect(try fixture.database.catalogChanges(csv: Self.newList, file: "sysco-dec.csv", supplier: sysco.id).sitesOrdering.isEmpty)
    }

    @Test func theSameFileChangesNothingAndABadOneIsRefusedAsTheImportRefusesIt() throws {
        let (fixture, sysco, _) = try StoreFixture.seeded()
        let same = try fixture.database.catalogChanges(csv: Fixtures.catalogCSV, file: "sysco.csv", supplier: sysco.id)
        #expect(same == CatalogChanges(unchanged: 3))
        let bad = Fixtures.catalogHeader + "\nBN-10,Beans,6/#10 CN,abc,,,dry,pinto beans,,\n"
        let checked = #expect(throws: ImportError.self) {
            try fixture.database.catalogChanges(csv: bad, file: "bad.csv", supplier: sysco.id)
        }
        let imported = #expect(throws: ImportError.self) {
            try fixture.database.importCatalog(csv: bad, file: "bad.csv", supplier: sysco.id)
        }
        #expect(checked == imported)
    }
}
