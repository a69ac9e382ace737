import Foundation
import GRDB

extension AppDatabase {
    /// Runs `body` in one read transaction: every read the store makes inside it, on this thread,
    /// uses that transaction's connection instead of taking one from the pool.
    ///
    /// A page reads a dozen things (the site, the window, its lines, prices, the clock); each read
    /// on its own took a connection from the pool, began and ended a transaction, and with several
    /// requests at once waited on the pool's locks, which cost a two-core server as much as the
    /// reading. Inside one transaction the page also sees one state of the database, never half of
    /// a change made while it reads. Writes inside `body` still go to the writer as usual.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        try pool.read { db in try Self.$current.withValue(CurrentRead(db)) { try body() } }
    }

    /// The store's reads: in the caller's `reading` transaction when there is one, else their own.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let current = Self.current, let db = current.database { return try body(db) }
        return try pool.read(body)
    }

    @TaskLocal static var current: CurrentRead?
}

/// The connection of a `reading` transaction, usable only on the thread that runs it: a task
/// started inside inherits the value, but must not use the connection from another thread.
struct CurrentRead: @unchecked Sendable {
    private let connection: Database
    private let thread: pthread_t

    init(_ connection: Database) {
        self.connection = connection
        thread = pthread_self()
    }

    var database: Database? { pthread_equal(thread, pthread_self()) != 0 ? connection : nil }
}
