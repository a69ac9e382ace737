/// Why a stop cannot go on the route the buyer chose; the plan stays as it was.
public enum StopReassignError: Error, Equatable, Sendable, ExplainedError {
    case notADelivery(Site.ID)
    case unknownVehicle(Vehicle.ID)
    case overCapacity(Site.ID, vehicle: String)
    case late(Site.ID, vehicle: String, minutes: Int)

    public var explanation: BilingualText {
        switch self {
        case .notADelivery(let site):
            BilingualText(english: "\(site) gets nothing this week", spanish: "\(site) no recibe nada esta semana")
        case .unknownVehicle(let vehicle):
            BilingualText(english: "there is no vehicle \(vehicle) in this plan", spanish: "no hay vehículo \(vehicle) en este plan")
        case .overCapacity(let site, let vehicle):
            BilingualText(
                english: "\(vehicle) cannot also carry \(site)'s goods: it would be over its cases, pounds, cold or freezer space",
                spanish: "\(vehicle) no puede llevar también lo de \(site): pasaría sus cajas, libras, espacio frío o congelador")
        case .late(let site, let vehicle, let minutes):
            BilingualText(
                english: "with \(site), \(vehicle) would reach a stop after its receiving window or return after its shift (\(minutes) min late at best)",
                spanish: "con \(site), \(vehicle) llegaría a una parada después de su horario de recepción o volvería después de su turno (\(minutes) min tarde en el mejor caso)")
        }
    }
}

extension DeliveryPlanner {
    /// The routes with `site` moved onto `vehicle`'s route, at the place in its order that adds the
    /// least driving and keeps every stop within its receiving window and the vehicle within its
    /// shift and capacity; the other routes keep their order, with their times worked out again.
    /// `routes` is each vehicle's stops in order, as the saved plan has them.
    public func reassign(_ site: Site.ID, to vehicle: Vehicle.ID, routes: [Vehicle.ID: [Site.ID]]) throws(StopReassignError)
        -> [DeliveryPlan.Route]
    {
        guard let moved = deliveries.firstIndex(where: { $0.site == site }) else { throw .notADelivery(site) }
        guard let target = vehicles.firstIndex(where: { $0.id == vehicle }) else { throw .unknownVehicle(vehicle) }
        let index = Dictionary(deliveries.enumerated().map { ($1.site, $0) }, uniquingKeysWith: { first, _ in first })
        var stopsByType: [Int: [Int]] = [:]
        for (type, each) in vehicles.enumerated() {
            stopsByType[type] = (routes[each.id] ?? []).compactMap { index[$0] }.filter { $0 != moved }
        }
        let base = stopsByType[target] ?? []
        let load = (base + [moved]).reduce(into: Array(repeating: 0, count: problem.dimensions)) { total, stop in
            for (dimension, amount) in problem.stops[stop].demand.enumerated() { total[dimension] += amount }
        }
        guard zip(load, problem.vehicleTypes[target].capacity).allSatisfy({ $0 <= $1 }) else {
            throw .overCapacity(site, vehicle: vehicles[target].name)
        }
        var best: (stops: [Int], metres: Int)?
        var leastLate = Int.max
        for position in 0...base.count {
            var stops = base
            stops.insert(moved, at: position)
            let lateness = RouteTimeline(RoutingSolution.Route(vehicleType: target, stops: stops), in: problem).lateness
            leastLate = min(leastLate, lateness)
            guard lateness == 0 else { continue }
            let metres = problem.distance(of: stops)
            if best == nil || metres < best!.metres { best = (stops, metres) }
        }
        guard let best else { throw .late(site, vehicle: vehicles[target].name, minutes: (leastLate + 59) / 60) }
        stopsByType[target] = best.stops
        let solution = RoutingSolution(
            routes: stopsByType.keys.sorted().compactMap { type in
                let stops = stopsByType[type] ?? []
                return stops.isEmpty ? nil : RoutingSolution.Route(vehicleType: type, stops: stops)
            },
            distance: 0, unserved: [], iterations: 0)
        return plan(from: solution).routes
    }

}
