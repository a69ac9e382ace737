import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    /// Creates an account with an already-hashed password; the store never sees a plain password.
    public func addAccount(_ account: Account, passwordHash: String, actor: String, now: LocalDateTime) throws {
        let allowed = account.username.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        guard allowed, Account.usernameLength.contains(account.username.count) else {
            throw AccountError.invalidUsername(account.username)
        }
        try pool.write { db in
            try Self.checkSite(account.site, for: account.role, db)
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM account WHERE username = ?", arguments: [account.username]) == nil
            else { throw AccountError.duplicateUsername(account.username) }
            try db.execute(
                sql: "INSERT INTO account (username, passwordHash, role, siteId, language) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    account.username, passwordHash, account.role.rawValue, account.site?.rawValue,
                    account.language.rawValue,
                ])
            try Self.audit(
                db, at: now, actor: actor, window: nil, action: "account",
                detail: "\(account.username): added as \(account.role.rawValue)\(account.site.map { " of \($0)" } ?? "")")
        }
    }

    /// The account and its password hash, to check a login against; nil for a disabled account,
    /// which signs in no more than an unknown one.
    public func accountForLogin(username: String) throws -> (account: Account, passwordHash: String)? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM account WHERE username = ? AND NOT disabled", arguments: [username])
            else { return nil }
            return (try Self.account(row), row["passwordHash"])
        }
    }

    /// Remembers the language a user chose, for every later page.
    public func setLanguage(_ language: Language, username: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE account SET language = ? WHERE username = ?", arguments: [language.rawValue, username])
        }
    }

    /// A director or cook works for one existing site, the alliance's staff for none.
    static func checkSite(_ site: Site.ID?, for role: Account.Role, _ db: Database) throws {
        if role.isSiteRole, site == nil { throw AccountError.siteRequired(role) }
        if !role.isSiteRole, site != nil { throw AccountError.siteNotAllowed(role) }
        if let site, try !SiteRecord.exists(db, key: site.rawValue) { throw AccountError.unknownSite(site) }
    }

    /// The username as the account was created (names match whatever their case), or nil when no
    /// account has it.
    static func storedUsername(_ db: Database, _ username: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT username FROM account WHERE username = ?", arguments: [username])
    }

    static func account(_ row: Row) throws -> Account {
        let languageText: String = row["language"]
        return Account(
            username: row["username"], role: try Account.Role(stored: row["role"], table: "account", column: "role"),
            site: (row["siteId"] as String?).map(Site.ID.init), language: Language(rawValue: languageText) ?? .english)
    }
}
