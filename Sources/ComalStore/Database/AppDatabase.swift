import Foundation
import GRDB

/// The alliance's database: one SQLite file, opened in WAL mode so that readers never wait on the buyer.
///
/// Every method is one intent of a user (import a catalog, close a window); each that writes several
/// rows does it in one transaction, so the file is never left half-changed.
public struct AppDatabase: Sendable {
    /// The connections; GRDB serialises writes and runs reads concurrently.
    let pool: DatabasePool
    /// The food table and menus as last parsed, shared by every copy of this value.
    let parsed = ParsedContent()

    /// How long a write waits for another process's write (the server's, while a buyer runs the
    /// CLI on the same file) before giving up; SQLite's default is to fail at once.
    static let busyTimeout: TimeInterval = 10

    /// Reading connections: more than the web's request threads and the job runner together, so
    /// that no request waits for a free reader, each wait a thread switch.
    static let readers = 8

    /// Opens (or creates) the database at `path` and brings its schema up to date. A database a
    /// newer release has changed is refused before anything is written to it: this release would
    /// not know its tables.
    ///
    /// `statementObserver` sees every SQL statement run on any connection, with its arguments.
    public init(path: String, statementObserver: (@Sendable (String) -> Void)? = nil) throws {
        if FileManager.default.fileExists(atPath: path) { try Self.refuseNewerSchema(path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.maximumReaderCount = Self.readers
        if let statementObserver {
            configuration.prepareDatabase { db in db.trace { statementObserver($0.expandedDescription) } }
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
        try Self.completeConsolidationRecords(pool)
    }

    /// A connection that only reads, and waits for another process's write like the pool does.
    static var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        return configuration
    }

    /// Throws when the database file cannot be read now (a lost disk, a file replaced under us).
    public func checkReadable() throws {
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") }
    }

    private static func refuseNewerSchema(_ path: String) throws {
        let newer = try unknownMigrations(path)
        guard newer.isEmpty else { throw StoreError.newerSchema(path: path, unknown: newer) }
    }

    /// The migrations the database at `path` has had that this release does not know, read without
    /// writing to it.
    static func unknownMigrations(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path, configuration: readOnly).read { db in
            try db.tableExists("grdb_migrations")
                ? try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted() : []
        }
    }

}
