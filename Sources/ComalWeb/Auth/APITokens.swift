import ComalCore
import ComalStore
import Foundation

/// Making and checking the JSON API's bearer tokens: 256 random bits shown once, stored as SHA-256.
public enum APITokens {
    /// A new token for `username`, labelled `name`, good for `days`; the caller shows it once, the
    /// database keeps only its hash.
    public static func issue(
        username: String, name: String, days: Int = APITokenLifetime.standardDays, actor: String, now: LocalDateTime,
        at instant: Date = Date(), to database: AppDatabase
    ) throws -> String {
        guard APITokenLifetime.allowedDays.contains(days) else { throw APITokenError.lifetime(days: days) }
        let token = SecureToken.make()
        try database.addAPIToken(
            username: username, name: name, tokenHash: hash(token), issuedAt: instant,
            expiresAt: instant + TimeInterval(days) * 86_400, actor: actor, now: now)
        return token
    }

    /// The token as stored.
    public static func hash(_ token: String) -> String { TokenDigest.hex(token) }
}
