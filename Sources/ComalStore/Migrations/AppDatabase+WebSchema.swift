import GRDB

extension AppDatabase {
    /// Accounts, their sessions and failed logins, and which sites have submitted their order:
    /// what the web app adds to the schema (migration "v2-web").
    static func createWebTables(_ db: Database) throws {
        try db.create(table: "account") { t in
            t.primaryKey("username", .text).collate(.nocase).check { length($0) > 0 }
            t.column("passwordHash", .text).notNull()
            t.column("role", .text).notNull().check { ["admin", "buyer", "director", "cook"].contains($0) }
            t.belongsTo("site", onDelete: .restrict)
            t.column("language", .text).notNull().defaults(to: "en").check { ["en", "es"].contains($0) }
            // A director or cook works for exactly one site; the alliance's staff for none.
            t.check(sql: "(role IN ('director', 'cook')) = (siteId IS NOT NULL)")
        }
        try db.create(table: "session") { t in
            t.primaryKey("id", .text)
            t.column("username", .text).notNull().references("account", onDelete: .cascade)
            t.column("csrfToken", .text).notNull()
            // Seconds since 1970: sessions expire in real time, not in the alliance's local time.
            t.column("expiresAt", .integer).notNull()
        }
        try db.create(table: "loginFailure") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("username", .text).notNull().collate(.nocase)
            t.column("address", .text).notNull()
            t.column("at", .integer).notNull()
        }
        try db.create(index: "loginFailure_by_username_address", on: "loginFailure", columns: ["username", "address", "at"])
        try db.create(table: "orderSubmission") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("site", onDelete: .restrict).notNull()
            t.column("submittedAt", .text).notNull()
            t.column("submittedBy", .text).notNull()
            t.primaryKey(["orderWindowId", "siteId"])
        }
    }
}
