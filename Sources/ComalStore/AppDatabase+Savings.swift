import ComalCore
import GRDB

extension AppDatabase {
    /// Every consolidated week's savings, by delivery day, summed from the stored invoices (a read of
    /// one row per site and week, not a recomputation).
    public func weeklySavings() throws -> [WeekSavings] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT w.id, w.delivery, COUNT(*) AS sites, SUM(i.standaloneCostCents) AS alone,
                           SUM(i.goodsCents + i.feesCents) AS together
                    FROM siteInvoice i JOIN orderWindow w ON w.id = i.orderWindowId
                    GROUP BY w.id ORDER BY w.delivery
                    """
            ).map { row in
                let delivery: String = row["delivery"]
                guard let date = CalendarDate(parsing: delivery) else {
                    throw StoreError.unreadableStoredValue(table: "orderWindow", column: "delivery", value: delivery)
                }
                return WeekSavings(
                    window: OrderWindow.ID(row["id"]), delivery: date, sites: row["sites"], alone: Money(cents: row["alone"]),
                    together: Money(cents: row["together"]))
            }
        }
    }
}
