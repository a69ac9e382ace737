import GRDB

extension AppDatabase {
    /// Migration `v24-reimbursement`: the CACFP rates the alliance loads from its rates file, and how
    /// each site claims, so that the web's menu pages can set a menu's food cost against what it pays back.
    static func addReimbursementTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE "reimbursementRate" (
                    "programYear" TEXT NOT NULL,
                    "siteKind" TEXT NOT NULL CHECK ("siteKind" IN ('center', 'home')),
                    "category" TEXT NOT NULL,
                    "meal" TEXT NOT NULL,
                    "cents" INTEGER NOT NULL CHECK ("cents" > 0),
                    "derived" BOOLEAN NOT NULL,
                    "source" TEXT NOT NULL,
                    PRIMARY KEY ("programYear", "siteKind", "category", "meal")
                ) WITHOUT ROWID;
                CREATE TABLE "claimingTerms" (
                    "siteId" TEXT PRIMARY KEY NOT NULL REFERENCES "site"("id") ON DELETE CASCADE,
                    "terms" TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
    }
}
