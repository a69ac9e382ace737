@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// `v16-supplier-files` rebuilds `product` so that a product may wait for its food; every row
/// that names a product keeps naming the same one.
@Suite struct SupplierFilesMigrationTests {
    @Test func productsKeepTheirIdsAndTodaysPricesStartTheirHistory() throws {
        let (scratch, path) = try UpgradeTests.copy("v15-demo.sqlite")
        let before = try DatabaseQueue(path: path).read { db in
            (
                try Row.fetchAll(db, sql: "SELECT id, sku, casePriceCents FROM product ORDER BY id").map(\.description),
                try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'product'")
            )
        }
        let database = try AppDatabase(path: path)
        let (after, sequence, history, orphans, foreignKeys) = try database.pool.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT id, sku, casePriceCents FROM product ORDER BY id").map(\.description),
                try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'product'"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM productPrice JOIN product ON product.id = productId AND productPrice.casePriceCents = product.casePriceCents"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orderLine WHERE productId NOT IN (SELECT id FROM product)"),
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            )
        }
        #expect(after == before.0 && !after.isEmpty)
        #expect(sequence == before.1)
        #expect(history == after.count)
        #expect(orphans == 0 && foreignKeys.isEmpty)
        // A product may now be stored before the buyer names its food; suppliers have no layout yet.
        let supplier = try #require(try database.suppliers().first)
        #expect(supplier.catalogLayout == nil)
        let guide = SupplierFile(
            name: "g.xlsx",
            data: try Data(contentsOf: ProcessRunner.packageRoot().appendingPathComponent("catalogs/order-guides/valle-verde-order-guide.xlsx")))
        let added = try database.addSupplier(name: "Valle Verde Distributors", deliveryFee: .zero, minimumOrder: .zero)
        #expect(try database.importCatalog(guide, supplier: added.id).products.added == 22)
        #expect(try database.product(sku: "2041187")?.food == "")
        _ = scratch
    }
}
