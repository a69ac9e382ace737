import GRDB

extension AppDatabase {
    /// Migration `v20-plan-vehicles`: a plan keeps the vehicles and road estimate it was made with,
    /// so that the buyer can move a stop to another route and have its times and loads checked
    /// against the same trucks. A plan saved before has none: it is planned again to move stops.
    static func addPlanVehicles(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE "deliveryPlanFleet" (
                    "orderWindowId" INTEGER PRIMARY KEY NOT NULL REFERENCES "orderWindow"("id") ON DELETE CASCADE,
                    "vehicles" TEXT NOT NULL,
                    "roadFactor" REAL NOT NULL,
                    "speed" REAL NOT NULL
                );
                """)
    }
}
