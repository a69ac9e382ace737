import GRDB

extension AppDatabase {
    /// Migration `v23-kitchen-role`: the shared kitchen's staff sign in to see the day's batch, tickets,
    /// labels and temperature log and to record departure temperatures. `account` is rebuilt with
    /// `kitchen` among the roles its check allows (SQLite cannot change a check), every account, session
    /// and token kept; kitchen staff, like drivers, work for the whole alliance rather than one site.
    static func addKitchenRole(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE "newAccount" (
                    "username" TEXT PRIMARY KEY NOT NULL CHECK (LENGTH("username") > 0) COLLATE NOCASE,
                    "passwordHash" TEXT NOT NULL,
                    "role" TEXT NOT NULL CHECK ("role" IN ('admin', 'buyer', 'director', 'cook', 'driver', 'kitchen')),
                    "siteId" TEXT REFERENCES "site"("id") ON DELETE RESTRICT,
                    "language" TEXT NOT NULL CHECK ("language" IN ('en', 'es')) DEFAULT 'en',
                    "disabled" BOOLEAN NOT NULL DEFAULT 0,
                    CHECK ((role IN ('director', 'cook')) = (siteId IS NOT NULL))
                );
                INSERT INTO "newAccount" ("username", "passwordHash", "role", "siteId", "language", "disabled")
                    SELECT "username", "passwordHash", "role", "siteId", "language", "disabled" FROM "account";
                DROP TABLE "account";
                ALTER TABLE "newAccount" RENAME TO "account";
                CREATE INDEX "account_on_siteId" ON "account"("siteId");
                """)
    }
}
