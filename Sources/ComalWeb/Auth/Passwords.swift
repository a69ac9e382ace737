import ComalCore
import ComalStore
import HummingbirdBcrypt
import NIOPosix

/// Passwords: hashed with bcrypt before they reach the store, and checked on a thread of their own
/// because bcrypt is slow on purpose.
public enum Passwords {
    /// bcrypt's work factor for new hashes; a login takes a few hundred milliseconds at 12.
    public static let defaultCost: UInt8 = 12
    public static let minimumLength = 8
    /// bcrypt reads only the first 72 bytes of a password: a longer one would match every password
    /// that starts the same, so it is refused rather than cut short without a word.
    public static let largestBytes = 72

    /// Creates an account (what `comal user add` runs).
    public static func addAccount(
        _ account: Account, password: String, cost: UInt8 = defaultCost, actor: String, now: LocalDateTime,
        to database: AppDatabase
    ) throws {
        try check(password)
        try database.addAccount(account, passwordHash: Bcrypt.hash(password, cost: cost), actor: actor, now: now)
    }

    /// Gives an account a new password (what `comal user reset-password` runs); its sessions end.
    public static func resetPassword(
        username: String, password: String, cost: UInt8 = defaultCost, actor: String, now: LocalDateTime,
        in database: AppDatabase
    ) throws {
        try check(password)
        try database.resetPassword(
            username: username, passwordHash: Bcrypt.hash(password, cost: cost), actor: actor, now: now)
    }

    /// Refuses a password too short to resist guessing, or too long for bcrypt to read whole.
    static func check(_ password: String) throws(PasswordError) {
        guard password.count >= minimumLength else { throw .tooShort(minimum: minimumLength) }
        guard password.utf8.count <= largestBytes else { throw .tooLong(largestBytes: largestBytes) }
    }

    static func verify(_ password: String, hash: String) async -> Bool {
        await hashing { Bcrypt.verify(password, hash: hash) }
    }

    static func hash(_ password: String, cost: UInt8) async -> String {
        await hashing { Bcrypt.hash(password, cost: cost) }
    }

    /// One thread of its own for bcrypt, in the background: a burst of logins queues there, taking
    /// one core at most, and yields it to the pages of people already signed in.
    private static let hashingThread = NIOThreadPool.startedInBackground()

    private static func hashing<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { finished in
            // Never stopped, so the work always runs, even when told the pool is stopping.
            hashingThread.submit { _ in finished.resume(returning: work()) }
        }
    }
}

/// Why a password was refused.
public enum PasswordError: Error, Equatable, CustomStringConvertible {
    case tooShort(minimum: Int)
    case tooLong(largestBytes: Int)

    public var description: String {
        switch self {
        case .tooShort(let minimum): "the password needs at least \(minimum) characters"
        case .tooLong(let largest):
            "the password may have at most \(largest) bytes (\(largest) plain letters, fewer accented ones); choose a shorter passphrase"
        }
    }
}
