import ComalCore
import Foundation
import GRDB

/// Why a token could not be made or revoked, in words the admin can act on.
public enum APITokenError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownAccount(String)
    /// No live token of `username` has the label; `live` are the labels it does have.
    case unknownToken(username: String, name: String, live: [String])
    /// A lifetime outside `APITokenLifetime.allowedDays`.
    case lifetime(days: Int)

    public var description: String {
        switch self {
        case .unknownAccount(let name): "there is no account named \"\(name)\"; add it with comal user add"
        case .lifetime(let days):
            "a token lives from \(APITokenLifetime.allowedDays.lowerBound) to \(APITokenLifetime.allowedDays.upperBound) days, not \(days); issue a new one when it expires"
        case .unknownToken(let username, let name, let live):
            "\(username) has no live token labelled \"\(name)\"; "
                + (live.isEmpty
                    ? "it has no live tokens" : "its live tokens are labelled \(live.joined(separator: ", "))")
        }
    }
}

extension AppDatabase {
    /// Stores a new token's hash for `username` under the label `name`, good until `expiresAt`,
    /// and notes who issued it in the audit log.
    public func addAPIToken(
        username: String, name: String, tokenHash: String, issuedAt instant: Date, expiresAt: Date, actor: String,
        now: LocalDateTime
    ) throws {
        try pool.write { db in
            guard let canonical = try Self.storedUsername(db, username) else { throw APITokenError.unknownAccount(username) }
            try db.execute(
                sql: "INSERT INTO apiToken (username, name, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    canonical, name, tokenHash, Int(instant.timeIntervalSince1970), Int(expiresAt.timeIntervalSince1970),
                ])
            try Self.audit(
                db, at: now, actor: actor, window: nil, action: "account",
                detail: "\(canonical): API token \"\(name)\" issued")
        }
    }

    /// The account a live token with this hash belongs to, noting when it was used; nil when the
    /// hash is unknown, or the token was revoked or has expired.
    ///
    /// The use is noted at most once a minute, as a session's last sight is: a write on every call
    /// made each API read wait its turn for the one writer, for seconds while a consolidation wrote.
    public func accountForAPIToken(hash: String, now: Date) throws -> Account? {
        let seconds = Int(now.timeIntervalSince1970)
        let found: (account: Account, token: Int64, lastUsed: Int?)? = try read { db in
            let sql = """
                SELECT account.*, apiToken.id AS tokenId, apiToken.lastUsedAt AS tokenLastUsedAt
                FROM apiToken JOIN account ON account.username = apiToken.username
                WHERE apiToken.tokenHash = ? AND NOT apiToken.revoked AND NOT account.disabled
                AND (apiToken.expiresAt IS NULL OR apiToken.expiresAt > ?)
                """
            guard let row = try Row.fetchOne(db, sql: sql, arguments: [hash, seconds]) else { return nil }
            return (try Self.account(row), row["tokenId"], row["tokenLastUsedAt"])
        }
        if let found, found.lastUsed.map({ seconds - $0 >= 60 }) ?? true {
            try pool.write { db in
                try db.execute(sql: "UPDATE apiToken SET lastUsedAt = ? WHERE id = ?", arguments: [seconds, found.token])
            }
        }
        return found?.account
    }

    /// Revokes every live token of `username` labelled `name` (or all of its tokens when `name` is
    /// nil); returns how many were revoked. A revoked token stays listed, so its use can be traced.
    @discardableResult
    public func revokeAPITokens(username: String, name: String?, actor: String, now: LocalDateTime) throws -> Int {
        try pool.write { db in
            guard let canonical = try Self.storedUsername(db, username) else { throw APITokenError.unknownAccount(username) }
            try db.execute(
                sql: "UPDATE apiToken SET revoked = 1 WHERE username = ? AND NOT revoked AND (? IS NULL OR name = ?)",
                arguments: [canonical, name, name])
            let changed = db.changesCount
            if changed == 0, let name {
                let live = try String.fetchAll(
                    db, sql: "SELECT DISTINCT name FROM apiToken WHERE username = ? AND NOT revoked ORDER BY name",
                    arguments: [canonical])
                throw APITokenError.unknownToken(username: canonical, name: name, live: live)
            }
            let which = name.map { "API token \"\($0)\"" } ?? "every API token"
            try Self.audit(
                db, at: now, actor: actor, window: nil, action: "account",
                detail: "\(canonical): \(which) revoked (\(changed))")
            return changed
        }
    }

    /// Every token of `username`, newest first, revoked and expired ones included.
    public func apiTokens(username: String) throws -> [APITokenListing] {
        try read { db in
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM account WHERE username = ?", arguments: [username]) != nil
            else { throw APITokenError.unknownAccount(username) }
            func date(_ seconds: Int?) -> Date? { seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }
            return try Row.fetchAll(
                db, sql: "SELECT * FROM apiToken WHERE username = ? ORDER BY createdAt DESC, id DESC", arguments: [username]
            ).map {
                APITokenListing(
                    name: $0["name"], createdAt: date($0["createdAt"])!, lastUsedAt: date($0["lastUsedAt"]),
                    expiresAt: date($0["expiresAt"]), revoked: $0["revoked"])
            }
        }
    }
}
