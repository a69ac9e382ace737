@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB

/// A fresh database file in its own temporary directory, kept alive as long as the fixture.
struct StoreFixture {
    let directory: TemporaryDirectory
    let database: AppDatabase

    init() throws {
        directory = try TemporaryDirectory()
        database = try AppDatabase(path: directory.path("comal.sqlite"))
    }

    /// Rows in `table`, to show that a refused import wrote nothing.
    func count(_ table: String) throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}

extension StoreFixture {
    static let delivery = CalendarDate(year: 2026, month: 11, day: 30)!
    static let cutoff = LocalDateTime(parsing: "2026-11-25 17:00")!
    static let beforeCutoff = LocalDateTime(parsing: "2026-11-24 09:00")!
    static let afterCutoff = LocalDateTime(parsing: "2026-11-25 17:01")!

    /// The fixture sites and one supplier's catalog, and an open window for 2026-11-30 (cutoff 25 Nov 17:00).
    static func seeded() throws -> (StoreFixture, Supplier, OrderWindow) {
        let fixture = try StoreFixture()
        _ = try fixture.database.importSites(csv: Fixtures.sitesCSV, file: "sites.csv")
        let sysco = try fixture.database.addSupplier(name: "Sysco", deliveryFee: Money(cents: 4500), minimumOrder: .zero)
        _ = try fixture.database.importCatalog(csv: Fixtures.catalogCSV, file: "sysco.csv", supplier: sysco.id)
        let window = try fixture.database.openWindow(delivery: delivery, cutoff: cutoff)
        return (fixture, sysco, window)
    }
}

extension AppDatabase {
    /// Receipts recorded with the window consolidated again in the same transaction, as the week does.
    func importReceipts(csv: String, file: String, window: OrderWindow.ID, actor: String, now: LocalDateTime) throws -> [Receipt] {
        try importReceipts(csv: csv, file: file, window: window, actor: actor, now: now) { (try $0.compute(), ()) }.receipts
    }
}
