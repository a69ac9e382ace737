import ComalCore
import Testing

/// Small problems whose optimum is known by enumerating every solution are solved to that optimum.
@Suite struct SolverOptimalityTests {
    static let cases: [(seed: UInt64, stops: Int, vehicles: Int, capacity: Int, tight: Bool)] = [
        (1, 5, 2, 8, false), (2, 6, 2, 10, true), (3, 6, 3, 7, true), (4, 6, 1, 40, true), (5, 7, 3, 9, true),
        (6, 7, 2, 14, false),
    ]

    @Test(arguments: cases.indices)
    func smallInstanceSolvedOptimally(_ index: Int) {
        let c = Self.cases[index]
        let problem = SmallInstances.random(
            seed: c.seed, stops: c.stops, vehicles: c.vehicles, capacity: c.capacity, tight: c.tight)
        let optimum = SmallInstances.optimum(problem)
        let solution = RoutingSolver(parameters: .init(convergence: 300)).solve(problem, seed: 7)
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
        #expect(solution.unserved.isEmpty)
        #expect(solution.distance == optimum)
    }
}
