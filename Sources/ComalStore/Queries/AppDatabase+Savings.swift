import ComalCore
import GRDB

extension AppDatabase {
    /// Every consolidated week's savings, by delivery day, for the alliance or for one `site`, summed
    /// from the stored invoices (a read of one row per site and week, not a recomputation).
    public func weeklySavings(site: Site.ID? = nil) throws -> [WeekSavings] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT w.id, w.delivery, COUNT(*) AS sites, SUM(i.standaloneCostCents) AS alone,
                           SUM(i.goodsCents + i.feesCents) AS together, SUM(i.totalCents) AS invoiced
                    FROM siteInvoice i JOIN orderWindow w ON w.id = i.orderWindowId
                    WHERE ? IS NULL OR i.siteId = ?
                    GROUP BY w.id ORDER BY w.delivery
                    """, arguments: [site?.rawValue, site?.rawValue]
            ).map { row in
                let delivery: String = row["delivery"]
                guard let date = CalendarDate(parsing: delivery) else {
                    throw StoreError.unreadableStoredValue(table: "orderWindow", column: "delivery", value: delivery)
                }
                return WeekSavings(
                    window: OrderWindow.ID(row["id"]), delivery: date, sites: row["sites"], alone: Money(cents: row["alone"]),
                    together: Money(cents: row["together"]), invoiced: Money(cents: row["invoiced"]))
            }
        }
    }
}
