import ArgumentParser
import ComalCore
import ComalPages
import ComalStore
import ComalWeek
import Foundation

/// `comal kitchen route`: the day's deliveries from the kitchen, within each meal's holding time.
struct KitchenRouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Plan the day's deliveries from the kitchen: each site reached before its meal and its food's holding time end.")
    @OptionGroup var options: KitchenOptions
    @Option(help: "The day (YYYY-MM-DD); default the kitchen's next cooking day.") var date: CalendarDate?
    @Option(help: "Seconds the solver may search per departure.") var timeLimit: Int = 2
    @Option(help: "Average driving speed in km/h.") var speed: Double = 60
    @Option(help: "A directory to write the route map (SVG) into.") var out: String?

    func run() throws {
        guard (1...600).contains(timeLimit) else { throw ValidationError("--time-limit must be 1 to 600 seconds") }
        guard speed >= 10, speed <= 130 else { throw ValidationError("--speed must be between 10 and 130 km/h") }
        let database = try options.database.open()
        let desk = KitchenDesk(database: database)
        let kitchen = try desk.kitchen(options.kitchen)
        let day = try desk.day(kitchen, date: date, today: try localNow(in: database).date)
        let planned = try desk.planRoutes(
            day, roads: RoadEstimate(speedKilometresPerHour: speed), timeLimit: .seconds(timeLimit), seed: 1)
        print("Kitchen \(kitchen.id) routes for \(day.date)")
        for departure in planned {
            print("Leaving \(departure.route.departure):")
            let latest = Dictionary(departure.route.stops.map { ($0.site, $0) }, uniquingKeysWith: { first, _ in first })
            for route in departure.plan.routes {
                print("  \(route.vehicle.id) \(route.vehicle.name): back \(route.returnTime), \(route.metres / 1000) km")
                for stop in route.stops {
                    let limit = latest[stop.site].map { " (by \($0.latestArrival): \($0.limit.label.english))" } ?? ""
                    print("    \(stop.arrival) \(stop.site)\(limit)")
                }
            }
            for unserved in departure.plan.unserved { print("  UNSERVED \(unserved.site): \(unserved.explanation)") }
            for problem in departure.route.problems { print("  note: \(problem.message.english)") }
            if let out {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                let leaving = departure.route.departure.description.replacingOccurrences(of: ":", with: "")
                let map = "\(out)/kitchen-\(day.date)-route-\(leaving).svg"
                try WholeFile.write(
                    RouteMapSVG.render(departure.plan, hub: try desk.depot(of: kitchen), sites: try database.sites(), language: .english),
                    to: map)
                print("  wrote \(map)")
            }
        }
    }
}

/// `comal kitchen order`: the kitchen's food in the weekly buy.
struct KitchenOrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "Make the kitchen site's order in a window: its own menu week plus what it cooks for its satellites that week.",
        discussion: "Replaces the kitchen site's order in the window, as `comal order suggest --site` would; edit it afterwards.")
    @OptionGroup var options: KitchenOptions
    @Option(help: "The order window.") var window: Int64
    @Flag(help: "Show the order without storing it.") var dryRun = false

    func run() throws {
        let database = try options.database.open()
        let desk = KitchenDesk(database: database)
        let kitchen = try desk.kitchen(options.kitchen)
        let id = OrderWindow.ID(window)
        let suggested: KitchenDesk.KitchenOrder
        if dryRun {
            suggested = try desk.suggestOrder(kitchen, window: id)
        } else {
            let (placed, summary) = try desk.placeOrder(kitchen, window: id, now: try localNow(in: database))
            suggested = placed
            print("Stored as \(placed.order.site)'s order in window \(window): \(summary.added) added, \(summary.changed) changed, \(summary.removed) removed.")
        }
        print(
            "Kitchen \(kitchen.id) order in window \(window): \(suggested.order.lines.count) lines, \(suggested.order.total.formatted), cooking days \(suggested.days.map(\.description).joined(separator: ", "))"
        )
        for line in suggested.order.lines {
            print("  \(line.chosen.product.sku) \(line.orderLine.quantity) \(line.orderLine.unit.rawValue): \(line.need.food.name.english) (\(line.toBuy.plain))")
        }
        for unmet in suggested.order.unmet { print("  unmet: \(unmet.need.food.name.english) \(unmet.toBuy.plain)") }
        for problem in suggested.order.problems { print("note: \(problem.message.english)") }
    }
}
