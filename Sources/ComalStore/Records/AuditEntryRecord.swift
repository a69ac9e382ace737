import ComalCore
import GRDB

/// A row of `auditEntry`; rows are only ever added.
struct AuditEntryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "auditEntry"

    var id: Int64?
    /// `YYYY-MM-DD HH:MM`, which sorts in time order.
    var at: String
    var actor: String
    var orderWindowId: Int64?
    var action: String
    var detail: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func entry() throws -> AuditEntry {
        guard let time = LocalDateTime(parsing: at) else {
            throw StoreError.unreadableStoredValue(table: "auditEntry", column: "at", value: at)
        }
        return AuditEntry(
            id: id ?? 0, at: time, actor: actor, window: orderWindowId.map(OrderWindow.ID.init),
            action: action, detail: detail)
    }
}
