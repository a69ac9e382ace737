import ComalCore

/// Checks a solution against the raw problem without any of the solver's code: every stop once,
/// loads within capacity in every dimension, service inside a window, back before the shift ends,
/// no more vehicles than the fleet has, and the reported distance. Returns what is wrong, if anything.
enum IndependentChecker {
    static func violations(_ solution: RoutingSolution, of problem: RoutingProblem) -> [String] {
        var problems: [String] = []
        var seen = Array(repeating: 0, count: problem.stops.count)
        for route in solution.routes { for stop in route.stops { seen[stop] += 1 } }
        for unserved in solution.unserved { seen[unserved.stop] += 1 }
        for (stop, times) in seen.enumerated() where times != 1 { problems.append("stop \(stop) appears \(times) times") }
        var used = Array(repeating: 0, count: problem.vehicleTypes.count)
        for (index, route) in solution.routes.enumerated() {
            used[route.vehicleType] += 1
            if route.stops.isEmpty { problems.append("route \(index) is empty") }
            problems += violations(route, of: problem).map { "route \(index) \($0)" }
        }
        for (type, count) in used.enumerated() {
            if let limit = problem.vehicleTypes[type].count, count > limit {
                problems.append("\(count) vehicles of type \(type) used, only \(limit) exist")
            }
        }
        let total = solution.routes.reduce(0) { $0 + distance(of: $1.stops, in: problem) }
        if total != solution.distance { problems.append("distance is \(total), solution says \(solution.distance)") }
        return problems
    }

    /// What is wrong with one route: load over capacity, a window missed, the shift overrun.
    static func violations(_ route: RoutingSolution.Route, of problem: RoutingProblem) -> [String] {
        var problems: [String] = []
        let vehicle = problem.vehicleTypes[route.vehicleType]
        for dimension in vehicle.capacity.indices {
            let load = route.stops.map { problem.stops[$0].demand[dimension] }.reduce(0, +)
            if load > vehicle.capacity[dimension] {
                problems.append("carries \(load) > \(vehicle.capacity[dimension]) in dimension \(dimension)")
            }
        }
        var clock = vehicle.shift.open
        var here = 0
        for stop in route.stops {
            let arrival = clock + problem.duration[here, stop + 1]
            if let window = problem.stops[stop].windows.first(where: { arrival <= $0.close }) {
                clock = max(arrival, window.open) + problem.stops[stop].serviceTime
            } else {
                problems.append("reaches stop \(stop) at \(arrival), after its last window")
                clock = arrival + problem.stops[stop].serviceTime
            }
            here = stop + 1
        }
        let back = clock + problem.duration[here, 0]
        if back > vehicle.shift.close { problems.append("returns at \(back), after the shift ends") }
        return problems
    }

    /// The distance of one route for vehicle type 0, or nil if the route breaks a constraint.
    static func cost(of route: [Int], in problem: RoutingProblem) -> Int? {
        violations(RoutingSolution.Route(vehicleType: 0, stops: route), of: problem).isEmpty
            ? distance(of: route, in: problem) : nil
    }

    private static func distance(of stops: [Int], in problem: RoutingProblem) -> Int {
        guard !stops.isEmpty else { return 0 }
        let path = [0] + stops.map { $0 + 1 } + [0]
        return zip(path, path.dropFirst()).reduce(0) { $0 + problem.distance[$1.0, $1.1] }
    }
}
