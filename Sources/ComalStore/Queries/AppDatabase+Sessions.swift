import Foundation
import GRDB

extension AppDatabase {
    /// Stores a new session; the caller draws `id` and `csrfToken` from a secure random source.
    public func startSession(id: String, csrfToken: String, username: String, now: Date, expiresAt: Date) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT INTO session (id, username, csrfToken, expiresAt, lastSeenAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, username, csrfToken, Int(expiresAt.timeIntervalSince1970), Int(now.timeIntervalSince1970)])
        }
    }

    /// The live session with this id, or nil when it is unknown, past its absolute expiry, or was
    /// last used before `idleSince`. Using it counts as activity; the time is written at most once a
    /// minute, so that reading pages does not turn every request into a write.
    public func session(id: String, now: Date, idleSince: Date) throws -> Session? {
        let seconds = Int(now.timeIntervalSince1970)
        let found: (session: Session, lastSeen: Int)? = try read { db in
            let sql = """
                SELECT account.*, session.csrfToken, session.lastSeenAt FROM session JOIN account ON account.username = session.username
                WHERE session.id = ? AND session.expiresAt > ? AND session.lastSeenAt > ? AND NOT account.disabled
                """
            guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id, seconds, Int(idleSince.timeIntervalSince1970)])
            else { return nil }
            return (Session(id: id, account: try Self.account(row), csrfToken: row["csrfToken"]), row["lastSeenAt"])
        }
        if let found, seconds - found.lastSeen >= 60 {
            try pool.write { db in
                try db.execute(sql: "UPDATE session SET lastSeenAt = ? WHERE id = ?", arguments: [seconds, id])
            }
        }
        return found?.session
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

    /// The failed logins since `since` for this username, whatever the address, and from this
    /// address, whatever the username: a guesser is slowed down on both.
    public func loginFailures(username: String, address: String, since: Date) throws -> LoginFailures {
        try read { db in
            let since = Int(since.timeIntervalSince1970)
            func failures(_ column: String, _ value: String) throws -> LoginFailures.Count {
                let row = try Row.fetchOne(
                    db, sql: "SELECT count(*) AS n, max(at) AS latest FROM loginFailure WHERE \(column) = ? AND at > ?",
                    arguments: [value, since])
                return LoginFailures.Count(
                    failures: row?["n"] ?? 0,
                    latest: (row?["latest"] as Int?).map { Date(timeIntervalSince1970: TimeInterval($0)) })
            }
            return LoginFailures(account: try failures("username", username), address: try failures("address", address))
        }
    }

    /// Forgets a username's failures after it signs in, from whichever address they came.
    public func clearLoginFailures(username: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM loginFailure WHERE username = ?", arguments: [username])
        }
    }
}
