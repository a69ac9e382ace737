import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek
import Foundation

/// `comal routes plan`: routes for a window's delivery day from its stored consolidation, written
/// as a route sheet per vehicle (workbook and printable page) and a map, and saved for tracking.
struct RoutesPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the delivery routes of a consolidated window and print a route sheet per vehicle.",
        discussion: """
            The vehicles file has one row per vehicle: \(VehicleFile.columns.joined(separator: ",")); \
            capacities in whole cases and pounds, cold_cases and frozen_cases how many cases its \
            refrigerated and freezer space hold, the shift as HH:MM local time. Writes route-<vehicle>.xlsx \
            and .html per vehicle with stops (removing those of an earlier plan) and routes.svg into --out.
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The window id.") var window: Int64
    @Option(help: "The vehicles CSV file.") var vehicles: String
    @Option(help: "Where to write the route sheets and the map.") var out: String = "out/routes"
    @Option(help: "Stop the search after this many seconds.") var timeLimit: Double = 5
    @Option(help: "Seed of the search; the same seed gives the same routes when the search converges.")
    var seed: UInt64 = 1
    @Option(help: "Language of the route sheets: en or es.") var lang: Language = .english
    @Option(help: "Road distance as a multiple of the straight line.") var roadFactor: Double = 1.3
    @Option(help: "Average driving speed in km/h (interstate-heavy rural routes run faster than towns).")
    var speed: Double = 60
    @Option(help: "Who plans, for the audit log (default: the alliance's buyer).") var by: String?

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard roadFactor >= 1, roadFactor <= 3 else { throw ValidationError("--road-factor must be between 1 and 3") }
        guard speed >= 10, speed <= 130 else { throw ValidationError("--speed must be between 10 and 130 km/h") }
    }

    func run() throws {
        let db = try database.open()
        let fleet = try VehicleFile.parse(csv: readUserFile(vehicles), file: vehicles)
        let bar = SharedProgressBar()
        let planned: DeliveryDay.Planned
        do {
            defer { bar.finish() }
            planned = try DeliveryDay(database: db, window: OrderWindow.ID(window)).plan(
                vehicles: fleet, roads: RoadEstimate(roadFactor: roadFactor, speedKilometresPerHour: speed),
                timeLimit: .milliseconds(Int(timeLimit * 1000)), seed: seed, language: lang, directory: out,
                actor: actorName(by, in: db), now: localNow(in: db)
            ) { searched, limit in
                let (done, total) = (Int(searched / .milliseconds(1)), Int(limit / .milliseconds(1)))
                bar.show(
                    done: done, of: total,
                    saying: "searching for routes, \(min(done, total) / 1000) of \(total / 1000) s")
            }
        }
        for route in planned.plan.routes {
            let stops = route.stops.map { "\($0.site) \($0.arrival)" }.joined(separator: ", ")
            print(
                "\(route.vehicle.id) \(route.vehicle.name): \(route.departure)–\(route.returnTime), \(route.metres / 1000) km: \(stops)"
            )
        }
        for unserved in planned.plan.unserved { print("unserved \(unserved.site): \(unserved.explanation)") }
        print("Total \(planned.plan.metres / 1000) km; wrote \(planned.files.count) files to \(out)/")
    }
}

/// Why `comal routes event` refuses its flags, in words the driver can act on.
enum DeliveryCommandError: Error, CustomStringConvertible {
    case exceptionNeedsGoods
    case goodsOnlyForExceptions

    var description: String {
        switch self {
        case .exceptionNeedsGoods: "an exception needs --sku, --quantity (eaches, above 0) and --reason short|damaged|refused"
        case .goodsOnlyForExceptions: "--sku, --quantity and --reason go with an exception only"
        }
    }
}
