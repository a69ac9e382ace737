import ComalCore
import Foundation
import GRDB

/// One account as the alliance's administrator sees it in the list.
public struct AccountListing: Sendable, Equatable {
    public var account: Account
    public var disabled: Bool
    /// API tokens not revoked.
    public var activeTokens: Int
}

extension AppDatabase {
    /// Migration `v9-account-disabled`: an account can be switched off without losing who it was
    /// in the audit log.
    static func addAccountDisabled(_ db: Database) throws {
        try db.alter(table: "account") { t in t.add(column: "disabled", .boolean).notNull().defaults(to: false) }
    }

    /// Every account, by username.
    public func accountListing() throws -> [AccountListing] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT account.*, (SELECT count(*) FROM apiToken WHERE apiToken.username = account.username AND NOT revoked) AS tokens
                    FROM account ORDER BY username
                    """
            ).map { AccountListing(account: try Self.account($0), disabled: $0["disabled"], activeTokens: $0["tokens"]) }
        }
    }

    /// Switches an account off or on. Switching off ends its sessions and revokes its API tokens in
    /// the same transaction, so that its next request, on a page or the API, is refused.
    public func setDisabled(_ disabled: Bool, username: String, actor: String, now: LocalDateTime) throws {
        try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT username, disabled FROM account WHERE username = ?", arguments: [username])
            else { throw AccountError.unknownAccount(username) }
            let canonical: String = row["username"]
            guard (row["disabled"] as Bool) != disabled else { return }
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE username = ?", arguments: [disabled, canonical])
            var detail = "\(canonical): \(disabled ? "disabled" : "enabled")"
            if disabled {
                try db.execute(sql: "DELETE FROM session WHERE username = ?", arguments: [canonical])
                try db.execute(sql: "UPDATE apiToken SET revoked = 1 WHERE username = ? AND NOT revoked", arguments: [canonical])
                detail += "; \(db.changesCount) API tokens revoked, sessions ended"
            }
            try Self.audit(db, at: now, actor: actor, window: nil, action: "account", detail: detail)
        }
    }
}
