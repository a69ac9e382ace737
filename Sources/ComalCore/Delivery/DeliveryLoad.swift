/// What a stop receives (or a vehicle carries) in the dimensions that limit a route: whole cases,
/// pounds, and how many of the cases must ride cold or frozen.
public struct DeliveryLoad: Hashable, Sendable, Codable {
    public var cases: Int
    public var pounds: Int
    public var coldCases: Int
    public var frozenCases: Int

    public init(cases: Int = 0, pounds: Int = 0, coldCases: Int = 0, frozenCases: Int = 0) {
        self.cases = cases
        self.pounds = pounds
        self.coldCases = coldCases
        self.frozenCases = frozenCases
    }

    /// The load as the solver's vector, in the order of `Self.dimensionNames`.
    public var vector: [Int] { [cases, pounds, coldCases, frozenCases] }

    /// Names of the vector's dimensions, for messages a buyer reads.
    public static let dimensionNames = ["cases", "pounds", "cold cases", "frozen cases"]
}
