import ComalCore
import Foundation
import Testing

/// What the solver promises beyond cost: unservable stops reported with their reason, the same
/// seed giving the same routes, several windows per stop kept, the time limit honoured.
@Suite struct SolverBehaviourTests {
    /// Three stops on a line, one vehicle type of capacity 10 working 0…1000.
    private func lineProblem(_ stops: [RoutingProblem.Stop], vehicles: Int? = 2) throws -> RoutingProblem {
        let matrix = TravelMatrix(size: stops.count + 1) { abs($0 - $1) * 10 }
        return try RoutingProblem(
            vehicleTypes: [.init(count: vehicles, capacity: [10], shift: TimeWindow(open: 0, close: 1000))],
            stops: stops, distance: matrix, duration: matrix)
    }

    @Test func stopAboveEveryCapacityIsUnservedWithReason() throws {
        let problem = try lineProblem([.init(demand: [4]), .init(demand: [11]), .init(demand: [3])])
        let solution = RoutingSolver(parameters: .init(convergence: 100)).solve(problem, seed: 1)
        #expect(solution.unserved == [.init(stop: 1, reason: .demandExceedsEveryVehicle(dimension: 0))])
        #expect(solution.routes.flatMap(\.stops).sorted() == [0, 2])
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
    }

    @Test func windowUnreachableWithinShiftIsUnservedWithReason() throws {
        // Stop 2 is 30 away but closes at 20: no vehicle leaving at 0 can be there in time.
        let problem = try lineProblem([
            .init(demand: [1]), .init(demand: [1]), .init(demand: [1], windows: [TimeWindow(open: 0, close: 20)]),
        ])
        let solution = RoutingSolver(parameters: .init(convergence: 100)).solve(problem, seed: 1)
        #expect(solution.unserved == [.init(stop: 2, reason: .windowUnreachable)])
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
    }

    @Test func fleetTooSmallLeavesStopsUnservedWithReason() throws {
        let problem = try lineProblem([.init(demand: [6]), .init(demand: [6]), .init(demand: [6])], vehicles: 1)
        let solution = RoutingSolver(parameters: .init(convergence: 200)).solve(problem, seed: 1)
        #expect(solution.routes.count == 1)
        #expect(solution.unserved.count == 2)
        #expect(solution.unserved.allSatisfy { $0.reason == .fleetTooSmall })
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
    }

    @Test func serviceStartsInsideOneOfSeveralWindows() throws {
        // Stop 1 takes deliveries early or late, not in between; stop 2 is only open in the gap.
        let problem = try lineProblem(
            [
                .init(demand: [1], serviceTime: 5, windows: [TimeWindow(open: 0, close: 15), TimeWindow(open: 200, close: 220)]),
                .init(demand: [1], serviceTime: 5, windows: [TimeWindow(open: 100, close: 120)]),
            ], vehicles: 1)
        let solution = RoutingSolver(parameters: .init(convergence: 200)).solve(problem, seed: 3)
        #expect(solution.unserved.isEmpty)
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
        let timeline = RouteTimeline(solution.routes[0], in: problem)
        #expect(timeline.lateness == 0)
    }

    @Test func sameSeedGivesSameRoutes() {
        let problem = SmallInstances.random(seed: 11, stops: 25, vehicles: 8, capacity: 20, tight: true)
        for threads in [1, 2] {
            let solver = RoutingSolver(parameters: .init(iterationLimit: 40, threads: threads))
            let first = solver.solve(problem, seed: 42), second = solver.solve(problem, seed: 42)
            #expect(first == second)
            #expect(IndependentChecker.violations(first, of: problem).isEmpty)
        }
    }

    @Test func stopsWhenAskedTo() {
        let problem = SmallInstances.random(seed: 12, stops: 60, vehicles: 15, capacity: 20, tight: true)
        let solution = RoutingSolver().solve(problem, seed: 1, shouldStop: { true })
        // Stopped at once: one solution is still built and made feasible, never an empty answer.
        #expect(solution.iterations == 0)
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
    }
}

/// Fleets of several vehicle types, with their own capacities, shifts and counts.
@Suite struct MixedFleetTests {
    @Test(arguments: [21, 22] as [UInt64])
    func everyRouteKeepsItsOwnVehiclesLimits(_ seed: UInt64) throws {
        let base = SmallInstances.random(seed: seed, stops: 30, vehicles: 1, capacity: 30, tight: true)
        let problem = try RoutingProblem(
            vehicleTypes: [
                .init(count: 1, capacity: [30, 30], shift: TimeWindow(open: 0, close: 600)),
                .init(count: 6, capacity: [8, 4], shift: TimeWindow(open: 60, close: 500)),
            ],
            stops: base.stops, distance: base.distance, duration: base.duration, positions: base.positions)
        let solution = RoutingSolver(parameters: .init(iterationLimit: 30)).solve(problem, seed: 1)
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
        #expect(solution.routes.contains { $0.vehicleType == 1 })
    }

    @Test func unlimitedTypeTakesWhatTheBoundedPlanCouldNotFit() throws {
        // Ten stops whose windows all close at once far from each other: each needs its own vehicle,
        // more than the load-based estimate of vehicles for an unlimited type.
        let stops = (0..<10).map { _ in RoutingProblem.Stop(demand: [1], windows: [TimeWindow(open: 100, close: 100)]) }
        let matrix = TravelMatrix(size: 11) { $0 == $1 ? 0 : 100 }
        let problem = try RoutingProblem(
            vehicleTypes: [.init(count: nil, capacity: [100], shift: TimeWindow(open: 0, close: 1000))],
            stops: stops, distance: matrix, duration: matrix)
        let solution = RoutingSolver(parameters: .init(convergence: 100)).solve(problem, seed: 1)
        #expect(solution.unserved.isEmpty)
        #expect(solution.routes.count == 10)
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
    }
}

/// Sites that take deliveries in the morning or the afternoon but not over lunch.
@Suite struct SeveralWindowsTests {
    @Test func everyStopIsServedInsideOneOfItsWindows() throws {
        let base = SmallInstances.random(seed: 31, stops: 16, vehicles: 4, capacity: 20, tight: false)
        let stops = base.stops.enumerated().map { index, stop in
            var split = stop
            split.windows =
                index % 3 == 0
                ? [TimeWindow(open: 0, close: 150), TimeWindow(open: 320, close: 450)]
                : [TimeWindow(open: 100 + index * 10, close: 300 + index * 10)]
            return split
        }
        let problem = try RoutingProblem(
            vehicleTypes: base.vehicleTypes, stops: stops, distance: base.distance, duration: base.duration,
            positions: base.positions)
        let solution = RoutingSolver(parameters: .init(iterationLimit: 60)).solve(problem, seed: 2)
        #expect(solution.unserved.isEmpty)
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
    }
}
