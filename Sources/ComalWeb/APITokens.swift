import ComalStore
import Foundation

/// Making and checking the JSON API's bearer tokens: 256 random bits shown once, stored as SHA-256.
public enum APITokens {
    /// A new token for `username`, labelled `name`; the caller shows it once, the database keeps
    /// only its hash.
    public static func issue(username: String, name: String, to database: AppDatabase, now: Date = Date()) throws -> String {
        let token = SecureToken.make()
        try database.addAPIToken(username: username, name: name, tokenHash: hash(token), now: now)
        return token
    }

    /// The token as stored.
    public static func hash(_ token: String) -> String { TokenDigest.hex(token) }
}
