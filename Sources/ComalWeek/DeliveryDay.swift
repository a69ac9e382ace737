import ComalCore
import ComalPages
import ComalSheets
import ComalStore
import Foundation

/// A window's delivery day: planning the routes from the stored consolidation, and recording what
/// happens at each stop. The steps behind `comal routes plan` and `comal routes event`, kept here so
/// that a page or the API that plans or tracks routes runs the same ones.
public struct DeliveryDay: Sendable {
    public let database: AppDatabase
    public let window: OrderWindow.ID

    public init(database: AppDatabase, window: OrderWindow.ID) {
        self.database = database
        self.window = window
    }

    /// The routes planned, and every file written for the drivers.
    public struct Planned: Sendable {
        public let plan: DeliveryPlan
        public let files: [String]
    }

    /// Plans the routes, writes a route sheet per vehicle (workbook and printable page) and a map
    /// into `directory`, removing the sheets of an earlier plan, and saves the plan for tracking.
    /// `searching` hears, while the search runs (on its thread), how long it has searched of
    /// `timeLimit`, for a progress bar.
    public func plan(
        vehicles fleet: [Vehicle], roads: RoadEstimate, timeLimit: Duration, seed: UInt64, language: Language,
        directory out: String, actor: String, now: LocalDateTime,
        searching: @escaping @Sendable (_ searched: Duration, _ of: Duration) -> Void = { _, _ in }
    ) throws -> Planned {
        let day = try inputs()
        let planner = try DeliveryPlanner(
            hub: day.alliance.hub.coordinate, sites: day.sites, deliveries: day.deliveries, vehicles: fleet, roads: roads)
        let clock = ContinuousClock()
        let start = clock.now
        let plan = planner.plan(
            from: RoutingSolver().solve(planner.problem, seed: seed) {
                let searched = clock.now - start
                searching(searched, timeLimit)
                return searched >= timeLimit
            })
        let files = try writeSheets(plan, day, language: language, directory: out)
        try database.saveDeliveryPlan(plan, fleet: (fleet, roads), window: window, actor: actor, now: now)
        return Planned(plan: plan, files: files)
    }

    /// Moves `site`'s stop onto `vehicle`'s route of the saved plan, where it adds the least
    /// driving within every window, shift and capacity (`DeliveryPlanner.reassign`), rewrites the
    /// route sheets and the map, and saves the routes; recorded stop events are kept.
    public func moveStop(
        _ site: Site.ID, to vehicle: Vehicle.ID, language: Language, directory out: String, actor: String, now: LocalDateTime
    ) throws {
        guard let fleet = try database.planFleet(window: window) else { throw DeliveryStepError.planWithoutFleet }
        let day = try inputs()
        let planner = try DeliveryPlanner(
            hub: day.alliance.hub.coordinate, sites: day.sites, deliveries: day.deliveries, vehicles: fleet.vehicles,
            roads: fleet.roads)
        var routes: [Vehicle.ID: [Site.ID]] = [:]
        for stop in try database.plannedStops(window: window).sorted(by: { ($0.sequence ?? 0) < ($1.sequence ?? 0) }) {
            if let on = stop.vehicle { routes[Vehicle.ID(on), default: []].append(stop.site) }
        }
        let moved = try planner.reassign(site, to: vehicle, routes: routes)
        _ = try writeSheets(DeliveryPlan(routes: moved, unserved: []), day, language: language, directory: out)
        try database.saveMovedStop(site, routes: moved, window: window, actor: actor, now: now)
    }

    /// What a plan is made from: the window, the alliance's hub, the sites and their deliveries.
    private func inputs() throws -> (window: OrderWindow, alliance: Alliance, sites: [Site], deliveries: [SiteDelivery]) {
        guard let orderWindow = try database.window(window) else { throw CycleError.noSuchWindow(window) }
        guard let alliance = try database.alliance() else { throw DeliveryStepError.noAlliance }
        guard let consolidation = try database.consolidation(window: window) else {
            throw StoreError.noConsolidation(delivery: orderWindow.delivery)
        }
        return (orderWindow, alliance, try database.sites(), SiteDelivery.all(in: consolidation))
    }

    /// Writes a route sheet per route (workbook and printable page) and the map, removing the
    /// sheets of an earlier plan; returns the files written.
    private func writeSheets(
        _ plan: DeliveryPlan, _ day: (window: OrderWindow, alliance: Alliance, sites: [Site], deliveries: [SiteDelivery]),
        language: Language, directory out: String
    ) throws -> [String] {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // A sheet left from an earlier plan would send a driver out on a route that no longer exists.
        for stale in try FileManager.default.contentsOfDirectory(atPath: out)
        where stale.hasPrefix("route-") && (stale.hasSuffix(".xlsx") || stale.hasSuffix(".html")) {
            try FileManager.default.removeItem(atPath: "\(out)/\(stale)")
        }
        var files: [String] = []
        let (name, delivery) = (day.alliance.name, day.window.delivery)
        for sheet in RouteSheet.sheets(for: plan, sites: day.sites, deliveries: day.deliveries) {
            let workbook = "\(out)/\(SheetFileName.routeSheet(for: sheet.route.vehicle.id, ext: "xlsx"))"
            try writeRouteSheet(sheet, allianceName: name, delivery: delivery, language: language, to: workbook)
            let page = "\(out)/\(SheetFileName.routeSheet(for: sheet.route.vehicle.id, ext: "html"))"
            try WholeFile.write(RouteSheetPage.render(sheet, allianceName: name, delivery: delivery, language: language), to: page)
            files += [workbook, page]
        }
        let map = "\(out)/routes.svg"
        try WholeFile.write(RouteMapSVG.render(plan, hub: day.alliance.hub.coordinate, sites: day.sites, language: language), to: map)
        files.append(map)
        return files
    }

    /// What was not kept at a stop: the SKU as the route sheet prints it, eaches and why.
    public struct Goods: Sendable {
        public var sku: String
        public var eaches: Int
        public var reason: DeliveryException.Reason

        public init(sku: String, eaches: Int, reason: DeliveryException.Reason) {
            self.sku = sku
            self.eaches = eaches
            self.reason = reason
        }
    }

    /// Records a stop event; an exception (with `goods`) takes them off the site's allocation and
    /// credits them on its invoice at once (in the invoice workbooks at the next consolidation).
    @discardableResult
    public func record(
        _ kind: DeliveryEvent.Kind, at site: Site.ID, goods: Goods?, note: String? = nil, actor: String, now: LocalDateTime
    ) throws -> DeliveryEvent {
        let exception = try goods.map { goods in
            guard let product = try database.product(sku: goods.sku) else { throw DeliveryStepError.unknownSKU(goods.sku) }
            return DeliveryException(site: site, product: product.id, eaches: goods.eaches, reason: goods.reason)
        }
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let event = DeliveryEvent(
            site: site, kind: kind, exception: exception, at: now, actor: actor,
            note: trimmed.flatMap { $0.isEmpty ? nil : String($0.prefix(DeliveryEvent.largestNote)) })
        try database.recordDeliveryEvent(event, window: window)
        return event
    }
}

/// Why a delivery step cannot run, in words the buyer or driver can act on.
public enum DeliveryStepError: Error, Sendable, Equatable, CustomStringConvertible {
    case noAlliance
    case unknownSKU(String)
    /// The plan was saved before plans kept their vehicles.
    case planWithoutFleet

    public var description: String {
        switch self {
        case .noAlliance: "no alliance yet; load one with `comal alliance load alliance.yaml` (its hub is the depot)"
        case .unknownSKU(let sku): "there is no product with SKU \(sku); check the route sheet for the SKU"
        case .planWithoutFleet: "this plan was made before plans kept their vehicles; plan the routes again to move a stop"
        }
    }
}
