import ComalCore
import Foundation
import GRDB

/// One account as the alliance's administrator sees it in the list.
public struct AccountListing: Sendable, Equatable {
    public var account: Account
    public var disabled: Bool
    /// API tokens neither revoked nor expired.
    public var activeTokens: Int
    /// Failed sign-ins since the time asked about, which slow down the next try.
    public var recentFailures: Int
}

extension AppDatabase {
    /// Every account, by username, with its failed sign-ins since `failuresSince`.
    public func accountListing(now: Date, failuresSince: Date) throws -> [AccountListing] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT account.*,
                        (SELECT count(*) FROM apiToken WHERE apiToken.username = account.username AND NOT revoked
                            AND (expiresAt IS NULL OR expiresAt > :now)) AS tokens,
                        (SELECT count(*) FROM loginFailure WHERE loginFailure.username = account.username AND at > :since) AS failures
                    FROM account ORDER BY username
                    """,
                arguments: ["now": Int(now.timeIntervalSince1970), "since": Int(failuresSince.timeIntervalSince1970)]
            ).map {
                AccountListing(
                    account: try Self.account($0), disabled: $0["disabled"], activeTokens: $0["tokens"],
                    recentFailures: $0["failures"])
            }
        }
    }

    /// Switches an account off or on. Switching off ends its sessions and revokes its API tokens in
    /// the same transaction, so that its next request, on a page or the API, is refused.
    public func setDisabled(_ disabled: Bool, username: String, actor: String, now: LocalDateTime) throws {
        try changeAccount(username, actor: actor, now: now) { db, canonical in
            guard try Bool.fetchOne(db, sql: "SELECT disabled FROM account WHERE username = ?", arguments: [canonical])
                != disabled
            else { return nil }
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE username = ?", arguments: [disabled, canonical])
            guard disabled else { return "enabled" }
            try db.execute(sql: "DELETE FROM session WHERE username = ?", arguments: [canonical])
            try db.execute(sql: "UPDATE apiToken SET revoked = 1 WHERE username = ? AND NOT revoked", arguments: [canonical])
            return "disabled; \(db.changesCount) API tokens revoked, sessions ended"
        }
    }

    /// Gives an account a new password and ends its sessions, so that whoever knew the old one is
    /// signed out; its failed sign-ins are forgotten. API tokens are kept: they are not passwords.
    public func resetPassword(username: String, passwordHash: String, actor: String, now: LocalDateTime) throws {
        try changeAccount(username, actor: actor, now: now) { db, canonical in
            try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE username = ?", arguments: [passwordHash, canonical])
            try db.execute(sql: "DELETE FROM session WHERE username = ?", arguments: [canonical])
            try db.execute(sql: "DELETE FROM loginFailure WHERE username = ?", arguments: [canonical])
            return "password reset, sessions ended"
        }
    }

    /// Moves an account to another role (and site, for a director or cook). Its sessions carry on:
    /// every request reads the role afresh, so the change holds from the next page.
    public func setRole(
        _ role: Account.Role, site: Site.ID?, username: String, actor: String, now: LocalDateTime
    ) throws {
        try changeAccount(username, actor: actor, now: now) { db, canonical in
            try Self.checkSite(site, for: role, db)
            try db.execute(
                sql: "UPDATE account SET role = ?, siteId = ? WHERE username = ?",
                arguments: [role.rawValue, site?.rawValue, canonical])
            return "role set to \(role.rawValue)\(site.map { " of \($0)" } ?? "")"
        }
    }

    /// Forgets an account's failed sign-ins, so that its owner need not wait out the delay; with none
    /// to forget, nothing is written to the audit log.
    public func clearLoginFailures(username: String, actor: String, now: LocalDateTime) throws {
        try changeAccount(username, actor: actor, now: now) { db, canonical in
            try db.execute(sql: "DELETE FROM loginFailure WHERE username = ?", arguments: [canonical])
            return db.changesCount == 0 ? nil : "\(db.changesCount) failed sign-ins cleared"
        }
    }

    /// Runs one change to an existing account and its audit entry in one transaction; a change
    /// that finds nothing to do returns nil and leaves no entry.
    private func changeAccount(
        _ username: String, actor: String, now: LocalDateTime, _ change: (Database, String) throws -> String?
    ) throws {
        try pool.write { db in
            guard let canonical = try Self.storedUsername(db, username) else { throw AccountError.unknownAccount(username) }
            guard let detail = try change(db, canonical) else { return }
            try Self.audit(db, at: now, actor: actor, window: nil, action: "account", detail: "\(canonical): \(detail)")
        }
    }
}
