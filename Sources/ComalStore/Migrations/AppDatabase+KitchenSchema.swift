import GRDB

extension AppDatabase {
    /// Migration `v22-kitchen`: kitchens from the alliance file, the counts satellites confirm, the
    /// temperatures logged on the way, and the receipts sites sign; and each site's infants under six
    /// months, which the meal pattern feeds apart from the older ones.
    static func addKitchenTables(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE "site" ADD COLUMN "enrollInfant0to5" INTEGER NOT NULL DEFAULT 0
                    CHECK ("enrollInfant0to5" >= 0 AND "enrollInfant0to5" <= "enrollInfant");
                CREATE TABLE "kitchen" (
                    "id" TEXT PRIMARY KEY NOT NULL,
                    "position" INTEGER NOT NULL,
                    "definition" TEXT NOT NULL
                );
                CREATE TABLE "kitchenCount" (
                    "siteId" TEXT NOT NULL REFERENCES "site"("id") ON DELETE CASCADE,
                    "date" TEXT NOT NULL,
                    "meal" TEXT NOT NULL,
                    "ageGroup" TEXT NOT NULL,
                    "servings" INTEGER NOT NULL CHECK ("servings" >= 0),
                    "confirmedBy" TEXT NOT NULL,
                    "confirmedAt" TEXT NOT NULL,
                    PRIMARY KEY ("siteId", "date", "meal", "ageGroup")
                ) WITHOUT ROWID;
                CREATE TABLE "kitchenTemperature" (
                    "kitchenId" TEXT NOT NULL,
                    "date" TEXT NOT NULL,
                    "siteId" TEXT NOT NULL REFERENCES "site"("id") ON DELETE CASCADE,
                    "stage" TEXT NOT NULL CHECK ("stage" IN ('departure', 'arrival')),
                    "temperature" TEXT NOT NULL CHECK ("temperature" IN ('hot', 'cold')),
                    "fahrenheit" TEXT NOT NULL,
                    "recordedBy" TEXT NOT NULL,
                    "recordedAt" TEXT NOT NULL,
                    PRIMARY KEY ("kitchenId", "date", "siteId", "stage", "temperature")
                ) WITHOUT ROWID;
                CREATE TABLE "kitchenReceipt" (
                    "siteId" TEXT NOT NULL REFERENCES "site"("id") ON DELETE CASCADE,
                    "date" TEXT NOT NULL,
                    "kitchenId" TEXT NOT NULL,
                    "receipt" TEXT NOT NULL,
                    "shortLines" INTEGER NOT NULL CHECK ("shortLines" >= 0),
                    "signedBy" TEXT NOT NULL,
                    "signedAt" TEXT NOT NULL,
                    PRIMARY KEY ("siteId", "date")
                ) WITHOUT ROWID;
                """)
    }
}
