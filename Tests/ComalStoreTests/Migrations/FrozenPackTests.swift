@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// A week's packs are the ones it closed with: a catalog imported later (a supplier moving a SKU
/// from 6 cans a case to 4) must not change what a past order meant, nor its allocation or invoice.
@Suite struct FrozenPackTests {
    static let repacked = Fixtures.catalogCSV
        .replacingOccurrences(
            of: #"BN-10,"Pinto beans, #10 can",6/#10 CN"#, with: #"BN-10,"Pinto beans, #10 can, new label",4/#10 CN"#
        )
        .replacingOccurrences(of: "MK-1,Milk 1% gallon,4/1 GAL,18.40,,,cold", with: "MK-1,Milk 1% gallon,4/1 GAL,18.40,,,frozen")

    @Test func aCatalogImportedAfterTheCloseChangesNoPastWeek() throws {
        let (fixture, window, consolidation) = try ConsolidationStoreTests.consolidated()
        let before = try #require(try fixture.database.consolidation(window: window.id))
        #expect(before == consolidation)
        let sysco = try #require(try fixture.database.suppliers().first)
        #expect(Self.repacked != Fixtures.catalogCSV)
        _ = try fixture.database.importCatalog(csv: Self.repacked, file: "sysco-2.csv", supplier: sysco.id)

        let beans = { (products: [Product]) in products.first { $0.sku == "BN-10" } }
        #expect(beans(try fixture.database.products())?.pack.eachesPerCase == 4, "the catalog did change")
        let past = try fixture.database.products(window: window.id)
        #expect(beans(past)?.pack.eachesPerCase == 6)
        #expect(beans(past)?.description == "Pinto beans, #10 can")
        #expect(past.first { $0.sku == "MK-1" }?.storage == .cold)
        #expect(try fixture.database.consolidation(window: window.id) == before)

        // The next week is ordered from the catalog as it is now.
        let next = try fixture.database.openWindow(
            delivery: CalendarDate(year: 2026, month: 12, day: 7)!, cutoff: LocalDateTime(parsing: "2026-12-02 17:00")!)
        #expect(beans(try fixture.database.products(window: next.id))?.pack.eachesPerCase == 4)
    }

    /// A database from before packs were frozen: its closed windows take their products' packs.
    @Test func theMigrationGivesWindowsClosedBeforeItTheirProductsPacks() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("comal.sqlite")
        let old = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(old, upTo: "v5-api")
        try old.write { db in
            try db.execute(sql: "INSERT INTO supplier (id, name, deliveryFeeCents, minimumOrderCents) VALUES (1, 'Sysco', 0, 0)")
            try db.execute(
                sql: """
                    INSERT INTO product (id, supplierId, sku, description, pack, casePriceCents, eachPriceCents, storage,
                                         food, allergens, minimumCases)
                    VALUES (7, 1, 'BN-10', 'Pinto beans', '6/#10 CN', 2790, 495, 'dry', 'pinto beans', '', 0)
                    """)
            try db.execute(
                sql:
                    "INSERT INTO orderWindow (id, delivery, cutoff, state) VALUES (1, '2026-11-30', '2026-11-25 17:00', 'closed')"
            )
            try db.execute(
                sql: """
                    INSERT INTO windowPrice (orderWindowId, productId, casePriceCents, eachPriceCents, minimumCases)
                    VALUES (1, 7, 2700, 480, 0)
                    """)
            try db.execute(
                sql:
                    "INSERT INTO windowPriceTier (orderWindowId, productId, minimumCases, casePriceCents) VALUES (1, 7, 10, 2600)"
            )
        }
        try old.close()

        let database = try AppDatabase(path: path)
        let products = try database.products(window: OrderWindow.ID(1))
        #expect(products.map(\.sku) == ["BN-10"])
        #expect(products.first?.pack.eachesPerCase == 6)
        #expect(products.first?.casePrice == Money(cents: 2700), "the frozen price survives the rebuild")
        #expect(products.first?.tiers == [PriceTier(minimumCases: 10, casePrice: Money(cents: 2600))])
        let violations = try database.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(violations.isEmpty)
        // The rebuilt table keeps v1's index names, not the temporary table's.
        let indexes = try database.pool.read { db in try db.indexes(on: "windowPrice").map(\.name).sorted() }
        #expect(indexes.filter { !$0.hasPrefix("sqlite_") } == ["windowPrice_on_orderWindowId", "windowPrice_on_productId"])
    }
}
