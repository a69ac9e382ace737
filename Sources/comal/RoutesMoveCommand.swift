import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek

/// `comal routes move`: a stop onto another vehicle's route of the saved plan.
struct RoutesMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a site's stop onto another vehicle's route, where it adds the least driving within windows, shifts and capacity.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The window id.") var window: Int64
    @Option(help: "The site whose stop moves.") var site: String
    @Option(help: "The vehicle id to take it.") var vehicle: String
    @Option(help: "Where the route sheets and the map are (written again).") var out: String = "out/routes"
    @Option(help: "Language of the route sheets: en or es.") var lang: Language = .english
    @Option(help: "Who moves it, for the audit log (default: the alliance's buyer).") var by: String?

    func run() throws {
        let db = try database.open()
        try DeliveryDay(database: db, window: OrderWindow.ID(window)).moveStop(
            Site.ID(site), to: Vehicle.ID(vehicle), language: lang, directory: out, actor: actorName(by, in: db), now: localNow(in: db))
        for route in try db.plannedRoutes(window: OrderWindow.ID(window)) {
            let stops = try db.plannedStops(window: OrderWindow.ID(window)).filter { $0.vehicle == route.vehicle }
                .sorted { ($0.sequence ?? 0) < ($1.sequence ?? 0) }.map { "\($0.site) \($0.arrival.map(\.description) ?? "")" }
            print("\(route.vehicle) \(route.vehicleName): \(route.metres / 1000) km: \(stops.joined(separator: ", "))")
        }
    }
}

extension StopReassignError: CustomStringConvertible {
    public var description: String { explanation.english }
}
