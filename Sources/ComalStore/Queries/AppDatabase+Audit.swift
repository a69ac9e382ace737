import ComalCore
import GRDB

extension AppDatabase {
    /// The audit log in the order it was written, of one window or of everything.
    public func auditLog(window: OrderWindow.ID?) throws -> [AuditEntry] {
        try read { db in
            var request = AuditEntryRecord.order(Column("id"))
            if let window { request = request.filter(Column("orderWindowId") == window.rawValue) }
            return try request.fetchAll(db).map { try $0.entry() }
        }
    }

    /// Adds an entry inside the caller's transaction, so that a change and its record stand or fall together.
    static func audit(
        _ db: Database, at: LocalDateTime, actor: String, window: OrderWindow.ID?, action: String,
        detail: String
    ) throws {
        var record = AuditEntryRecord(
            id: nil, at: at.description, actor: actor, orderWindowId: window?.rawValue,
            action: action, detail: detail)
        try record.insert(db)
    }
}
