import Foundation
import GRDB

/// A token a script or another program signs in to the JSON API with; only its SHA-256 is stored.
public struct APITokenInfo: Hashable, Sendable {
    public var id: Int64
    public var username: String
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revoked: Bool
}

/// Why a token could not be made or revoked, in words the admin can act on.
public enum APITokenError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownAccount(String)
    case unknownToken(username: String, name: String)

    public var description: String {
        switch self {
        case .unknownAccount(let name): "there is no account named \"\(name)\"; add it with comal user add"
        case .unknownToken(let username, let name):
            "\(username) has no live token labelled \"\(name)\"; comal user tokens \(username) lists them"
        }
    }
}

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

    /// Stores a new token's hash for `username` under the label `name`.
    public func addAPIToken(username: String, name: String, tokenHash: String, now: Date) throws -> APITokenInfo {
        try pool.write { db in
            guard
                let canonical = try String.fetchOne(
                    db, sql: "SELECT username FROM account WHERE username = ?", arguments: [username])
            else { throw APITokenError.unknownAccount(username) }
            try db.execute(
                sql: "INSERT INTO apiToken (username, name, tokenHash, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [canonical, name, tokenHash, Int(now.timeIntervalSince1970)])
            return APITokenInfo(
                id: db.lastInsertedRowID, username: canonical, name: name,
                createdAt: Date(timeIntervalSince1970: Double(Int(now.timeIntervalSince1970))), lastUsedAt: nil,
                revoked: false)
        }
    }

    /// The account a live token with this hash belongs to, noting when it was used; nil when the
    /// hash is unknown or the token was revoked.
    public func accountForAPIToken(hash: String, now: Date) throws -> Account? {
        try pool.write { db in
            let sql = """
                SELECT account.*, apiToken.id AS tokenId FROM apiToken JOIN account ON account.username = apiToken.username
                WHERE apiToken.tokenHash = ? AND NOT apiToken.revoked
                """
            guard let row = try Row.fetchOne(db, sql: sql, arguments: [hash]) else { return nil }
            try db.execute(
                sql: "UPDATE apiToken SET lastUsedAt = ? WHERE id = ?",
                arguments: [Int(now.timeIntervalSince1970), row["tokenId"] as Int64])
            return try Self.account(row)
        }
    }

    /// Revokes every live token of `username` labelled `name` (or all of its tokens when `name` is
    /// nil); returns how many were revoked. A revoked token stays listed, so its use can be traced.
    @discardableResult
    public func revokeAPITokens(username: String, name: String?) throws -> Int {
        try pool.write { db in
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM account WHERE username = ?", arguments: [username]) != nil
            else { throw APITokenError.unknownAccount(username) }
            try db.execute(
                sql: "UPDATE apiToken SET revoked = 1 WHERE username = ? AND NOT revoked AND (? IS NULL OR name = ?)",
                arguments: [username, name, name])
            let changed = db.changesCount
            if changed == 0, let name { throw APITokenError.unknownToken(username: username, name: name) }
            return changed
        }
    }

    /// Every token of `username`, oldest first.
    public func apiTokens(username: String) throws -> [APITokenInfo] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM apiToken WHERE username = ? ORDER BY id", arguments: [username]).map {
                row in
                APITokenInfo(
                    id: row["id"], username: row["username"], name: row["name"],
                    createdAt: Date(timeIntervalSince1970: Double(row["createdAt"] as Int)),
                    lastUsedAt: (row["lastUsedAt"] as Int?).map { Date(timeIntervalSince1970: Double($0)) },
                    revoked: row["revoked"])
            }
        }
    }
}
