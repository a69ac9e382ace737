import ComalCore
import GRDB

extension AppDatabase {
    /// How many order lines each site has in the window; a site with none is left out. Counted by
    /// SQLite over the key's (window, site) prefix, so the buyer's board reads a row per site, not
    /// every line.
    public func orderLineCounts(window id: OrderWindow.ID) throws -> [Site.ID: Int] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT siteId, COUNT(*) AS lines FROM orderLine WHERE orderWindowId = ? GROUP BY siteId",
                arguments: [id.rawValue])
            return Dictionary(uniqueKeysWithValues: rows.map { (Site.ID($0["siteId"] as String), $0["lines"] as Int) })
        }
    }

    /// The window's order lines summed by product and unit, for the case top-ups
    /// (`CaseTopUp.compute(products:totals:rule:)`): a row per product and unit, not per line.
    /// One pass over the `orderLine_totals` index, in its order: no table row read, no sort.
    static let orderTotalsSQL = """
        SELECT productId, unit, SUM(quantity) AS quantity, SUM(tolerance) AS tolerance FROM orderLine
        WHERE orderWindowId = ? GROUP BY productId, unit
        """

    public func orderTotals(window id: OrderWindow.ID) throws -> [OrderTotal] {
        try read { db in
            try Row.fetchAll(db, sql: Self.orderTotalsSQL, arguments: [id.rawValue]).map { row in
                let unit: String = row["unit"]
                guard let parsed = SiteOrderLine.Unit(rawValue: unit) else {
                    throw StoreError.unreadableStoredValue(table: "orderLine", column: "unit", value: unit)
                }
                return OrderTotal(
                    product: Product.ID(row["productId"]), unit: parsed, quantity: row["quantity"], tolerance: row["tolerance"])
            }
        }
    }
}
