/// Turns a delivery day into a routing problem and the solver's answer back into a plan: each
/// site with a delivery is a stop in its delivery window, the hub is the depot, each vehicle its
/// own vehicle type; times are seconds after midnight, local time.
public struct DeliveryPlanner: Sendable {
    /// Unloading takes a fixed time to park and sign plus a time per case.
    public static let serviceSeconds = (fixed: 600, perCase: 30)

    public let deliveries: [SiteDelivery]
    public let vehicles: [Vehicle]
    /// The routing problem: stop `i` is `deliveries[i]`, vehicle type `v` is `vehicles[v]`.
    public let problem: RoutingProblem

    /// When a stop may be served and how long it takes, where a delivery is not the weekly one (the
    /// kitchen's meals, whose window the food's holding time closes).
    public struct StopTerms: Hashable, Sendable {
        public var window: ClockWindow
        public var serviceSeconds: Int

        public init(window: ClockWindow, serviceSeconds: Int) {
            self.window = window
            self.serviceSeconds = serviceSeconds
        }
    }

    /// A planner for `deliveries` from `hub` (the depot) with `vehicles`; every delivery's site must be
    /// in `sites`. A site in `terms` is served in its terms instead of its receiving window.
    public init(
        hub: GeoPoint, sites: [Site], deliveries: [SiteDelivery], vehicles: [Vehicle], roads: RoadEstimate = RoadEstimate(),
        terms: [Site.ID: StopTerms] = [:]
    ) throws(DeliveryPlanError) {
        guard !vehicles.isEmpty else { throw .noVehicles }
        let sitesByID = Dictionary(sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var locations: [GeoPoint] = []
        var stops: [RoutingProblem.Stop] = []
        for delivery in deliveries {
            guard let site = sitesByID[delivery.site] else { throw .unknownSite(delivery.site) }
            locations.append(site.coordinate)
            let window = terms[site.id]?.window ?? site.deliveryWindow
            stops.append(
                RoutingProblem.Stop(
                    demand: delivery.load.vector,
                    serviceTime: terms[site.id]?.serviceSeconds
                        ?? Self.serviceSeconds.fixed + Self.serviceSeconds.perCase * delivery.load.cases,
                    windows: [TimeWindow(open: window.start.minutes * 60, close: window.end.minutes * 60)]))
        }
        let types = vehicles.map { vehicle in
            RoutingProblem.VehicleType(
                count: 1, capacity: vehicle.capacity.vector,
                shift: TimeWindow(open: vehicle.shift.start.minutes * 60, close: vehicle.shift.end.minutes * 60))
        }
        do {
            problem = try RoutingProblem(
                depot: hub, locations: locations, stops: stops,
                vehicleTypes: types, roads: roads)
        } catch {
            throw .problem(error)
        }
        self.deliveries = deliveries
        self.vehicles = vehicles
    }

    /// The plan the solver's `solution` describes, with clock times from the route timelines.
    public func plan(from solution: RoutingSolution) -> DeliveryPlan {
        let routes = solution.routes.map { route in
            let timeline = RouteTimeline(route, in: problem)
            return DeliveryPlan.Route(
                vehicle: vehicles[route.vehicleType],
                stops: timeline.visits.map {
                    DeliveryPlan.Stop(
                        site: deliveries[$0.stop].site, arrival: Self.clock($0.arrival), serviceStart: Self.clock($0.serviceStart)
                    )
                },
                departure: Self.clock(timeline.departure), returnTime: Self.clock(timeline.returnTime),
                metres: problem.distance(of: route.stops))
        }
        return DeliveryPlan(
            routes: routes.sorted { $0.vehicle.id < $1.vehicle.id },
            unserved: solution.unserved.map { DeliveryPlan.Unserved(site: deliveries[$0.stop].site, reason: $0.reason) })
    }

    /// Seconds after midnight as a clock time, to the nearest minute (a plan never runs past midnight).
    private static func clock(_ seconds: Int) -> ClockTime {
        ClockTime(minutes: min((seconds + 30) / 60, 24 * 60 - 1))!
    }
}

/// Why a delivery day cannot be planned, in words the buyer can act on.
public enum DeliveryPlanError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownSite(Site.ID)
    case noVehicles
    case problem(RoutingProblemError)

    public var description: String {
        switch self {
        case .unknownSite(let site): "site \(site) has an allocation but is not in the sites list; import the sites again"
        case .noVehicles: "the vehicles file lists no vehicle; add at least one row"
        case .problem(let error): "the routes cannot be planned: \(error)"
        }
    }
}
