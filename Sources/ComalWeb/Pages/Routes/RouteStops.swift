import ComalCore
import ComalStore

/// A window's saved plan as the route pages show it: each route with its stops in order, each stop
/// with its site, what to unload and what has happened there.
struct RouteStops {
    struct Stop {
        var sequence: Int
        var site: Site
        var arrival: ClockTime?
        var items: [SiteDelivery.Item]
        /// The latest arrival or delivery, nil while the stop is only planned.
        var state: DeliveryEvent?
        var exceptions: [DeliveryException]
        /// The driver's notes at the stop, oldest first.
        var notes: [String]
    }

    struct Route {
        var route: PlannedRoute
        var stops: [Stop]
    }

    var routes: [Route]
    var unserved: [PlannedStop]

    init(
        routes: [PlannedRoute], stops: [PlannedStop], events: [DeliveryEvent], sites: [Site], consolidation: Consolidation?
    ) {
        let sitesByID = Dictionary(sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let deliveries = Dictionary(
            (consolidation.map(SiteDelivery.all) ?? []).map { ($0.site, $0) }, uniquingKeysWith: { first, _ in first })
        let eventsBySite = Dictionary(grouping: events, by: \.site)
        self.routes = routes.map { route in
            let onRoute = stops.filter { $0.vehicle == route.vehicle }.sorted { ($0.sequence ?? 0) < ($1.sequence ?? 0) }
            return Route(
                route: route,
                stops: onRoute.compactMap { stop in
                    guard let site = sitesByID[stop.site] else { return nil }
                    let happened = eventsBySite[stop.site] ?? []
                    return Stop(
                        sequence: stop.sequence ?? 0, site: site, arrival: stop.arrival, items: deliveries[stop.site]?.items ?? [],
                        state: happened.last { $0.kind != .exception }, exceptions: happened.compactMap(\.exception),
                        notes: happened.compactMap(\.note))
                })
        }
        unserved = stops.filter { $0.vehicle == nil }
    }
}
