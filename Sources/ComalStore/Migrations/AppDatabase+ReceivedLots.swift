import GRDB

extension AppDatabase {
    /// Migration `v18-lots-and-notes`: receiving records the lot numbers (and pack dates) that
    /// arrived of each product, so that a recall names the sites that got a lot; a driver's stop
    /// event may carry a note ("left with the cook, box crushed on one side").
    static func addReceivedLotsAndNotes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE "receivedLot" (
                    "orderWindowId" INTEGER NOT NULL REFERENCES "orderWindow"("id") ON DELETE CASCADE,
                    "productId" INTEGER NOT NULL REFERENCES "product"("id") ON DELETE RESTRICT,
                    "lot" TEXT NOT NULL CHECK (LENGTH("lot") BETWEEN 1 AND 60),
                    "packDate" TEXT,
                    PRIMARY KEY ("orderWindowId", "productId", "lot")
                ) WITHOUT ROWID;
                CREATE INDEX "receivedLot_on_lot" ON "receivedLot"("lot" COLLATE NOCASE);
                ALTER TABLE "deliveryEvent" ADD COLUMN "note" TEXT;
                """)
    }
}
