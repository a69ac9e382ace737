import GRDB

extension AppDatabase {
    /// Migration `v17-driver-role`: drivers sign in to follow their route on a phone and record each
    /// stop. `account` is rebuilt with `driver` among the roles its check allows (SQLite cannot
    /// change a check), every account, session and token kept; a driver, like the staff, works for
    /// the whole alliance rather than one site.
    static func addDriverRole(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE "newAccount" (
                    "username" TEXT PRIMARY KEY NOT NULL CHECK (LENGTH("username") > 0) COLLATE NOCASE,
                    "passwordHash" TEXT NOT NULL,
                    "role" TEXT NOT NULL CHECK ("role" IN ('admin', 'buyer', 'director', 'cook', 'driver')),
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
