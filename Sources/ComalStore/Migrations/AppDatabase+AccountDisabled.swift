import GRDB

extension AppDatabase {
    /// Migration `v9-account-disabled`: an account can be switched off without losing who it was
    /// in the audit log.
    static func addAccountDisabled(_ db: Database) throws {
        try db.alter(table: "account") { t in t.add(column: "disabled", .boolean).notNull().defaults(to: false) }
    }
}
