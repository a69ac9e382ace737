import ComalCore
import Foundation
import GRDB

/// A lot of a product that arrived in a week, and the sites it went to.
public struct RecalledLot: Hashable, Sendable {
    public var delivery: CalendarDate
    public var window: OrderWindow.ID
    public var sku, description, lot: String
    public var packDate: CalendarDate?
    /// The sites the product went to that week, with the eaches each kept (a site that refused
    /// all of it at its door is listed with 0: the goods were there).
    public var sites: [Site.ID: Int]
    /// How many lots of the product arrived that week: above 1, each site got this lot or another.
    public var lotsThatWeek: Int
}

extension AppDatabase {
    static let lotColumns = ["sku", "lot", "pack_date"]

    /// Records the lots (and pack dates) that arrived of a consolidated window's products, from a
    /// file of `sku,lot,pack_date`: each product listed has its lots replaced by the file's, all or
    /// nothing. Returns how many lots were recorded.
    @discardableResult
    public func recordLots(csv: String, file: String, window id: OrderWindow.ID, actor: String, now: LocalDateTime) throws -> Int {
        let table = CSVTable(text: csv, file: file, columns: Self.lotColumns)
        return try pool.write { db in
            let window = try OrderWindowRecord.window(db, id)
            guard window.state >= .ordered else { throw StoreError.noConsolidation(delivery: window.delivery) }
            let bought = Dictionary(
                try Row.fetchAll(
                    db,
                    sql: "SELECT product.sku, product.id FROM purchaseLine JOIN product ON product.id = purchaseLine.productId WHERE orderWindowId = ?",
                    arguments: [id.rawValue]
                ).map { ($0[0] as String, $0[1] as Int64) }, uniquingKeysWith: { first, _ in first })
            var problems = table.problems
            var lots: [(product: Int64, lot: String, packDate: CalendarDate?)] = []
            var seen = Set<String>()
            for row in table.rows {
                let sku = problems.text(row, "sku")
                let lot = problems.text(row, "lot")
                var packDate: CalendarDate?
                if !row["pack_date"].isEmpty {
                    packDate = CalendarDate(parsing: row["pack_date"])
                    if packDate == nil {
                        problems.add(row, "pack_date", "\"\(row["pack_date"])\" is not a date written YYYY-MM-DD", "\"\(row["pack_date"])\" no es una fecha escrita AAAA-MM-DD")
                    }
                }
                if let lot, lot.count > 60 {
                    problems.add(row, "lot", "is \(lot.count) characters long; a lot number has at most 60", "tiene \(lot.count) caracteres; un lote tiene como máximo 60")
                    continue
                }
                guard let sku, let lot else { continue }
                guard let product = bought[sku] else {
                    problems.add(
                        row, "sku", "\(sku) was not bought in this window; only what was bought can arrive",
                        "\(sku) no se compró en este periodo; solo llega lo que se compró")
                    continue
                }
                guard seen.insert("\(sku)\u{0}\(lot.lowercased())").inserted else {
                    problems.add(row, "lot", "lot \(lot) of \(sku) is listed twice", "el lote \(lot) de \(sku) aparece dos veces")
                    continue
                }
                lots.append((product, lot, packDate))
            }
            try problems.throwIfAny()
            for product in Set(lots.map(\.product)) {
                try db.execute(sql: "DELETE FROM receivedLot WHERE orderWindowId = ? AND productId = ?", arguments: [id.rawValue, product])
            }
            for lot in lots {
                try db.execute(
                    sql: "INSERT INTO receivedLot (orderWindowId, productId, lot, packDate) VALUES (?, ?, ?, ?)",
                    arguments: [id.rawValue, lot.product, lot.lot, lot.packDate?.description])
            }
            try Self.audit(db, at: now, actor: actor, window: id, action: "lots", detail: "\(lots.count) lots from \(file)")
            return lots.count
        }
    }

    /// Every week a lot arrived in (the number compared without regard to case), newest first,
    /// with the sites its product went to that week.
    public func recall(lot: String) throws -> [RecalledLot] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT receivedLot.orderWindowId, orderWindow.delivery, product.id, product.sku, product.description,
                           receivedLot.lot, receivedLot.packDate,
                           (SELECT COUNT(*) FROM receivedLot other WHERE other.orderWindowId = receivedLot.orderWindowId
                                AND other.productId = receivedLot.productId)
                    FROM receivedLot
                    JOIN orderWindow ON orderWindow.id = receivedLot.orderWindowId
                    JOIN product ON product.id = receivedLot.productId
                    WHERE receivedLot.lot = ? COLLATE NOCASE
                    ORDER BY orderWindow.delivery DESC, product.sku
                    """, arguments: [lot.trimmingCharacters(in: .whitespaces)])
            return try rows.map { row in
                let deliveryText: String = row[1]
                guard let delivery = CalendarDate(parsing: deliveryText) else {
                    throw StoreError.unreadableStoredValue(table: "orderWindow", column: "delivery", value: deliveryText)
                }
                let window: Int64 = row[0], product: Int64 = row[2]
                let allocated = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT siteId, SUM(allocatedEaches) FROM allocation
                        WHERE orderWindowId = ? AND productId = ? AND siteId IS NOT NULL GROUP BY siteId
                        HAVING SUM(allocatedEaches + shortAtDelivery) > 0
                        """, arguments: [window, product])
                return RecalledLot(
                    delivery: delivery, window: OrderWindow.ID(window), sku: row[3], description: row[4], lot: row[5],
                    packDate: (row[6] as String?).flatMap(CalendarDate.init(parsing:)),
                    sites: Dictionary(uniqueKeysWithValues: allocated.map { (Site.ID($0[0] as String), $0[1] as Int) }),
                    lotsThatWeek: row[7])
            }
        }
    }
}

/// A lot recorded for a window.
public struct ReceivedLot: Hashable, Sendable {
    public var sku, description, lot: String
    public var packDate: CalendarDate?
}

extension AppDatabase {
    /// The lots recorded for a window, by SKU and lot.
    public func receivedLots(window id: OrderWindow.ID) throws -> [ReceivedLot] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT product.sku, product.description, receivedLot.lot, receivedLot.packDate FROM receivedLot
                    JOIN product ON product.id = receivedLot.productId WHERE orderWindowId = ? ORDER BY product.sku, receivedLot.lot
                    """, arguments: [id.rawValue]
            ).map {
                ReceivedLot(sku: $0[0], description: $0[1], lot: $0[2], packDate: ($0[3] as String?).flatMap(CalendarDate.init(parsing:)))
            }
        }
    }
}
