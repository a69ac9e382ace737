@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// A database from before the bound on order lines can hold a line no order could mean (the API
/// saved `9000000000000000000` cases); the upgrade sets it aside, keeps the rest, and the week
/// computes again.
@Suite struct SetAsideLinesTests {
    @Test func theUpgradeSetsAsideLinesNoOrderCouldHoldAndKeepsTheRest() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id, now: StoreFixture.beforeCutoff, buyer: nil)
        let kept = try fixture.database.orderLines(window: window.id)
        // The database as v6 left it: the impossible line in the order, no set-aside table yet.
        try fixture.database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO orderLine (orderWindowId, siteId, productId, quantity, unit, tolerance)
                    SELECT ?, 'SOL-02', id, 9000000000000000000, 'case', 0 FROM product WHERE sku = 'RC-25'
                    """, arguments: [window.id.rawValue])
            try db.execute(sql: "DROP TABLE setAsideOrderLine")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-set-aside-lines'")
        }
        #expect(throws: ConsolidationError.quantityOutOfRange(site: Site.ID("SOL-02"), sku: "RC-25")) {
            try fixture.database.consolidationInputs(window: window.id).compute()
        }

        let upgraded = try AppDatabase(path: fixture.directory.path("comal.sqlite"))
        #expect(try upgraded.orderLines(window: window.id) == kept)
        #expect(
            try upgraded.setAsideLines(window: window.id) == [
                SetAsideOrderLine(site: Site.ID("SOL-02"), sku: "RC-25", quantity: 9_000_000_000_000_000_000, unit: "case", tolerance: 0)
            ])
        let week = try upgraded.consolidationInputs(window: window.id).compute()
        #expect(week.invoices.map(\.site) == [Site.ID("ESP-01"), Site.ID("SOL-02")])
        let violations = try upgraded.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(violations.isEmpty)
    }
}
