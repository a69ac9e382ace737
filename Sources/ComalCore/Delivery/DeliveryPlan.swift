/// A delivery day's routes as the driver and the buyer read them: sites in visit order with
/// clock times, and the sites no vehicle could take, each with the reason.
public struct DeliveryPlan: Hashable, Sendable {
    /// One site on a route.
    public struct Stop: Hashable, Sendable {
        public var site: Site.ID
        /// When the vehicle is expected to get there.
        public var arrival: ClockTime
        /// When unloading starts: on arrival, or when the site's window opens.
        public var serviceStart: ClockTime
    }

    /// One vehicle's trip from the hub and back.
    public struct Route: Hashable, Sendable {
        public var vehicle: Vehicle
        public var stops: [Stop]
        public var departure: ClockTime
        public var returnTime: ClockTime
        /// Estimated road distance in metres.
        public var metres: Int
    }

    /// A site left off every route.
    public struct Unserved: Hashable, Sendable {
        public var site: Site.ID
        public var reason: UnservedReason

        /// The reason in words a buyer can act on, naming the load dimension that does not fit.
        public var explanation: String {
            switch reason {
            case .demandExceedsEveryVehicle(let dimension):
                "its \(DeliveryLoad.dimensionNames[dimension]) are more than any vehicle carries; "
                    + "add a bigger vehicle or split the delivery"
            case .windowUnreachable:
                "no vehicle can reach it within its delivery window and be back before its shift ends; "
                    + "widen the window or start a shift earlier"
            case .fleetTooSmall:
                "the vehicles are full or out of time with the other stops; add a vehicle or a second trip"
            }
        }
    }

    public var routes: [Route]
    public var unserved: [Unserved]

    public init(routes: [Route], unserved: [Unserved]) {
        self.routes = routes
        self.unserved = unserved
    }

    /// Total estimated road distance in metres.
    public var metres: Int { routes.map(\.metres).reduce(0, +) }
}
