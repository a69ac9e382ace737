import ArgumentParser
import ComalCore
import ComalStore

/// `comal routes status`: each vehicle's route, then each planned stop with its latest state, so the
/// buyer sees at a glance which sites still wait for their goods.
struct RoutesStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show each planned stop's state: planned, arrived, delivered, exception.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The window id.") var window: Int64

    func run() throws {
        let db = try database.open()
        let windowID = OrderWindow.ID(window)
        let stops = try db.plannedStops(window: windowID)
        guard !stops.isEmpty else { throw DeliveryStoreError.noPlan(windowID) }
        let skus = Dictionary(try db.products().map { ($0.id, $0.sku) }, uniquingKeysWith: { first, _ in first })
        let events = Dictionary(grouping: try db.deliveryEvents(window: windowID), by: \.site)
        for route in try db.plannedRoutes(window: windowID) {
            let hours = "\(route.departure.map(\.description) ?? "?")–\(route.returnTime.map(\.description) ?? "?")"
            print("\(route.vehicle) \(route.vehicleName): \(hours), \(route.metres / 1000) km")
        }
        for stop in stops {
            guard let vehicle = stop.vehicle, let sequence = stop.sequence else {
                print("\(stop.site)  unserved: \(stop.unservedReason ?? "")")
                continue
            }
            let happened = events[stop.site] ?? []
            let state =
                happened.last(where: { $0.kind != .exception }).map { "\($0.kind.rawValue) \($0.at.time) by \($0.actor)" }
                ?? "planned"
            let exceptions = happened.compactMap(\.exception).map {
                "\($0.eaches) of \(skus[$0.product] ?? "product \($0.product)") \($0.reason.rawValue)"
            }
            print(
                "\(vehicle) #\(sequence) \(stop.site)  eta \(stop.arrival.map(\.description) ?? "?")  \(state)"
                    + (exceptions.isEmpty ? "" : "; exceptions: " + exceptions.joined(separator: ", ")))
        }
    }
}
