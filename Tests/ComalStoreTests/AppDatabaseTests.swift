@testable import ComalStore
import ComalCore
import ComalTestSupport
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
}
