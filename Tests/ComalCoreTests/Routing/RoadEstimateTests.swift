import ComalCore
import ComalTestSupport
import Testing

/// Distances and times estimated from coordinates: great circle × road factor, at an average speed.
@Suite struct RoadEstimateTests {
    // Albuquerque and Santa Fe plazas: about 93 km apart as the crow flies.
    let albuquerque = GeoPoint(latitude: 35.0961, longitude: -106.6705)
    let santaFe = GeoPoint(latitude: 35.6870, longitude: -105.9378)

    @Test func greatCircleMatchesAKnownDistance() {
        #expect(abs(albuquerque.greatCircleMetres(to: santaFe) - 93_300) < 1_000)
    }

    @Test func roadFactorAndSpeedScaleTheMatrices() {
        let estimate = RoadEstimate()
        let distance = estimate.distanceMatrix([albuquerque, santaFe])
        let duration = estimate.durationMatrix([albuquerque, santaFe])
        let crow = albuquerque.greatCircleMetres(to: santaFe)
        #expect(distance[0, 0] == 0)
        #expect(distance[0, 1] == Int((crow * 1.3).rounded()))
        #expect(distance[0, 1] == distance[1, 0])
        // 60 km/h is 1 km a minute.
        #expect(abs(duration[0, 1] - Int(crow * 1.3 / 1000 * 60)) <= 1)
    }
}

/// Travel figures from a road router's CSV replace the file's straight lines.
@Suite struct TravelTableTests {
    @Test func tableReplacesTheFileDistancesInItsUnits() throws {
        let table = try TravelTable.parse("from,to,distance,duration\n0,1,7,8\n1,2,4.5,5\n0,2,9,9\n")
        let instance = try RoutingInstance.parse(RoutingFileSamples.solomon).travelling(by: table)
        // Solomon files keep tenths: 4.5 becomes 45 both ways; the diagonal is zero.
        #expect(instance.problem.distance[1, 2] == 45)
        #expect(instance.problem.distance[2, 1] == 45)
        #expect(instance.problem.duration[0, 1] == 80)
        #expect(instance.problem.distance[2, 2] == 0)
    }

    @Test func missingPairAndBadValueAreNamed() {
        #expect(throws: RoutingFileError(line: nil, "no row from 0 to 2")) {
            try RoutingInstance.parse(RoutingFileSamples.solomon).travelling(
                by: TravelTable.parse("from,to,distance,duration\n0,1,7,8\n1,2,4,5\n"))
        }
        #expect(throws: RoutingFileError(line: 3, "duration should be a non-negative number, found \"soon\"")) {
            try TravelTable.parse("from,to,distance,duration\n0,1,7,8\n1,2,4,soon\n")
        }
    }
}

/// A day's problem built from the hub's and sites' coordinates, as the delivery plan will build it.
@Suite struct GeographicProblemTests {
    @Test func sitesAroundAlbuquerqueArePlannedWithinTheirWindows() throws {
        let hub = GeoPoint(latitude: 35.08, longitude: -106.65)
        let sites = [
            GeoPoint(latitude: 35.69, longitude: -105.94),  // Santa Fe
            GeoPoint(latitude: 35.99, longitude: -106.08),  // Española
            GeoPoint(latitude: 36.40, longitude: -105.57),  // Taos
            GeoPoint(latitude: 34.66, longitude: -106.78),  // Belen
            GeoPoint(latitude: 35.23, longitude: -106.66),  // Bernalillo
        ]
        let hour = 3600
        let stops = sites.indices.map { index in
            RoutingProblem.Stop(
                demand: [10 + index, 100, (1 - index % 2) * 4], serviceTime: 15 * 60,
                windows: [TimeWindow(open: 7 * hour, close: (index == 2 || index == 3 ? 13 : 10) * hour)])
        }
        let problem = try RoutingProblem(
            depot: hub, locations: sites, stops: stops,
            vehicleTypes: [
                .init(count: 1, capacity: [40, 400, 12], shift: TimeWindow(open: 5 * hour, close: 17 * hour)),
                .init(count: 1, capacity: [30, 300, 0], shift: TimeWindow(open: 6 * hour, close: 14 * hour)),
            ])
        let solution = RoutingSolver(parameters: .init(convergence: 200)).solve(problem, seed: 1)
        #expect(solution.unserved.isEmpty)
        #expect(IndependentChecker.violations(solution, of: problem).isEmpty)
        // The van carries no cold goods, so the sites receiving them ride the truck.
        for route in solution.routes where route.vehicleType == 1 {
            #expect(route.stops.allSatisfy { problem.stops[$0].demand[2] == 0 })
        }
    }
}
