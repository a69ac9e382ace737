import GRDB

extension AppDatabase {
    /// "v3-delivery": a window's planned routes, one row per site on or off a route, and what
    /// happened at each stop, so tracking and invoices can refer to the plan.
    static func createDeliveryTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE deliveryRoute (
                    orderWindowId INTEGER NOT NULL REFERENCES orderWindow(id) ON DELETE CASCADE,
                    vehicleId TEXT NOT NULL,
                    vehicleName TEXT NOT NULL,
                    departure TEXT NOT NULL,
                    returnTime TEXT NOT NULL,
                    metres INTEGER NOT NULL,
                    PRIMARY KEY (orderWindowId, vehicleId)
                );
                CREATE TABLE deliveryStop (
                    orderWindowId INTEGER NOT NULL REFERENCES orderWindow(id) ON DELETE CASCADE,
                    siteId TEXT NOT NULL REFERENCES site(id),
                    vehicleId TEXT,
                    sequence INTEGER,
                    arrival TEXT,
                    unservedReason TEXT,
                    PRIMARY KEY (orderWindowId, siteId)
                );
                CREATE TABLE deliveryEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    orderWindowId INTEGER NOT NULL REFERENCES orderWindow(id) ON DELETE CASCADE,
                    siteId TEXT NOT NULL REFERENCES site(id),
                    kind TEXT NOT NULL,
                    productId INTEGER REFERENCES product(id),
                    eaches INTEGER,
                    reason TEXT,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL
                );
                """)
    }
}
