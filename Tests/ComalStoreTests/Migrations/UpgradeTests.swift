@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// Databases made by earlier releases, kept in `Tests/Fixtures/databases/`, reach the current
/// schema with every row they had; one a newer release changed is refused, untouched.
@Suite("Upgrading databases of earlier releases")
struct UpgradeTests {
    /// The demo's database at each schema version, made by that release's `scripts/demo.sh`.
    static let fixtures = ["v7-demo.sqlite", "v8-demo.sqlite", "v9-demo.sqlite", "v10-demo.sqlite", "v11-demo.sqlite", "v12-demo.sqlite", "v13-demo.sqlite", "v14-demo.sqlite", "v15-demo.sqlite", "v16-demo.sqlite", "v17-demo.sqlite", "v18-demo.sqlite", "v19-demo.sqlite", "v20-demo.sqlite", "v21-demo.sqlite", "v22-demo.sqlite", "v23-demo.sqlite", "v24-demo.sqlite", "v25-demo.sqlite"]

    static func copy(_ fixture: String) throws -> (TemporaryDirectory, String) {
        let scratch = try TemporaryDirectory()
        let path = scratch.path("comal.sqlite")
        try FileManager.default.copyItem(
            atPath: ProcessRunner.packageRoot().appendingPathComponent("Tests/Fixtures/databases/\(fixture)").path, toPath: path)
        return (scratch, path)
    }

    /// Every row of every table but the migrations' own, by table, in the columns `columns` names
    /// (all of them when nil), and the columns read.
    static func rows(_ path: String, columns: [String: [String]]? = nil) throws -> [String: (columns: [String], rows: [String])] {
        try DatabaseQueue(path: path).read { db in
            var rows: [String: (columns: [String], rows: [String])] = [:]
            for table in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence')")
            {
                let names = try columns?[table] ?? db.columns(in: table).map(\.name)
                let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
                rows[table] = (names, try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(table)\"").map(\.description).sorted())
            }
            return rows
        }
    }

    /// The rows of a window's consolidation, which opening a database saved before
    /// `v11-consolidation-record` rebuilds with everything the pages read.
    static let rebuiltRecord: Set<String> = ["consolidation", "purchaseLine", "allocation", "siteInvoice"]

    /// Each consolidated window's consolidation computed from its frozen inputs, as the release
    /// that made `path` showed it, read from a scratch copy upgraded by the migrations alone.
    static func recomputedConsolidations(_ path: String) throws -> [OrderWindow.ID: Consolidation] {
        let scratch = try TemporaryDirectory()
        let copy = scratch.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let queue = try DatabaseQueue(path: copy)
        try AppDatabase.migrator.migrate(queue)
        return try queue.read { db in
            var shown: [OrderWindow.ID: Consolidation] = [:]
            for id in try Int64.fetchAll(db, sql: "SELECT orderWindowId FROM consolidation").map(OrderWindow.ID.init) {
                shown[id] = try AppDatabase.consolidationInputs(db, id).compute(rule: try AppDatabase.savedRule(db, id))
            }
            return shown
        }
    }

    @Test(arguments: fixtures)
    func anEarlierReleasesDatabaseUpgradesWithEveryRowKept(_ fixture: String) throws {
        let (scratch, path) = try Self.copy(fixture)
        let before = try Self.rows(path)
        #expect(before["orderLine"]?.rows.isEmpty == false, "the fixture holds a week")
        // What pages showed before `v11-consolidation-record`: the consolidation recomputed from the
        // window's frozen inputs (the stored rows were not read, and missed later stop exceptions).
        let shown = try Self.recomputedConsolidations(path)
        let database = try AppDatabase(path: path)
        // Every row, in every column it had: a later migration may add columns, never lose a value.
        let after = try Self.rows(path, columns: before.mapValues(\.columns))
        let schema = Int(fixture.dropFirst().prefix(while: \.isNumber)) ?? 0
        for (table, old) in before where !Self.rebuiltRecord.contains(table) || schema >= 11 {
            #expect(after[table]?.rows == old.rows, "\(table) changed in the upgrade")
        }
        // The record rebuilt from the same inputs reads back as exactly what the pages showed.
        for (window, consolidation) in shown {
            #expect(try database.consolidation(window: window) == consolidation, "window \(window)")
        }
        let integrity = try database.pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        let applied = try database.pool.read { db in try AppDatabase.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(AppDatabase.migrator.migrations))
        // The upgraded week reads back: every window, its consolidation, the sites' menus.
        for window in try database.windows() where window.state >= .ordered {
            #expect(try database.consolidation(window: window.id) != nil)
        }
        #expect(try database.sites().allSatisfy { try !database.siteMenus(site: $0.id).isEmpty })
        _ = scratch
    }

    /// Before a migration is added, the demo's database as the schema before it stands is kept as a
    /// fixture: this fails when one is missing, so that no schema goes untested as an upgrade's start.
    @Test func everySchemaSinceV7HasItsFixture() throws {
        let migrations = AppDatabase.migrator.migrations
        let first = try #require(migrations.firstIndex(of: "v7-set-aside-lines"))
        let expected = migrations[first..<(migrations.count - 1)].map { "\($0.prefix { $0 != "-" })-demo.sqlite" }
        #expect(Self.fixtures == expected)
        let folder = ProcessRunner.packageRoot().appendingPathComponent("Tests/Fixtures/databases").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == expected.sorted())
    }

    @Test func aDatabaseANewerReleaseChangedIsRefusedAndLeftAsItWas() throws {
        let (scratch, path) = try Self.copy("v7-demo.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, unknown: ["v99-from-the-future"])) {
            try AppDatabase(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        _ = scratch
    }

    /// `v5-api` and `v6-frozen-packs` were edited after they first shipped; a database made with
    /// their first shape gets today's through `v8-mend-edited-migrations`, tokens kept.
    @Test func aDatabaseMadeWithTheFirstShapesOfV5AndV6IsMended() throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.path("comal.sqlite")
        let queue = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(queue, upTo: "v7-set-aside-lines")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO account (username, passwordHash, role, language) VALUES ('ana', 'x', 'buyer', 'en')")
            try db.execute(sql: "DROP TABLE apiToken")
            try db.execute(
                sql: """
                    CREATE TABLE api_token (id INTEGER PRIMARY KEY AUTOINCREMENT,
                      username TEXT NOT NULL REFERENCES account(username) ON DELETE CASCADE,
                      name TEXT NOT NULL CHECK (length(name) > 0), token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) == 64),
                      created_at INTEGER NOT NULL, last_used_at INTEGER, revoked BOOLEAN NOT NULL DEFAULT 0);
                    CREATE INDEX api_token_by_username ON api_token(username);
                    INSERT INTO api_token (username, name, token_hash, created_at) VALUES ('ana', 'laptop', '\(String(repeating: "a", count: 64))', 1764000000);
                    DROP INDEX windowPrice_on_orderWindowId;
                    DROP INDEX windowPrice_on_productId;
                    CREATE INDEX frozenWindowPrice_on_orderWindowId ON windowPrice(orderWindowId);
                    CREATE INDEX frozenWindowPrice_on_productId ON windowPrice(productId);
                    """)
        }
        let database = try AppDatabase(path: path)
        let (tables, indexes, tokens) = try database.pool.read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'windowPrice'"),
                try Row.fetchAll(db, sql: "SELECT username, name, tokenHash FROM apiToken")
            )
        }
        #expect(!tables.contains("api_token"))
        #expect(Set(indexes).isSuperset(of: ["windowPrice_on_orderWindowId", "windowPrice_on_productId"]))
        #expect(!indexes.contains { $0.hasPrefix("frozenWindowPrice") })
        #expect(tokens.map { $0["name"] as String } == ["laptop"])
        // The mended token still signs its account in.
        #expect(try database.accountForAPIToken(hash: String(repeating: "a", count: 64), now: Date())?.username == "ana")
    }

    /// `v10-account-limits` gives a token made before it 90 days from the upgrade, so that a
    /// script using it keeps working and then stops on its own.
    @Test func aTokenFromBeforeExpiryLastsNinetyDaysFromTheUpgrade() throws {
        let (scratch, path) = try Self.copy("v9-demo.sqlite")
        let upgradedAt = Date()
        let database = try AppDatabase(path: path)
        let tokens = try database.apiTokens(username: "marisol")
        #expect(tokens.map(\.name) == ["reports"])
        let expiry = try #require(tokens.first?.expiresAt)
        let ninetyDays = upgradedAt + 90 * 86_400
        #expect(abs(expiry.timeIntervalSince(ninetyDays)) < 120, "\(expiry) against \(ninetyDays)")
        #expect(tokens.first?.state(at: ninetyDays - 3600) == .live)
        #expect(tokens.first?.state(at: ninetyDays + 3600) == .expired)
        _ = scratch
    }
}
