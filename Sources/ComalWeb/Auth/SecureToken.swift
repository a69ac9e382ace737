/// Random tokens for session ids and CSRF tokens, and a comparison that takes the same time
/// however many leading characters match, so that a guesser learns nothing from timing.
enum SecureToken {
    /// 32 random bytes from the system's secure generator, as 64 hex digits.
    static func make() -> String { random(bytes: 32) }

    /// A short random reference (8 hex digits) that ties an error page to its line in the log.
    static func reference() -> String { random(bytes: 4) }

    private static func random(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// Bytes as lowercase hex digits, two per byte.
    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    static func matches(_ given: String?, _ expected: String) -> Bool {
        guard let given, !expected.isEmpty else { return false }
        let (a, b) = (Array(given.utf8), Array(expected.utf8))
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
