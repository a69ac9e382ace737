import ComalCore
import ComalStore

/// The buyer's routes of a window: the plan form (a vehicles file and how long to search), then
/// each route's stops with their state, the stops no vehicle could take, and the route sheets.
struct RoutesPage: Page {
    static let template = "routes"

    struct Choice: Sendable, Encodable {
        var value: Int
        var selected: Bool
    }

    struct Unserved: Sendable, Encodable {
        var site, reason: String
    }

    struct Sheet: Sendable, Encodable {
        var name, path: String
    }

    struct VehicleChoice: Sendable, Encodable {
        var id, name: String
    }

    var chrome: Chrome
    var r: RouteLabels
    var delivery, windowPath, planPath: String
    var routes: [RouteView]
    var hasRoutes: Bool
    var unserved: [Unserved]
    var sheets: [Sheet]
    var hasSheets: Bool
    /// The plan's vehicles, to move a stop onto another's route; empty when the plan has none kept.
    var vehicles: [VehicleChoice]
    var canMove: Bool
    /// The routes drawn from the hub, when the plan wrote its map.
    var mapPath: String?
    var searchSeconds: [Choice]
    var canPlan: Bool
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(
        window: OrderWindow, stops: RouteStops, skus: [Product.ID: String], sheets: [String], vehicles: [Vehicle], consolidated: Bool,
        notice: String?, problems: [String], context: WebContext
    ) {
        let language = context.language
        let r = RouteLabels(language)
        self.r = r
        delivery = LocalizedFormat.date(window.delivery, language)
        chrome = Chrome(title: "\(r.routesTitle) · \(delivery)", context: context)
        windowPath = "/buyer/windows/\(window.id)"
        planPath = "/buyer/windows/\(window.id)/routes"
        routes = stops.routes.map { RouteView($0, window: window.id, skus: skus, l: r) }
        hasRoutes = !routes.isEmpty
        unserved = stops.unserved.map { Unserved(site: $0.site.rawValue, reason: $0.unservedReason ?? "") }
        self.sheets = sheets.map { Sheet(name: $0, path: "/buyer/windows/\(window.id)/routes/sheets/\($0)") }
        hasSheets = !sheets.isEmpty
        self.vehicles = vehicles.map { VehicleChoice(id: $0.id.rawValue, name: $0.name) }
        canMove = vehicles.count > 1
        mapPath = sheets.contains("routes.svg") ? "/buyer/windows/\(window.id)/routes/sheets/routes.svg" : nil
        searchSeconds = RouteController<AppDatabase>.searchSeconds.map { Choice(value: $0, selected: $0 == 10) }
        canPlan = consolidated
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}

/// The driver's start page: the routes of the windows delivering from yesterday on.
struct DriverHomePage: Page {
    static let template = "driver-home"

    struct Day: Sendable, Encodable {
        var delivery: String
        var routes: [RouteView]
    }

    var chrome: Chrome
    var r: RouteLabels
    var days: [Day]
    var hasDays: Bool

    init(days: [(OrderWindow, RouteStops)], skus: [Product.ID: String], context: WebContext) {
        let r = RouteLabels(context.language)
        self.r = r
        chrome = Chrome(title: r.driverTitle, context: context)
        self.days = days.map { window, stops in
            Day(
                delivery: LocalizedFormat.date(window.delivery, context.language),
                routes: stops.routes.map { RouteView($0, window: window.id, skus: skus, l: r) })
        }
        hasDays = !self.days.isEmpty
    }
}

/// One route on the driver's phone: its stops in order, each with what to unload and the buttons
/// that record what happened there.
struct DriverRoutePage: Page {
    static let template = "driver-route"

    struct Reason: Sendable, Encodable {
        var value, label: String
    }

    var chrome: Chrome
    var r: RouteLabels
    var delivery, stopPath: String
    var route: RouteView
    var reasons: [Reason]
    var problems: [String]
    var hasProblems: Bool

    init(window: OrderWindow, route: RouteStops.Route, skus: [Product.ID: String], problems: [String], context: WebContext) {
        let r = RouteLabels(context.language)
        self.r = r
        delivery = LocalizedFormat.date(window.delivery, context.language)
        self.route = RouteView(route, window: window.id, skus: skus, l: r)
        chrome = Chrome(title: "\(self.route.vehicleName) · \(delivery)", context: context)
        stopPath = "/driver/windows/\(window.id)/routes/\(route.route.vehicle)/stops"
        reasons = DeliveryException.Reason.allCases.map { Reason(value: $0.rawValue, label: r.reason($0)) }
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
