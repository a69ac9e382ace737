import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    /// Stores the alliance and its kitchens together, replacing the kitchens stored before: the
    /// alliance file is the one place kitchens are named.
    public func saveAlliance(_ alliance: Alliance, kitchens: [Kitchen]) throws {
        var column = JSONColumn<Kitchen>(table: "kitchen", column: "definition")
        let texts = try kitchens.map { try column.text($0) }
        try pool.write { db in
            try AllianceRecord(alliance).save(db)
            try db.execute(sql: "DELETE FROM kitchen")
            for (position, (kitchen, text)) in zip(kitchens, texts).enumerated() {
                try db.execute(
                    sql: "INSERT INTO kitchen (id, position, definition) VALUES (?, ?, ?)",
                    arguments: [kitchen.id.rawValue, position, text])
            }
        }
    }

    /// The alliance's kitchens, in the alliance file's order.
    public func kitchens() throws -> [Kitchen] {
        var column = JSONColumn<Kitchen>(table: "kitchen", column: "definition")
        let texts = try read { db in try String.fetchAll(db, sql: "SELECT definition FROM kitchen ORDER BY position") }
        return try texts.map { try column.value($0) }
    }

    /// Stores the counts a satellite confirmed for one meal of one date, replacing earlier ones.
    public func confirmMealCount(
        site: Site.ID, date: CalendarDate, meal: MealType, servings: [MealPatternAgeGroup: Int], by: String, at: LocalDateTime
    ) throws {
        try pool.write { db in
            try db.execute(
                sql: "DELETE FROM kitchenCount WHERE siteId = ? AND date = ? AND meal = ?",
                arguments: [site.rawValue, date.description, meal.rawValue])
            for group in MealPatternAgeGroup.allCases {
                guard let count = servings[group] else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO kitchenCount (siteId, date, meal, ageGroup, servings, confirmedBy, confirmedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [site.rawValue, date.description, meal.rawValue, group.rawValue, count, by, at.description])
            }
        }
    }

    /// The counts a satellite confirmed for `date`, by meal, with who confirmed them.
    public func confirmedMealCounts(site: Site.ID, date: CalendarDate) throws -> [MealType: (
        servings: [MealPatternAgeGroup: Int], by: String
    )] {
        let rows = try read { db in
            try Row.fetchAll(
                db, sql: "SELECT meal, ageGroup, servings, confirmedBy FROM kitchenCount WHERE siteId = ? AND date = ?",
                arguments: [site.rawValue, date.description])
        }
        var counts: [MealType: (servings: [MealPatternAgeGroup: Int], by: String)] = [:]
        for row in rows {
            let mealText: String = row[0], groupText: String = row[1]
            guard let meal = MealType(rawValue: mealText) else {
                throw StoreError.unreadableStoredValue(table: "kitchenCount", column: "meal", value: mealText)
            }
            guard let group = MealPatternAgeGroup(rawValue: groupText) else {
                throw StoreError.unreadableStoredValue(table: "kitchenCount", column: "ageGroup", value: groupText)
            }
            counts[meal, default: ([:], row[3])].servings[group] = row[2]
        }
        return counts
    }

    /// Stores a satellite's signed receipt for a date, replacing an earlier one, and its arrival temperatures
    /// in the day's temperature log, in one transaction.
    public func saveKitchenReceipt(_ receipt: KitchenReceipt) throws {
        var column = JSONColumn<KitchenReceipt>(table: "kitchenReceipt", column: "receipt")
        let text = try column.text(receipt)
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO kitchenReceipt (siteId, date, kitchenId, receipt, shortLines, signedBy, signedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    receipt.site.rawValue, receipt.date.description, receipt.kitchen.rawValue, text, receipt.shortfalls.count,
                    receipt.signedBy, receipt.signedAt.description,
                ])
            try Self.writeTemperatures(
                db, kitchen: receipt.kitchen, date: receipt.date, site: receipt.site, receipt.arrival, by: receipt.signedBy,
                at: receipt.signedAt)
        }
    }

    /// The receipts satellites signed for `date` from `kitchen`, by site.
    public func kitchenReceipts(kitchen: Kitchen.ID, date: CalendarDate) throws -> [Site.ID: KitchenReceipt] {
        let texts = try read { db in
            try String.fetchAll(
                db, sql: "SELECT receipt FROM kitchenReceipt WHERE kitchenId = ? AND date = ? ORDER BY siteId",
                arguments: [kitchen.rawValue, date.description])
        }
        var column = JSONColumn<KitchenReceipt>(table: "kitchenReceipt", column: "receipt")
        let receipts = try texts.map { try column.value($0) }
        return Dictionary(receipts.map { ($0.site, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A site's last signed receipts before `date`, newest first: their served counts are its next expected counts.
    public func recentKitchenReceipts(site: Site.ID, before date: CalendarDate, limit: Int) throws -> [KitchenReceipt] {
        let texts = try read { db in
            try String.fetchAll(
                db, sql: "SELECT receipt FROM kitchenReceipt WHERE siteId = ? AND date < ? ORDER BY date DESC LIMIT ?",
                arguments: [site.rawValue, date.description, limit])
        }
        var column = JSONColumn<KitchenReceipt>(table: "kitchenReceipt", column: "receipt")
        return try texts.map { try column.value($0) }
    }

    /// Stores temperatures taken for a site's meals on a date, replacing readings of the same stage and kind.
    public func saveKitchenTemperatures(
        kitchen: Kitchen.ID, date: CalendarDate, site: Site.ID, _ readings: [TemperatureReading], by: String, at: LocalDateTime
    ) throws {
        try pool.write { db in try Self.writeTemperatures(db, kitchen: kitchen, date: date, site: site, readings, by: by, at: at) }
    }

    private static func writeTemperatures(
        _ db: Database, kitchen: Kitchen.ID, date: CalendarDate, site: Site.ID, _ readings: [TemperatureReading], by: String,
        at: LocalDateTime
    ) throws {
        for reading in readings {
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO kitchenTemperature
                        (kitchenId, date, siteId, stage, temperature, fahrenheit, recordedBy, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    kitchen.rawValue, date.description, site.rawValue, reading.stage.rawValue, reading.temperature.rawValue,
                    "\(reading.fahrenheit)", by, at.description,
                ])
        }
    }

    /// The day's temperature log of `kitchen`, by site.
    public func kitchenTemperatures(kitchen: Kitchen.ID, date: CalendarDate) throws -> [Site.ID: [TemperatureReading]] {
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT siteId, stage, temperature, fahrenheit FROM kitchenTemperature
                    WHERE kitchenId = ? AND date = ? ORDER BY siteId, stage, temperature
                    """,
                arguments: [kitchen.rawValue, date.description])
        }
        var log: [Site.ID: [TemperatureReading]] = [:]
        for row in rows {
            let stageText: String = row[1], kindText: String = row[2], degreesText: String = row[3]
            guard let stage = TemperatureReading.Stage(rawValue: stageText),
                let kind = ServingTemperature(rawValue: kindText),
                let degrees = Decimal(string: degreesText, locale: Locale(identifier: "en_US_POSIX"))
            else {
                throw StoreError.unreadableStoredValue(
                    table: "kitchenTemperature", column: "fahrenheit", value: "\(stageText) \(kindText) \(degreesText)")
            }
            log[Site.ID(row[0]), default: []].append(TemperatureReading(stage: stage, temperature: kind, fahrenheit: degrees))
        }
        return log
    }
}
