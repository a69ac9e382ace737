import ComalCore
import ComalTestSupport
import Foundation
import Synchronization
import Testing

/// The readers on the real benchmark files: best-known solutions re-cost exactly, and a short
/// solve of a real instance gives routes the independent checker accepts.
@Suite struct BenchmarkInstanceTests {
    static let directory = ProcessRunner.packageRoot().appendingPathComponent("bench/instances")

    private func instance(_ path: String) throws -> RoutingInstance {
        try RoutingInstance.parse(
            try String(contentsOf: Self.directory.appendingPathComponent(path), encoding: .utf8), fileName: path)
    }

    private func bestKnown(_ path: String, in instance: RoutingInstance) throws -> (routes: [RoutingSolution.Route], cost: Int) {
        let file = try SolutionFile.parse(try String(contentsOf: Self.directory.appendingPathComponent(path), encoding: .utf8))
        let routes = try instance.routes(fromCustomerIDs: file.routes)
        return (routes, routes.reduce(0) { $0 + instance.problem.distance(of: $1.stops) })
    }

    @Test func solomonC101ReadsAndItsBestKnownSolutionRecostsExactly() throws {
        let c101 = try instance("solomon/C101.txt")
        #expect(c101.name == "C101")
        #expect(c101.problem.stops.count == 100)
        #expect(c101.problem.vehicleTypes == [.init(count: 25, capacity: [200], shift: TimeWindow(open: 0, close: 12360))])
        #expect(c101.problem.stops[0] == .init(demand: [10], serviceTime: 900, windows: [TimeWindow(open: 9120, close: 9670)]))
        let best = try bestKnown("solomon/C101.sol", in: c101)
        #expect(c101.formattedCost(best.cost) == "827.3")
        #expect(best.cost == c101.parseCost("827.3"))
        let solution = RoutingSolution(routes: best.routes, distance: best.cost, unserved: [], iterations: 0)
        #expect(IndependentChecker.violations(solution, of: c101.problem).isEmpty)
    }

    @Test func cvrpANumber32ReadsAndItsBestKnownSolutionRecostsExactly() throws {
        let a32 = try instance("cvrp/A-n32-k5.vrp")
        #expect(a32.name == "A-n32-k5")
        #expect(a32.problem.stops.count == 31)
        #expect(a32.problem.vehicleTypes == [.init(count: nil, capacity: [100])])
        #expect(a32.problem.distance[0, 1] == 35)  // nodes 1 (82, 76) and 2 (96, 44): √(14² + 32²) = 34.93
        let best = try bestKnown("cvrp/A-n32-k5.sol", in: a32)
        #expect(best.cost == 784)
        let solution = RoutingSolution(routes: best.routes, distance: best.cost, unserved: [], iterations: 0)
        #expect(IndependentChecker.violations(solution, of: a32.problem).isEmpty)
    }

    /// A fixed budget of offspring, not a wall clock: the same routes on any machine under any load.
    @Test(arguments: ["solomon/RC101.txt", "cvrp/X-n101-k25.vrp"])
    func shortSolveOfRealInstanceIsFeasible(_ path: String) throws {
        let real = try instance(path)
        var parameters = RoutingSolver.Parameters(iterationLimit: 10)
        parameters.populationSize = 4
        let solution = RoutingSolver(parameters: parameters).solve(real.problem, seed: 1)
        #expect(solution.iterations == 10)
        #expect(solution.unserved.isEmpty)
        #expect(IndependentChecker.violations(solution, of: real.problem).isEmpty)
    }

    /// The caller's stop (a time limit, in the CLI) is asked between offspring and obeyed at once.
    @Test func theSearchStopsWhenAsked() throws {
        let real = try instance("cvrp/X-n101-k25.vrp")
        let asked = Mutex(0)
        var parameters = RoutingSolver.Parameters()
        parameters.populationSize = 4
        let populationSize = parameters.populationSize
        let solution = RoutingSolver(parameters: parameters).solve(real.problem, seed: 1) {
            asked.withLock { count in
                count += 1
                return count > populationSize - 1 + 3
            }
        }
        #expect(solution.iterations == 3)
        #expect(asked.withLock { $0 } == populationSize - 1 + 4)
        #expect(IndependentChecker.violations(solution, of: real.problem).isEmpty)
    }
}
