import ComalCore
import ComalStore
import Foundation

extension KitchenDesk {
    /// One departure's routes: the stops with their hold-time windows, and the solver's plan.
    public struct PlannedDeparture: Sendable {
        public var route: KitchenRoute
        public var plan: DeliveryPlan
    }

    /// Plans the day's deliveries from the kitchen, one routing problem per departure time, each stop's
    /// window closing when its meal is served or its food's holding time runs out, whichever is first.
    public func planRoutes(_ day: KitchenDay, roads: RoadEstimate, timeLimit: Duration, seed: UInt64) throws -> [PlannedDeparture] {
        guard let alliance = try database.alliance() else { throw DeliveryStepError.noAlliance }
        let sites = try database.sites()
        let depot: GeoPoint
        switch day.kitchen.location {
        case .hub: depot = alliance.hub.coordinate
        case .site(let id):
            guard let site = sites.first(where: { $0.id == id }) else { throw KitchenError.unknownSite(id, kitchen: day.kitchen.id) }
            depot = site.coordinate
        }
        let departures = Set(day.sites.flatMap { $0.meals.map(\.departure) }).sorted()
        return try departures.map { departure in
            let route = KitchenRoute(day: day, departure: departure)
            let planner = try route.planner(depot: depot, sites: sites, vehicles: day.kitchen.vehicles, roads: roads)
            let clock = ContinuousClock()
            let start = clock.now
            let solution = RoutingSolver().solve(planner.problem, seed: seed) { clock.now - start >= timeLimit }
            return PlannedDeparture(route: route, plan: planner.plan(from: solution))
        }
    }

    /// The depot of `kitchen`'s routes as a point on the map, for drawing them.
    public func depot(of kitchen: Kitchen) throws -> GeoPoint {
        guard let alliance = try database.alliance() else { throw DeliveryStepError.noAlliance }
        guard case .site(let id) = kitchen.location else { return alliance.hub.coordinate }
        guard let site = try database.site(id) else { throw KitchenError.unknownSite(id, kitchen: kitchen.id) }
        return site.coordinate
    }
}
