import Foundation

/// A consistent copy of a SQLite file, taken with `VACUUM INTO` by Python's own SQLite, safe while
/// other processes read or write the file (a plain file copy could meet the WAL's files coming and
/// going, or copy half a transaction).
public enum DatabaseSnapshot {
    public static func copy(_ source: String, to destination: String) async throws {
        let copied = try await ProcessRunner.python(
            "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('VACUUM INTO ?', (sys.argv[2],))", [source, destination])
        guard copied.status == 0 else { throw DatabaseSnapshotError(source: source, detail: copied.stderr) }
    }
}

public struct DatabaseSnapshotError: Error, CustomStringConvertible {
    public var source: String
    public var detail: String
    public var description: String { "could not copy the database \(source): \(detail)" }
}
