import Foundation
import GRDB

extension AppDatabase {
    /// Stores a new session; the caller draws `id` and `csrfToken` from a secure random source.
    public func startSession(id: String, csrfToken: String, username: String, expiresAt: Date) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT INTO session (id, username, csrfToken, expiresAt) VALUES (?, ?, ?, ?)",
                arguments: [id, username, csrfToken, Int(expiresAt.timeIntervalSince1970)])
        }
    }

    /// The live session with this id, or nil when it is unknown or has expired at `now`.
    public func session(id: String, now: Date) throws -> Session? {
        try pool.read { db in
            let sql = """
                SELECT account.*, session.csrfToken FROM session JOIN account ON account.username = session.username
                WHERE session.id = ? AND session.expiresAt > ? AND NOT account.disabled
                """
            guard let row = try Row.fetchOne(db, sql: sql, arguments: [id, Int(now.timeIntervalSince1970)]) else {
                return nil
            }
            return Session(id: id, account: try Self.account(row), csrfToken: row["csrfToken"])
        }
    }

    /// Ends a session (log out), and drops every expired one while at it.
    public func endSession(id: String, now: Date) throws {
        try pool.write { db in
            try db.execute(
                sql: "DELETE FROM session WHERE id = ? OR expiresAt <= ?",
                arguments: [id, Int(now.timeIntervalSince1970)])
        }
    }

    /// Records a failed login, for throttling guessers.
    public func recordLoginFailure(username: String, address: String, at instant: Date) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT INTO loginFailure (username, address, at) VALUES (?, ?, ?)",
                arguments: [username, address, Int(instant.timeIntervalSince1970)])
        }
    }

    /// How many logins failed for this username from this address since `since`.
    public func loginFailures(username: String, address: String, since: Date) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM loginFailure WHERE username = ? AND address = ? AND at > ?",
                arguments: [username, address, Int(since.timeIntervalSince1970)]) ?? 0
        }
    }

    /// Forgets the failures of a username and address after a successful login.
    public func clearLoginFailures(username: String, address: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "DELETE FROM loginFailure WHERE username = ? AND address = ?", arguments: [username, address])
        }
    }
}
