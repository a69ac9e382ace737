import Foundation

/// A lock on the database file that `comal serve` holds while it runs (shared, so that two servers
/// may share a file) and that a restore takes exclusively, so that no database is replaced under a
/// running server. It is a `flock`, which SQLite's own locks do not touch and the system releases
/// when the process ends, even by `kill -9`.
public struct ServerHold: Sendable {
    private let descriptor: Int32

    /// The hold of a server on `database` for as long as it runs.
    public static func shared(_ database: String) throws -> ServerHold { try ServerHold(database, LOCK_SH) }

    /// The hold of a restore: refused while any server holds the file.
    static func exclusive(_ database: String) throws -> ServerHold { try ServerHold(database, LOCK_EX) }

    private init(_ database: String, _ operation: Int32) throws {
        if !FileManager.default.fileExists(atPath: database) { FileManager.default.createFile(atPath: database, contents: nil) }
        descriptor = open(database, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BackupError.noDatabase(database) }
        guard flock(descriptor, operation | LOCK_NB) == 0 else {
            close(descriptor)
            throw BackupError.serverRunning(database)
        }
    }

    public func release() { close(descriptor) }
}
