import ComalCore
import GRDB

extension AppDatabase {
    /// The window's order lines summed by product and unit, for the case top-ups
    /// (`CaseTopUp.compute(products:totals:rule:)`): a row per product and unit, not per line,
    /// kept by the `orderLine` triggers (`v15-order-tallies`) and read in key order.
    static let orderTotalsSQL = """
        SELECT productId, unit, quantity, tolerance FROM orderProductTally WHERE orderWindowId = ? ORDER BY productId, unit
        """

    public func orderTotals(window id: OrderWindow.ID) throws -> [OrderTotal] {
        try read { db in
            try Array(Row.fetchCursor(db.cachedStatement(sql: Self.orderTotalsSQL), arguments: [id.rawValue]).map { row in
                OrderTotal(
                    product: Product.ID(row["productId"]),
                    unit: try SiteOrderLine.Unit(stored: row["unit"], table: "orderProductTally", column: "unit"),
                    quantity: row["quantity"], tolerance: row["tolerance"])
            })
        }
    }
}
