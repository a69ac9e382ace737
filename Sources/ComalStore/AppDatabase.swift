import Foundation
import GRDB

/// The alliance's database: one SQLite file, opened in WAL mode so that readers never wait on the buyer.
///
/// Every method is one intent of a user (import a catalog, close a window); each that writes several
/// rows does it in one transaction, so the file is never left half-changed.
public struct AppDatabase: Sendable {
    /// The connections; GRDB serialises writes and runs reads concurrently.
    let pool: DatabasePool

    /// How long a write waits for another process's write (the server's, while a buyer runs the
    /// CLI on the same file) before giving up; SQLite's default is to fail at once.
    static let busyTimeout: TimeInterval = 10

    /// Opens (or creates) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

}
