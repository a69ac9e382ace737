import GRDB

extension AppDatabase {
    /// Migration `v10-account-limits`: sessions remember when they were last used, so that an idle
    /// one ends; API tokens get an expiry; failed logins are counted per address as well as per
    /// account, so the address needs its own index.
    ///
    /// Sessions and tokens made before the upgrade count from the upgrade: nobody is signed out by
    /// it, and a script's token keeps working for the 90 days a new one gets.
    static func addAccountLimits(_ db: Database) throws {
        try db.alter(table: "session") { t in t.add(column: "lastSeenAt", .integer) }
        try db.execute(sql: "UPDATE session SET lastSeenAt = CAST(strftime('%s', 'now') AS INTEGER)")
        try db.alter(table: "apiToken") { t in t.add(column: "expiresAt", .integer) }
        try db.execute(
            sql: "UPDATE apiToken SET expiresAt = CAST(strftime('%s', 'now') AS INTEGER) + ?",
            arguments: [APITokenLifetime.standardDays * 86_400])
        try db.create(index: "loginFailure_by_address", on: "loginFailure", columns: ["address", "at"])
    }
}
