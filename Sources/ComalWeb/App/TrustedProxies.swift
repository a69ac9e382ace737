import Foundation

/// The reverse proxies (Caddy, nginx) whose `X-Forwarded-For` header is believed, so that login
/// throttling and the request log see the browser's address rather than the proxy's. A header
/// from any other peer is ignored: anyone can write one, and believing it would let a guesser
/// pick a fresh address for every login attempt.
public struct TrustedProxies: Sendable, Equatable {
    public var ranges: [AddressRange]

    public init(_ ranges: [AddressRange] = []) { self.ranges = ranges }

    public func trusts(_ address: String) -> Bool { ranges.contains { $0.contains(address) } }

    /// The client's address for a request from `peer` carrying these `X-Forwarded-For` values.
    ///
    /// Each proxy appends the address it was connected from, so the entries are read from the
    /// right: the first one that is not itself a trusted proxy is the client. Entries left of it
    /// were written by the client and prove nothing. When every entry is a trusted proxy, the
    /// left-most is the nearest thing to a client; when the chosen entry is not an address (a
    /// proxy set up wrong), the peer's own address is used.
    public func clientAddress(peer: String, forwardedFor headerValues: [String]) -> String {
        guard trusts(peer) else { return peer }
        let hops = headerValues.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let client = hops.last(where: { !trusts($0) }) ?? hops.first else { return peer }
        return AddressRange.bytes(of: client) == nil ? peer : client
    }
}
