import Foundation

/// One API token as its owner and the buyer see it: never the token, only its label and dates.
public struct APITokenListing: Sendable, Equatable {
    public enum State: String, Sendable {
        case live, expired, revoked
    }

    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    /// Nil only for a token a pre-`v10` database held and that has not been upgraded yet.
    public var expiresAt: Date?
    public var revoked: Bool

    public func state(at now: Date) -> State {
        if revoked { return .revoked }
        if let expiresAt, expiresAt <= now { return .expired }
        return .live
    }
}

/// How long a new API token lives: 90 days unless its issuer picks otherwise, at most a year, so
/// that a token forgotten in a script stops working on its own.
public enum APITokenLifetime {
    public static let standardDays = 90
    public static let allowedDays = 1...366
}
