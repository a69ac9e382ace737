import ComalCore
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
        let instance = try RoutingInstance.parse(ReaderErrorTests.solomon).travelling(by: table)
        // Solomon files keep tenths: 4.5 becomes 45 both ways; the diagonal is zero.
        #expect(instance.problem.distance[1, 2] == 45)
        #expect(instance.problem.distance[2, 1] == 45)
        #expect(instance.problem.duration[0, 1] == 80)
        #expect(instance.problem.distance[2, 2] == 0)
    }

    @Test func missingPairAndBadValueAreNamed() {
        #expect(throws: RoutingFileError(line: nil, "no row from 0 to 2")) {
            try RoutingInstance.parse(ReaderErrorTests.solomon).travelling(
                by: TravelTable.parse("from,to,distance,duration\n0,1,7,8\n1,2,4,5\n"))
        }
        #expect(throws: RoutingFileError(line: 3, "duration should be a non-negative number, found \"soon\"")) {
            try TravelTable.parse("from,to,distance,duration\n0,1,7,8\n1,2,4,soon\n")
        }
    }
}
