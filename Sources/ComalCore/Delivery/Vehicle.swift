/// A vehicle the alliance can send out on delivery day: what it carries and when its driver works.
public struct Vehicle: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Tagged<Vehicle, String>
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
