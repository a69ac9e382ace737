import ComalCore
import GRDB

/// A row of `orderWindow`; dates are stored as text that sorts in time order.
struct OrderWindowRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "orderWindow"

    var id: Int64?
    /// `YYYY-MM-DD`.
    var delivery: String
    /// `YYYY-MM-DD HH:MM`.
    var cutoff: String
    var state: OrderWindow.State

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func window() throws -> OrderWindow {
        guard let date = CalendarDate(parsing: delivery) else {
            throw StoreError.unreadableStoredValue(table: "orderWindow", column: "delivery", value: delivery)
        }
        guard let time = LocalDateTime(parsing: cutoff) else {
            throw StoreError.unreadableStoredValue(table: "orderWindow", column: "cutoff", value: cutoff)
        }
        return OrderWindow(id: OrderWindow.ID(id ?? 0), delivery: date, cutoff: time, state: state)
    }

    /// The window `id`, or an error a user understands when there is none.
    static func window(_ db: Database, _ id: OrderWindow.ID) throws -> OrderWindow {
        guard let record = try find(db, id) else { throw StoreError.unknownWindow(id) }
        return try record.window()
    }

    /// The window's row, or nil, through a statement prepared once per connection.
    static func find(_ db: Database, _ id: OrderWindow.ID) throws -> OrderWindowRecord? {
        try fetchOne(db.cachedStatement(sql: "SELECT * FROM orderWindow WHERE id = ?"), arguments: [id.rawValue])
    }
}
