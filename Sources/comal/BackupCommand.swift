import ArgumentParser
import ComalStore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database, also while the server is running.",
        discussion: "The copy is checked before it gets its name; an existing file is never overwritten.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The backup file to write, such as backups/comal-2026-12-04.sqlite.") var out: String

    func run() throws {
        try DatabaseBackup.make(from: database.db, to: out)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        print("Backed up \(database.db) to \(out) (\(bytes / 1024) KB, checked).")
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup in place of the database, keeping the database it replaces beside it.",
        discussion: "The backup is checked first; a restore is refused while `comal serve` has the database open.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The backup file written by `comal backup`.") var backup: String

    func run() throws {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let kept = try DatabaseBackup.restore(backup, over: database.db, keptAs: "\(database.db).before-restore-\(stamp)")
        print("Restored \(backup) to \(database.db).")
        if let kept { print("The database it replaced is kept as \(kept).") }
    }
}
