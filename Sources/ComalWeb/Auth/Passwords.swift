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

    /// Whether `password` is the one `hash` was made from; nil when the check could not begin by
    /// `deadline`, the server being too busy with the sign-ins before it. Past that the person has
    /// likely given up, and a check no one waits for would only delay the ones behind it.
    static func verify(
        _ password: String, hash: String, startingBy deadline: ContinuousClock.Instant, at priority: BackgroundPriority
    ) async -> Bool? {
        await hashing(at: priority) { ContinuousClock.now > deadline ? nil : Bcrypt.verify(password, hash: hash) }
    }

    /// A hash of a random password, checked against for a name that has no account so that the
    /// answer takes as long. Made while the server starts, on the starting thread: it is not ready
    /// before, and the hashing thread would keep it waiting as long as a busy machine wants the CPU.
    static func decoyHash(cost: UInt8) -> String {
        Bcrypt.hash(SecureToken.make(), cost: cost)
    }

    static func hash(_ password: String, cost: UInt8, at priority: BackgroundPriority) async -> String {
        await hashing(at: priority) { Bcrypt.hash(password, cost: cost) }
    }

    /// One thread of its own for bcrypt, in the background: a burst of logins queues there, taking
    /// one core at most, and yields it to the pages of people already signed in.
    static let hashingThread = NIOThreadPool.started(threads: 1)

    private static func hashing<Value: Sendable>(
        at priority: BackgroundPriority, _ work: @escaping @Sendable () -> Value
    ) async -> Value {
        await withCheckedContinuation { finished in
            hashingThread.submit(at: priority) { finished.resume(returning: work()) }
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
