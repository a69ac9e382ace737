import Crypto
import Foundation

/// A fingerprint of what a reader last saw of a site's order or menu. A change made with the
/// version it was based on is refused, inside the write's transaction, when the stored content has
/// since become another version, so that two people editing the same order or menu never silently
/// overwrite each other. The API sends it as an `ETag`; the pages keep it in a hidden form field.
public struct ContentVersion: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// The version of `content`: the first 128 bits of its SHA-256, in hex.
    public init(of content: String) {
        let digits = Array("0123456789abcdef".utf8)
        rawValue = String(
            decoding: SHA256.hash(data: Data(content.utf8)).prefix(16).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xf)]] },
            as: UTF8.self)
    }

    /// A version a client sent back, if it has the form of one.
    public init?(rawValue: String) {
        guard rawValue.count == 32, rawValue.allSatisfy(\.isHexDigit) else { return nil }
        self.rawValue = rawValue.lowercased()
    }

    public var description: String { rawValue }
}
