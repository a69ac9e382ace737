import GRDB

extension AppDatabase {
    /// Migration `v21-catch-weight`: a catch-weight product keeps the supplier's price per pound
    /// and the case weight its case price was worked out from (frozen with the window's prices), and
    /// receiving records the weight delivered, so the bill follows the pounds that came.
    static func addCatchWeightTerms(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE "product" ADD COLUMN "pricePerPoundCents" INTEGER CHECK ("pricePerPoundCents" IS NULL OR "pricePerPoundCents" > 0);
                ALTER TABLE "product" ADD COLUMN "caseWeight" TEXT;
                ALTER TABLE "windowPrice" ADD COLUMN "pricePerPoundCents" INTEGER;
                ALTER TABLE "windowPrice" ADD COLUMN "caseWeight" TEXT;
                CREATE TABLE "receivedWeight" (
                    "orderWindowId" INTEGER NOT NULL REFERENCES "orderWindow"("id") ON DELETE CASCADE,
                    "productId" INTEGER NOT NULL REFERENCES "product"("id") ON DELETE RESTRICT,
                    "pounds" TEXT NOT NULL,
                    PRIMARY KEY ("orderWindowId", "productId")
                ) WITHOUT ROWID;
                """)
    }
}
