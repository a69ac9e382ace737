import ComalWeb
import Testing

/// `--trusted-proxy` ranges: what parses, what a range holds, and which address a request from a
/// proxy or from anyone else is counted under.
@Suite("Trusted proxies and the client's address")
struct TrustedProxiesTests {
    @Test(
        "A range holds the addresses under its prefix and nothing else",
        arguments: [
            ("127.0.0.1/32", "127.0.0.1", true), ("127.0.0.1/32", "127.0.0.2", false),
            ("10.0.0.0/8", "10.255.1.2", true), ("10.0.0.0/8", "11.0.0.1", false),
            ("192.168.4.0/22", "192.168.7.255", true), ("192.168.4.0/22", "192.168.8.0", false),
            ("10.1.2.3/8", "10.9.9.9", true), ("0.0.0.0/0", "203.0.113.7", true),
            ("::1/128", "::1", true), ("::1/128", "::2", false), ("::1", "::1", true),
            ("fd00::/8", "fd12:3456::1", true), ("fd00::/8", "fe80::1", false),
            ("2001:db8::/33", "2001:db8:7fff::1", true), ("2001:db8::/33", "2001:db8:8000::1", false),
            ("10.0.0.0/8", "::ffff:10.0.0.9", true), ("10.0.0.0/8", "::1", false), ("::/0", "10.0.0.1", false),
            ("127.0.0.1", "127.0.0.1", true), ("127.0.0.1/32", "unknown", false), ("127.0.0.1/32", "", false),
        ])
    func contains(range: String, address: String, inside: Bool) throws {
        #expect(try AddressRange(parsing: range).contains(address) == inside)
    }

    @Test(
        "A malformed range is refused with how to write one",
        arguments: [
            ("10.0.0/8", AddressRangeError.malformed("10.0.0/8")), ("", .malformed("")),
            ("localhost", .malformed("localhost")), ("10.0.0.0/8/8", .prefixOutOfRange("10.0.0.0/8/8", maximum: 32)),
            ("10.0.0.0/33", .prefixOutOfRange("10.0.0.0/33", maximum: 32)),
            ("::1/129", .prefixOutOfRange("::1/129", maximum: 128)), ("10.0.0.0/", .prefixOutOfRange("10.0.0.0/", maximum: 32)),
            ("10.0.0.0/-1", .prefixOutOfRange("10.0.0.0/-1", maximum: 32)),
            ("10.0.0.0/+8", .prefixOutOfRange("10.0.0.0/+8", maximum: 32)),
        ])
    func malformed(range: String, error: AddressRangeError) {
        #expect(throws: error) { try AddressRange(parsing: range) }
    }

    @Test func theMessageSaysHowToWriteARange() {
        #expect(AddressRangeError.malformed("10.0.0/8").description.contains("such as 127.0.0.1/32, 10.0.0.0/8 or ::1/128"))
        #expect(AddressRangeError.prefixOutOfRange("::1/129", maximum: 128).description.contains("from 0 to 128"))
    }

    static let proxies = TrustedProxies([try! AddressRange(parsing: "127.0.0.1/32"), try! AddressRange(parsing: "10.0.0.0/8")])

    @Test(
        "X-Forwarded-For counts only from a trusted peer, read from the right past the trusted hops",
        arguments: [
            // Anyone else's header is ignored: the peer is the client.
            ("203.0.113.9", ["198.51.100.1"], "203.0.113.9"),
            // The proxy appended the browser's address.
            ("127.0.0.1", ["203.0.113.7"], "203.0.113.7"),
            // The browser wrote a header of its own; only the right-most, the proxy's, counts.
            ("127.0.0.1", ["198.51.100.1, 203.0.113.7"], "203.0.113.7"),
            // Two trusted proxies in a row, header split over two fields.
            ("127.0.0.1", ["198.51.100.1, 203.0.113.7", "10.1.1.1"], "203.0.113.7"),
            // Every hop a trusted proxy: the left-most.
            ("127.0.0.1", ["10.2.2.2, 10.1.1.1"], "10.2.2.2"),
            // No header, an empty one, or a proxy that wrote something other than an address.
            ("127.0.0.1", [], "127.0.0.1"), ("127.0.0.1", [" , "], "127.0.0.1"),
            ("127.0.0.1", ["203.0.113.7, unknown"], "127.0.0.1"),
            ("::ffff:10.0.0.5", ["2001:db8::7"], "2001:db8::7"),
        ])
    func clientAddress(peer: String, forwardedFor: [String], client: String) {
        #expect(Self.proxies.clientAddress(peer: peer, forwardedFor: forwardedFor) == client)
    }

    @Test func withNoTrustedProxyTheHeaderNeverCounts() {
        #expect(TrustedProxies().clientAddress(peer: "127.0.0.1", forwardedFor: ["203.0.113.7"]) == "127.0.0.1")
    }
}
