import ComalCore
import GRDB

extension AppDatabase {
    /// Stores the alliance, replacing the one already stored.
    public func saveAlliance(_ alliance: Alliance) throws {
        try pool.write { db in try AllianceRecord(alliance).save(db) }
    }

    /// The stored alliance, or nil before one is saved.
    public func alliance() throws -> Alliance? {
        try read { db in try AllianceRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM alliance LIMIT 1"))?.alliance }
    }
}
