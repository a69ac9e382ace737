import Foundation

/// Recent failed logins, counted for the account tried and for the address trying: throttling
/// looks at both, so that neither many addresses on one account nor one address on many accounts
/// can guess fast.
public struct LoginFailures: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var failures: Int
        /// The most recent failure; nil when there is none.
        public var latest: Date?

        public init(failures: Int, latest: Date?) {
            self.failures = failures
            self.latest = latest
        }
    }

    public var account: Count
    public var address: Count

    public init(account: Count, address: Count) {
        self.account = account
        self.address = address
    }
}
