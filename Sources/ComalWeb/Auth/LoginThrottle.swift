import ComalStore
import Foundation

/// How failed sign-ins slow down the next try: a few are free, then each one doubles the wait
/// before the next, up to a cap.
///
/// A wait rather than a lock-out: the cap on an account is short, so that a stranger guessing at a
/// director's password can make her wait a minute at most, never lock her out of Monday's order.
/// The cap on an address is longer, since only the guesser sits behind it (with `--trusted-proxy`
/// set, the address is the client's, not the proxy's).
public struct LoginThrottle: Sendable, Equatable {
    /// Failures before any wait.
    public var freeFailures: Int
    /// The wait after the first failure past the free ones.
    public var firstWait: TimeInterval
    /// The longest wait, however many failures.
    public var longestWait: TimeInterval
    /// How long a failure counts; after a quiet hour the next try starts afresh.
    public static let memory: TimeInterval = 3600

    public static let perAccount = LoginThrottle(freeFailures: 3, firstWait: 5, longestWait: 60)
    public static let perAddress = LoginThrottle(freeFailures: 10, firstWait: 5, longestWait: 5 * 60)

    public init(freeFailures: Int, firstWait: TimeInterval, longestWait: TimeInterval) {
        self.freeFailures = freeFailures
        self.firstWait = firstWait
        self.longestWait = longestWait
    }

    /// When the next try may come, after these failures; nil when it may come now or at any time.
    func nextTry(after recent: LoginFailures.Count) -> Date? {
        let past = recent.failures - freeFailures
        guard past > 0, let latest = recent.latest else { return nil }
        // 2^20 × a few seconds is past any cap; stopping there keeps the power finite.
        let wait = min(firstWait * pow(2, Double(min(past - 1, 20))), longestWait)
        return latest + wait
    }
}
