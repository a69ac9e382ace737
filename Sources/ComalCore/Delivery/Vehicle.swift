/// A vehicle the alliance can send out on delivery day: what it carries and when its driver works.
public struct Vehicle: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Tagged<Vehicle, String>

    /// The most cases a vehicle may carry, of all kinds or cold or frozen: a 53-foot trailer holds
    /// about 2,000; past this a capacity is a typing mistake.
    public static let largestCases = 10_000
    /// The most pounds a vehicle may carry: a loaded semi is 80,000 lb in all.
    public static let largestPounds = 100_000
    public var id: ID
    /// What the driver and the route sheet call it ("Reefer box truck").
    public var name: String
    /// The most it carries, in the load's four dimensions (cases, pounds, cold cases, frozen cases);
    /// the cold and frozen limits are how much fits in its refrigerated and freezer space.
    public var capacity: DeliveryLoad
    /// When it may leave the hub and must be back, local time.
    public var shift: ClockWindow

    public init(id: ID, name: String, capacity: DeliveryLoad, shift: ClockWindow) {
        self.id = id
        self.name = name
        self.capacity = capacity
        self.shift = shift
    }
}
