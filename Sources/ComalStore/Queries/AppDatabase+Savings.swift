import ComalCore
import GRDB

extension AppDatabase {
    /// Every consolidated week's savings, by delivery day, for the alliance or for one `site`, summed
    /// from the stored invoices (a read of one row per site and week, not a recomputation).
    public func weeklySavings(site: Site.ID? = nil) throws -> [WeekSavings] {
        // One site's rows are found through `siteInvoice_by_site`, not filtered from every site's.
        let (onlySite, arguments): (String, StatementArguments) = site.map { ("WHERE i.siteId = ?", [$0.rawValue]) } ?? ("", [])
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT w.id, w.delivery, COUNT(*) AS sites, SUM(i.standaloneCostCents) AS alone,
                           SUM(i.goodsCents + i.feesCents) AS together, SUM(i.totalCents) AS invoiced
                    FROM siteInvoice i JOIN orderWindow w ON w.id = i.orderWindowId
                    \(onlySite)
                    GROUP BY w.id ORDER BY w.delivery
                    """, arguments: arguments
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
