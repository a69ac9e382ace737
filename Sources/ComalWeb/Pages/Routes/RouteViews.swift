import ComalCore
import ComalStore

/// A stop as the route pages show it.
struct StopView: Sendable, Encodable {
    struct Item: Sendable, Encodable {
        var sku, description, amount: String
    }

    var sequence: Int
    var siteID, siteName, address, arrival, status, directions, anchor: String
    var cases: Int
    var items: [Item]
    var exceptions: [String]
    var notes: [String]
    var hasExceptions, hasNotes, isDelivered, isArrived: Bool

    init(_ stop: RouteStops.Stop, skus: [Product.ID: String], l: RouteLabels) {
        sequence = stop.sequence
        siteID = stop.site.id.rawValue
        siteName = stop.site.name
        address = "\(stop.site.address), \(stop.site.city)"
        arrival = stop.arrival?.description ?? "—"
        status = l.state(stop.state)
        let point = stop.site.coordinate
        directions = "https://www.openstreetmap.org/directions?to=\(point.latitude)%2C\(point.longitude)"
        anchor = "stop-\(stop.site.id.rawValue)"
        cases = stop.items.map(\.cases).reduce(0, +)
        items = stop.items.map {
            Item(
                sku: $0.product.sku, description: $0.product.description,
                amount: $0.cases > 0 && $0.eaches % $0.product.pack.eachesPerCase == 0
                    ? "\($0.cases) CS (\($0.product.pack))" : "\($0.eaches) EA (\($0.product.pack))")
        }
        exceptions = stop.exceptions.map { "\($0.eaches) × \(skus[$0.product] ?? "\($0.product)") \(l.reason($0.reason))" }
        hasExceptions = !exceptions.isEmpty
        notes = stop.notes
        hasNotes = !notes.isEmpty
        isDelivered = stop.state?.kind == .delivered
        isArrived = stop.state?.kind == .arrived
    }
}

/// A route as the route pages show it.
struct RouteView: Sendable, Encodable {
    var vehicle, vehicleName, departs, returns, path: String
    var kilometres: Int
    var stops: [StopView]

    init(_ route: RouteStops.Route, window: OrderWindow.ID, skus: [Product.ID: String], l: RouteLabels) {
        vehicle = route.route.vehicle
        vehicleName = route.route.vehicleName
        departs = route.route.departure?.description ?? "—"
        returns = route.route.returnTime?.description ?? "—"
        kilometres = route.route.metres / 1000
        path = "/driver/windows/\(window)/routes/\(route.route.vehicle)"
        stops = route.stops.map { StopView($0, skus: skus, l: l) }
    }
}
