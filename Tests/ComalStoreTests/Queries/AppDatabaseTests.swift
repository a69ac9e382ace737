@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

@Suite struct AppDatabaseTests {
    @Test func opensInWALModeWithForeignKeys() throws {
        let fixture = try StoreFixture()
        let (mode, foreignKeys) = try fixture.database.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal")
        #expect(foreignKeys == true)
    }

    @Test func reopeningAnExistingFileKeepsItsDataAndRunsNoMigrationTwice() throws {
        let fixture = try StoreFixture()
        _ = try fixture.database.importSites(csv: Fixtures.sitesCSV, file: "sites.csv")
        let reopened = try AppDatabase(path: fixture.directory.path("comal.sqlite"))
        #expect(try reopened.sites().count == 2)
        let applied = try reopened.pool.read { db in try AppDatabase.migrator.appliedMigrations(db) }
        // Every registered migration, each applied once, in order; "v1" first.
        #expect(applied == AppDatabase.migrator.migrations)
        #expect(applied.first == "v1")
    }

    /// The server and the CLI share one file: a write that meets another connection's write waits
    /// for it instead of failing with "database is locked".
    @Test func aWriteWaitsForAnotherConnectionsWrite() throws {
        let fixture = try StoreFixture()
        let other = try DatabaseQueue(path: fixture.directory.path("comal.sqlite"))
        let locked = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.3)
                try db.execute(sql: "COMMIT")
            }
        }
        try #require(locked.wait(timeout: .now() + 30) == .success)
        let supplier = try fixture.database.addSupplier(name: "Rio Grande Produce", deliveryFee: .zero, minimumOrder: .zero)
        #expect(supplier.name == "Rio Grande Produce")
        #expect(try fixture.database.suppliers().map(\.name) == ["Rio Grande Produce"])
    }
}
