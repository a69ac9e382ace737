import GRDB

extension AppDatabase {
    /// Migration "v7-set-aside-lines". The bound is written out (9999, `SiteOrderLine.largestQuantity`
    /// when this shipped), because a shipped migration must not change with a later constant.
    static func setAsideImpossibleLines(_ db: Database) throws {
        try db.create(table: "setAsideOrderLine") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("site", onDelete: .restrict).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            t.column("quantity", .integer).notNull()
            t.column("unit", .text).notNull()
            t.column("tolerance", .integer).notNull()
        }
        let impossible = "quantity > 9999 OR tolerance > 9999 OR quantity < 0 OR tolerance < 0"
        try db.execute(
            sql: """
                INSERT INTO setAsideOrderLine (orderWindowId, siteId, productId, quantity, unit, tolerance)
                SELECT orderWindowId, siteId, productId, quantity, unit, tolerance FROM orderLine WHERE \(impossible)
                """)
        try db.execute(sql: "DELETE FROM orderLine WHERE \(impossible)")
    }
}
