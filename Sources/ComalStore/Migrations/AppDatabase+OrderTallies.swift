import GRDB

extension AppDatabase {
    /// Migration `v15-order-tallies`: the buyer's board shows each product's total and each site's
    /// line count for the window. Summed from the lines on every view, that was one pass over every
    /// line of the window (80,000 for 2,000 sites) per request; kept here by triggers, in the same
    /// transaction as each line's change, it is a few hundred rows read by key.
    static func addOrderTallies(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE orderProductTally (
                    orderWindowId INTEGER NOT NULL REFERENCES orderWindow(id) ON DELETE CASCADE,
                    productId INTEGER NOT NULL,
                    unit TEXT NOT NULL,
                    lines INTEGER NOT NULL CHECK (lines > 0),
                    quantity INTEGER NOT NULL,
                    tolerance INTEGER NOT NULL,
                    PRIMARY KEY (orderWindowId, productId, unit)
                ) WITHOUT ROWID;
                CREATE TABLE orderSiteTally (
                    orderWindowId INTEGER NOT NULL REFERENCES orderWindow(id) ON DELETE CASCADE,
                    siteId TEXT NOT NULL,
                    lines INTEGER NOT NULL CHECK (lines > 0),
                    PRIMARY KEY (orderWindowId, siteId)
                ) WITHOUT ROWID;
                INSERT INTO orderProductTally
                    SELECT orderWindowId, productId, unit, COUNT(*), SUM(quantity), SUM(tolerance) FROM orderLine
                    GROUP BY orderWindowId, productId, unit;
                INSERT INTO orderSiteTally
                    SELECT orderWindowId, siteId, COUNT(*) FROM orderLine GROUP BY orderWindowId, siteId;
                CREATE TRIGGER orderLine_tally_insert AFTER INSERT ON orderLine BEGIN
                    \(addLine("NEW"))
                END;
                CREATE TRIGGER orderLine_tally_delete AFTER DELETE ON orderLine BEGIN
                    \(removeLine("OLD"))
                END;
                CREATE TRIGGER orderLine_tally_update AFTER UPDATE ON orderLine BEGIN
                    \(removeLine("OLD"))
                    \(addLine("NEW"))
                END;
                """)
    }

    /// The statements that count the line `row` (`NEW`) into the tallies.
    private static func addLine(_ row: String) -> String {
        """
        INSERT INTO orderProductTally VALUES (\(row).orderWindowId, \(row).productId, \(row).unit, 1, \(row).quantity, \(row).tolerance)
            ON CONFLICT DO UPDATE SET lines = lines + 1, quantity = quantity + excluded.quantity, tolerance = tolerance + excluded.tolerance;
        INSERT INTO orderSiteTally VALUES (\(row).orderWindowId, \(row).siteId, 1) ON CONFLICT DO UPDATE SET lines = lines + 1;
        """
    }

    /// The statements that take the line `row` (`OLD`) out of the tallies; a tally of no lines goes.
    private static func removeLine(_ row: String) -> String {
        let product = "orderWindowId = \(row).orderWindowId AND productId = \(row).productId AND unit = \(row).unit"
        let site = "orderWindowId = \(row).orderWindowId AND siteId = \(row).siteId"
        return """
            DELETE FROM orderProductTally WHERE \(product) AND lines = 1;
            UPDATE orderProductTally SET lines = lines - 1, quantity = quantity - \(row).quantity, tolerance = tolerance - \(row).tolerance
                WHERE \(product);
            DELETE FROM orderSiteTally WHERE \(site) AND lines = 1;
            UPDATE orderSiteTally SET lines = lines - 1 WHERE \(site);
            """
    }
}
