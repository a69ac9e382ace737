import Foundation

/// Plans routes for a `RoutingProblem` by hybrid genetic search. The same problem, seed and thread
/// count give the same routes whenever the search ends by its iteration limit or by converging;
/// a time limit is the caller's `shouldStop`, since the core reads no clock.
public struct RoutingSolver: Sendable {
    /// How hard and how wide the search runs.
    public struct Parameters: Hashable, Sendable {
        /// Solutions kept per sub-population.
        public var populationSize = 25
        /// Offspring bred before the weakest are culled back to `populationSize`.
        public var generationSize = 40
        /// Nearest clients each client's moves consider.
        public var granularity = 40
        /// Chance that an infeasible offspring is searched again under heavier penalties.
        public var repairProbability = 0.5
        /// Offspring without a better feasible solution after which the search has converged.
        public var convergence = 5_000
        /// Most offspring to breed.
        public var iterationLimit = Int.max
        /// Independent searches run side by side (different seeds); the best is kept.
        public var threads = 1

        /// Defaults as in HGS / PyVRP, with the stopping rules and thread count given.
        public init(convergence: Int = 5_000, iterationLimit: Int = .max, threads: Int = 1) {
            self.convergence = convergence
            self.iterationLimit = iterationLimit
            self.threads = threads
        }
    }

    /// How the search runs.
    public var parameters: Parameters

    /// A solver with the given parameters.
    public init(parameters: Parameters = Parameters()) { self.parameters = parameters }

    /// The best routes found before `shouldStop` returns true or the search converges. Stops that
    /// no vehicle can serve, or that the fleet cannot fit, come back in `unserved` with the reason.
    public func solve(
        _ problem: RoutingProblem, seed: UInt64, shouldStop: @escaping @Sendable () -> Bool = { false }
    ) -> RoutingSolution {
        var unserved: [RoutingSolution.Unserved] = []
        var serving: [Int] = []
        for stop in problem.stops.indices {
            if let reason = Self.reasonUnservable(stop, in: problem) {
                unserved.append(.init(stop: stop, reason: reason))
            } else {
                serving.append(stop)
            }
        }
        guard !serving.isEmpty else { return RoutingSolution(routes: [], distance: 0, unserved: unserved, iterations: 0) }
        let data = SearchData(problem: problem, serving: serving, granularity: parameters.granularity)
        let outcomes = SearchOutcomes(count: max(1, parameters.threads))
        let parameters = self.parameters
        DispatchQueue.concurrentPerform(iterations: outcomes.count) { thread in
            let search = GeneticSearch(
                data: data, parameters: parameters, seed: seed &+ UInt64(thread) &* 0x9E37_79B9_7F4A_7C15)
            search.run(shouldStop: shouldStop)
            outcomes.record(thread, best: search.best, fallback: search.leastViolating, iterations: search.iterations)
        }
        var routes = outcomes.bestRoutes(slots: data.slotType.count)
        let dropped = FeasibilityRepair(data: data).dropStopsUntilFeasible(&routes)
        var planned = routes.enumerated().filter { !$0.element.isEmpty }.map { slot, clients in
            RoutingSolution.Route(vehicleType: data.slotType[slot], stops: clients.map { data.stopIndex[$0] })
        }
        for stop in dropped.map({ data.stopIndex[$0] }) where !Self.placeOnSpareVehicle(stop, routes: &planned, in: problem) {
            unserved.append(.init(stop: stop, reason: .fleetTooSmall))
        }
        return RoutingSolution(
            routes: planned, distance: planned.reduce(0) { $0 + problem.distance(of: $1.stops) },
            unserved: unserved.sorted { $0.stop < $1.stop }, iterations: outcomes.iterations)
    }

    /// Why a stop cannot be on any route even alone, or nil when some vehicle could serve it.
    static func reasonUnservable(_ stop: Int, in problem: RoutingProblem) -> UnservedReason? {
        let demand = problem.stops[stop].demand
        let types = problem.vehicleTypes.indices.filter { problem.vehicleTypes[$0].count != 0 }
        let fitting = types.filter { type in zip(demand, problem.vehicleTypes[type].capacity).allSatisfy { $0 <= $1 } }
        guard !fitting.isEmpty else {
            let largest = demand.indices.map { d in types.map { problem.vehicleTypes[$0].capacity[d] }.max() ?? 0 }
            return .demandExceedsEveryVehicle(dimension: demand.indices.first { demand[$0] > largest[$0] } ?? 0)
        }
        let reachable = fitting.contains { type in
            RouteTimeline(RoutingSolution.Route(vehicleType: type, stops: [stop]), in: problem).lateness == 0
        }
        return reachable ? nil : .windowUnreachable
    }
}

extension RoutingProblem {
    /// The distance of a route through `stops` from the depot and back.
    public func distance(of stops: [Int]) -> Int {
        guard !stops.isEmpty else { return 0 }
        var total = distance[0, stops[0] + 1] + distance[stops[stops.count - 1] + 1, 0]
        for (from, to) in zip(stops, stops.dropFirst()) { total += distance[from + 1, to + 1] }
        return total
    }
}

/// What each parallel search found, gathered under a lock and chosen without regard to which
/// finished first, so the answer depends only on the seeds.
private final class SearchOutcomes: @unchecked Sendable {
    let count: Int
    private let lock = NSLock()
    private var best: [Individual?]
    private var fallback: [Individual?]
    private var iterationCounts: [Int]

    init(count: Int) {
        self.count = count
        best = Array(repeating: nil, count: count)
        fallback = best
        iterationCounts = Array(repeating: 0, count: count)
    }

    func record(_ thread: Int, best: Individual?, fallback: Individual?, iterations: Int) {
        lock.withLock {
            self.best[thread] = best
            self.fallback[thread] = fallback
            iterationCounts[thread] = iterations
        }
    }

    var iterations: Int { lock.withLock { iterationCounts.reduce(0, +) } }

    /// The cheapest feasible solution of any thread (lowest thread on ties), else the least violating.
    func bestRoutes(slots: Int) -> [[Int]] {
        lock.withLock {
            let feasible = best.compactMap { $0 }
            if let winner = feasible.min(by: { $0.distance < $1.distance }) { return winner.routes }
            let candidates = fallback.compactMap { $0 }
            let winner = candidates.min { ($0.excess + $0.warp, $0.distance) < ($1.excess + $1.warp, $1.distance) }
            return winner?.routes ?? Array(repeating: [], count: slots)
        }
    }
}
