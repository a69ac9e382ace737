import ComalCore
import ComalTestSupport

/// Small random problems (a handful of stops) and their optimum by exhaustive enumeration.
enum SmallInstances {
    /// A problem of `stops` stops on a 100 × 100 grid, with demands, service times, windows and a
    /// fleet of `vehicles` identical vehicles, all drawn from `seed`.
    static func random(seed: UInt64, stops: Int, vehicles: Int, capacity: Int, tight: Bool) -> RoutingProblem {
        var random = SeededGenerator(seed: seed)
        let points = (0...stops).map { _ in
            RoutingProblem.Position(
                x: Double(Int.random(in: 0...100, using: &random)), y: Double(Int.random(in: 0...100, using: &random)))
        }
        let matrix = TravelMatrix(size: points.count) { from, to in
            let dx = points[from].x - points[to].x, dy = points[from].y - points[to].y
            return Int((dx * dx + dy * dy).squareRoot().rounded())
        }
        let horizon = 600
        let stopList = (0..<stops).map { _ -> RoutingProblem.Stop in
            let open = tight ? Int.random(in: 0...400, using: &random) : 0
            let width = tight ? Int.random(in: 40...160, using: &random) : horizon
            return RoutingProblem.Stop(
                demand: [Int.random(in: 1...4, using: &random), Int.random(in: 0...3, using: &random)],
                serviceTime: Int.random(in: 5...15, using: &random),
                windows: [TimeWindow(open: open, close: min(open + width, horizon))])
        }
        return try! RoutingProblem(
            vehicleTypes: [.init(count: vehicles, capacity: [capacity, capacity], shift: TimeWindow(open: 0, close: horizon))],
            stops: stopList, distance: matrix, duration: matrix, positions: points)
    }

    /// The least total distance over every way of putting the stops, in order, on at most the
    /// fleet's vehicles (vehicle type 0 only), or nil when no way is feasible.
    static func optimum(_ problem: RoutingProblem) -> Int? {
        let vehicles = problem.vehicleTypes[0].count ?? problem.stops.count
        var best: Int?
        // The same route recurs in many solutions: check each once.
        var routeCost: [[Int]: Int] = [:]
        func cost(_ route: [Int]) -> Int? {
            if let known = routeCost[route] { return known == .max ? nil : known }
            let value = IndependentChecker.cost(of: route, in: problem)
            routeCost[route] = value ?? .max
            return value
        }
        for order in permutations(Array(problem.stops.indices)) {
            // Each subset of the gaps between consecutive stops is a way to cut the order into routes.
            for cuts in 0..<(1 << max(order.count - 1, 0)) where cuts.nonzeroBitCount < vehicles {
                var routes: [[Int]] = [[order[0]]]
                for index in 1..<order.count {
                    if cuts & (1 << (index - 1)) != 0 { routes.append([]) }
                    routes[routes.count - 1].append(order[index])
                }
                var total = 0
                for route in routes {
                    guard let routeCost = cost(route) else {
                        total = .max
                        break
                    }
                    total += routeCost
                }
                if total != .max, best.map({ total < $0 }) ?? true { best = total }
            }
        }
        return best
    }

    private static func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[Int]] in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }
}
