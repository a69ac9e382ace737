/// The solver's answer: routes that keep every capacity, window and shift, and the stops it could
/// not serve, each with the reason. Stop numbers are indices into `RoutingProblem.stops`.
public struct RoutingSolution: Hashable, Sendable {
    /// One vehicle's trip from the depot and back.
    public struct Route: Hashable, Sendable {
        /// Index into `RoutingProblem.vehicleTypes`.
        public var vehicleType: Int
        /// Stops in visit order.
        public var stops: [Int]

        /// A route of `vehicleType` through `stops`.
        public init(vehicleType: Int, stops: [Int]) {
            self.vehicleType = vehicleType
            self.stops = stops
        }
    }

    /// A stop left off every route, and why.
    public struct Unserved: Hashable, Sendable {
        /// Index into `RoutingProblem.stops`.
        public var stop: Int
        /// Why it is not on a route.
        public var reason: UnservedReason

        /// `stop`, left off for `reason`.
        public init(stop: Int, reason: UnservedReason) {
            self.stop = stop
            self.reason = reason
        }
    }

    /// The routes that leave the depot; empty vehicles are not listed.
    public var routes: [Route]
    /// Total distance over all routes, in the distance matrix's unit.
    public var distance: Int
    /// Stops no route serves.
    public var unserved: [Unserved]
    /// How many offspring the search bred, for reports.
    public var iterations: Int

    /// A solution made of `routes`; used for solutions read from files as well as found.
    public init(routes: [Route], distance: Int, unserved: [Unserved], iterations: Int) {
        self.routes = routes
        self.distance = distance
        self.unserved = unserved
        self.iterations = iterations
    }

    /// The number of vehicles that leave the depot.
    public var vehiclesUsed: Int { routes.count }
}

/// Why a stop could not be put on any route.
public enum UnservedReason: Hashable, Sendable, CustomStringConvertible {
    /// Its demand in this dimension exceeds the capacity of every vehicle type.
    case demandExceedsEveryVehicle(dimension: Int)
    /// No vehicle can reach it within one of its windows and get back before its shift ends.
    case windowUnreachable
    /// Each stop fits alone, but the fleet cannot carry them all within capacities and windows.
    case fleetTooSmall

    public var description: String {
        switch self {
        case .demandExceedsEveryVehicle(let dimension):
            "its demand in load dimension \(dimension + 1) is more than any vehicle carries"
        case .windowUnreachable: "no vehicle can reach it within its windows and return before the shift ends"
        case .fleetTooSmall: "the fleet cannot fit it with the other stops within capacities and windows"
        }
    }
}
