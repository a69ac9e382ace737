#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A range of IP addresses written as CIDR (`10.0.0.0/8`, `::1/128`), or one address alone, as
/// `--trusted-proxy` takes it. Parsed with `inet_pton`, so it accepts what the system does and
/// nothing looser: a typo in a proxy's range must stop the server, not trust someone else.
public struct AddressRange: Sendable, Equatable, CustomStringConvertible {
    /// The network's bytes with the host bits cleared: 4 for IPv4, 16 for IPv6.
    let network: [UInt8]
    let prefixLength: Int
    /// As the operator wrote it, for messages.
    public let description: String

    public init(parsing text: String) throws(AddressRangeError) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = Self.bytes(of: String(parts[0])) else { throw .malformed(text) }
        let bits = address.count * 8
        var length = bits
        if parts.count == 2 {
            guard parts[1].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isNumber), let parsed = Int(parts[1]),
                parsed <= bits
            else { throw .prefixOutOfRange(text, maximum: bits) }
            length = parsed
        }
        network = Self.masked(address, to: length)
        prefixLength = length
        description = text
    }

    /// Whether `address` lies in the range. An IPv4 peer seen through an IPv6 socket
    /// (`::ffff:10.1.2.3`) counts as its IPv4 address; anything that is not an address is outside.
    public func contains(_ address: String) -> Bool {
        guard var bytes = Self.bytes(of: address) else { return false }
        let mappedPrefix: [UInt8] = Array(repeating: 0, count: 10) + [0xff, 0xff]
        if bytes.count == 16, network.count == 4, Array(bytes.prefix(12)) == mappedPrefix { bytes = Array(bytes.suffix(4)) }
        return bytes.count == network.count && Self.masked(bytes, to: prefixLength) == network
    }

    /// The address's bytes in network order, or nil when `text` is not an IPv4 or IPv6 address.
    static func bytes(of text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    private static func masked(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let kept = min(max(length - index * 8, 0), 8)
            return kept == 0 ? 0 : byte & ~UInt8(0xff >> kept)
        }
    }
}

/// Why a `--trusted-proxy` or `COMAL_TRUSTED_PROXY` range was refused.
public enum AddressRangeError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case prefixOutOfRange(String, maximum: Int)

    public var description: String {
        switch self {
        case .malformed(let text):
            "\"\(text)\" is not an address range: write an IPv4 or IPv6 address with an optional /prefix, "
                + "such as 127.0.0.1/32, 10.0.0.0/8 or ::1/128"
        case .prefixOutOfRange(let text, let maximum):
            "\"\(text)\" is not an address range: the part after / is a prefix length from 0 to \(maximum)"
        }
    }
}
