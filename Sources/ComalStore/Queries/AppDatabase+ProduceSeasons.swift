import ComalCore
import GRDB

extension AppDatabase {
    /// Replaces the stored produce seasons with a seasons file's, all or nothing; returns how many.
    @discardableResult
    public func importProduceSeasons(csv: String, file: String) throws -> Int {
        let seasons = try ProduceSeasonsReader.read(csv, file: file)
        try pool.write { db in
            try db.execute(sql: "DELETE FROM produceSeason")
            for season in seasons {
                try db.execute(
                    sql: "INSERT INTO produceSeason (foodId, months, source) VALUES (?, ?, ?)",
                    arguments: [season.food.rawValue, season.months.sorted().map(String.init).joined(separator: ";"), season.source])
            }
        }
        return seasons.count
    }

    /// The stored produce seasons, by food.
    public func produceSeasons() throws -> [ProduceSeason] {
        let rows = try read { db in try Row.fetchAll(db, sql: "SELECT foodId, months, source FROM produceSeason ORDER BY foodId") }
        return try rows.map { row in
            let food: String = row[0], text: String = row[1]
            guard let months = ProduceSeasonsReader.months(text) else {
                throw StoreError.unreadableStoredValue(table: "produceSeason", column: "months", value: text)
            }
            return ProduceSeason(food: Food.ID(food), months: months, source: row[2])
        }
    }
}
