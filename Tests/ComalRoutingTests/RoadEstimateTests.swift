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
