/// An identifier that carries the type it identifies, so a site id can never be passed as a product id.
public struct Tagged<Tag, RawValue: Hashable & Comparable & Sendable & Codable>: Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible
{
    /// The identifier as stored and typed by users.
    public var rawValue: RawValue

    /// Wraps a raw identifier.
    public init(_ rawValue: RawValue) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try RawValue(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try rawValue.encode(to: encoder) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "\(rawValue)" }
}
