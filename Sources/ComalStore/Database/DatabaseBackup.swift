import Foundation
import GRDB

/// Copies of the alliance's database that survive a lost disk, and putting one back.
///
/// A backup uses SQLite's online backup API from a read transaction, so it is one consistent moment
/// of the database even while the server writes; it is written under a temporary name, checked,
/// and only then given its name. A restore checks the backup first, refuses while a server has the
/// database open, and keeps a copy of the database it replaces.
public enum DatabaseBackup {
    /// Writes a backup of the database at `source` to `destination`, which must not exist yet.
    public static func make(from source: String, to destination: String) throws {
        guard FileManager.default.fileExists(atPath: source) else { throw BackupError.noDatabase(source) }
        guard !FileManager.default.fileExists(atPath: destination) else { throw BackupError.destinationExists(destination) }
        // backups/comal-2026-12-04.sqlite works the first time too.
        let folder = (destination as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let partial = destination + ".partial-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: partial) }
        try copy(from: source, to: partial)
        // One self-contained file, with no WAL beside it for a reader to leave behind.
        try DatabaseQueue(path: partial).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try check(partial, named: destination)
        try FileManager.default.moveItem(atPath: partial, toPath: destination)
    }

    /// Puts the backup at `backup` in place of the database at `database`, after checking it, and
    /// brings it to this release's schema. Returns where the replaced database was kept (nil when
    /// there was none).
    @discardableResult
    public static func restore(_ backup: String, over database: String, keptAs kept: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: backup) else { throw BackupError.noDatabase(backup) }
        try check(backup, named: backup)
        let existed = FileManager.default.fileExists(atPath: database)
        let hold = try ServerHold.exclusive(database)
        defer { hold.release() }
        var keptPath: String?
        if existed {
            try make(from: database, to: kept)
            keptPath = kept
        }
        try copy(from: backup, to: database)
        _ = try AppDatabase(path: database)
        return keptPath
    }

    private static func copy(from source: String, to destination: String) throws {
        let from: DatabaseQueue
        do { from = try DatabaseQueue(path: source, configuration: AppDatabase.readOnly) } catch { throw BackupError.notADatabase(source) }
        let to = try DatabaseQueue(path: destination)
        do { try from.backup(to: to) } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw BackupError.notADatabase(source)
        }
    }

    /// A backup must read as a whole, sound database of this release's schema or an earlier one.
    private static func check(_ path: String, named name: String) throws {
        let problems: [String]
        do {
            problems = try DatabaseQueue(path: path, configuration: AppDatabase.readOnly).read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check")
            }
        } catch { throw BackupError.notADatabase(name) }
        guard problems == ["ok"] else { throw BackupError.damaged(name, problems: problems) }
        let newer = try AppDatabase.unknownMigrations(path)
        guard newer.isEmpty else { throw BackupError.newerSchema(name, unknown: newer) }
    }
}

/// Why a backup or a restore did not happen; nothing was changed.
public enum BackupError: Error, Equatable, CustomStringConvertible {
    case noDatabase(String)
    case destinationExists(String)
    case notADatabase(String)
    case damaged(String, problems: [String])
    case newerSchema(String, unknown: [String])
    case serverRunning(String)

    public var description: String {
        switch self {
        case .noDatabase(let path): "there is no database at \(path)"
        case .destinationExists(let path): "\(path) already exists; choose a new name, so that no backup is overwritten"
        case .notADatabase(let path): "\(path) is not a Comal database"
        case .damaged(let path, let problems):
            "\(path) is damaged (\(problems.prefix(3).joined(separator: "; "))); use another backup"
        case .newerSchema(let path, let unknown):
            "\(path) was made by a newer release of Comal (schema \(unknown.joined(separator: ", "))); restore it with that release"
        case .serverRunning(let path):
            "a Comal server has \(path) open; stop it (systemctl stop comal, or Ctrl-C) and run the restore again"
        }
    }
}
