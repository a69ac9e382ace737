extension RoutingProblem {
    /// Whether a route keeps its vehicle's capacity in every dimension, every window and the shift.
    public func isFeasible(_ route: RoutingSolution.Route) -> Bool {
        let capacity = vehicleTypes[route.vehicleType].capacity
        let load = route.stops.reduce(Array(repeating: 0, count: capacity.count)) { total, stop in
            zip(total, stops[stop].demand).map(+)
        }
        return zip(load, capacity).allSatisfy { $0 <= $1 } && RouteTimeline(route, in: self).lateness == 0
    }
}

extension RoutingSolver {
    /// Puts a stop the search could not fit on a vehicle of a type without a count limit: on such a
    /// route where it adds least distance, else on a vehicle of its own. False when no type is unlimited
    /// or none can serve it; the search plans unlimited types with a bounded number of vehicles, so
    /// this keeps "fleet too small" true to its word.
    static func placeOnSpareVehicle(_ stop: Int, routes: inout [RoutingSolution.Route], in problem: RoutingProblem) -> Bool {
        let unlimited = Set(problem.vehicleTypes.indices.filter { problem.vehicleTypes[$0].count == nil })
        guard !unlimited.isEmpty else { return false }
        var best: (added: Int, route: Int, position: Int)?
        for (index, route) in routes.enumerated() where unlimited.contains(route.vehicleType) {
            for position in 0...route.stops.count {
                var longer = route
                longer.stops.insert(stop, at: position)
                guard problem.isFeasible(longer) else { continue }
                let added = problem.distance(of: longer.stops) - problem.distance(of: route.stops)
                if best.map({ added < $0.added }) ?? true { best = (added, index, position) }
            }
        }
        if let best {
            routes[best.route].stops.insert(stop, at: best.position)
            return true
        }
        for type in unlimited.sorted() {
            let alone = RoutingSolution.Route(vehicleType: type, stops: [stop])
            if problem.isFeasible(alone) {
                routes.append(alone)
                return true
            }
        }
        return false
    }
}
