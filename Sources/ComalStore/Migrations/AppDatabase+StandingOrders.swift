import GRDB

extension AppDatabase {
    /// Migration `v19-standing-orders`: a site keeps orders it repeats by name ("Regular week",
    /// "Summer program"), to start a week from one.
    static func addStandingOrders(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE "standingOrder" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "siteId" TEXT NOT NULL REFERENCES "site"("id") ON DELETE CASCADE,
                    "name" TEXT NOT NULL CHECK (LENGTH("name") BETWEEN 1 AND 60),
                    "savedAt" TEXT NOT NULL,
                    "savedBy" TEXT NOT NULL,
                    UNIQUE ("siteId", "name")
                );
                CREATE TABLE "standingOrderLine" (
                    "standingOrderId" INTEGER NOT NULL REFERENCES "standingOrder"("id") ON DELETE CASCADE,
                    "productId" INTEGER NOT NULL REFERENCES "product"("id") ON DELETE RESTRICT,
                    "quantity" INTEGER NOT NULL CHECK ("quantity" > 0),
                    "unit" TEXT NOT NULL CHECK ("unit" IN ('case', 'each')),
                    "tolerance" INTEGER NOT NULL CHECK ("tolerance" >= 0),
                    PRIMARY KEY ("standingOrderId", "productId")
                ) WITHOUT ROWID;
                """)
    }
}
