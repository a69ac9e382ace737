import GRDB

extension AppDatabase {
    /// The API's tokens (migration "v5-api"): the token itself is never stored, only its hex SHA-256.
    static func createAPITokenTable(_ db: Database) throws {
        try db.create(table: "apiToken") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("username", .text).notNull().references("account", onDelete: .cascade)
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.column("tokenHash", .text).notNull().unique().check { length($0) == 64 }
            // Seconds since 1970, like sessions: tokens live in real time.
            t.column("createdAt", .integer).notNull()
            t.column("lastUsedAt", .integer)
            t.column("revoked", .boolean).notNull().defaults(to: false)
        }
        try db.create(index: "apiTokenByUsername", on: "apiToken", columns: ["username"])
    }
}
