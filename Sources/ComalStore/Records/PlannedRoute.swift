import ComalCore

/// One vehicle's route of a saved plan, as the buyer checks it on the delivery day: when it leaves
/// the hub and is back, and how far it drives.
public struct PlannedRoute: Hashable, Sendable {
    public var vehicle: String
    public var vehicleName: String
    public var departure: ClockTime?
    public var returnTime: ClockTime?
    public var metres: Int
}
