import GRDB

extension AppDatabase {
    /// Brings a database made while `v5-api` or `v6-frozen-packs` still had their first shape to the
    /// shape they have now. Both were edited after they first shipped, and a migration that has run
    /// never runs again: `v5-api` first made `api_token` with snake_case columns, and
    /// `v6-frozen-packs` first left its indexes under the temporary table's names. On a database made
    /// since, this changes nothing.
    static func mendEditedMigrations(_ db: Database) throws {
        if try db.tableExists("api_token") {
            if try !db.tableExists("apiToken") { try createAPITokenTable(db) }
            try db.execute(
                sql: """
                    INSERT INTO apiToken (id, username, name, tokenHash, createdAt, lastUsedAt, revoked)
                    SELECT id, username, name, token_hash, created_at, last_used_at, revoked FROM api_token
                    """)
            try db.drop(table: "api_token")
        }
        for column in ["orderWindowId", "productId"] {
            try db.execute(sql: "DROP INDEX IF EXISTS frozenWindowPrice_on_\(column)")
            try db.create(
                index: "windowPrice_on_\(column)", on: "windowPrice", columns: [column], options: [.ifNotExists])
        }
    }
}
