/// Estimates road distance and driving time from straight lines when no road router is at hand:
/// the great-circle distance stretched by a road factor, driven at an average speed.
public struct RoadEstimate: Hashable, Sendable {
    /// How much longer roads are than the straight line (1.3 is typical for rural New Mexico grids).
    public var roadFactor: Double
    /// The average driving speed in kilometres per hour.
    public var speedKilometresPerHour: Double

    /// An estimate with the given factor and speed (defaults 1.3 and 60 km/h).
    public init(roadFactor: Double = 1.3, speedKilometresPerHour: Double = 60) {
        self.roadFactor = roadFactor
        self.speedKilometresPerHour = speedKilometresPerHour
    }

    /// Road distances in whole metres between every pair of points (the depot first).
    public func distanceMatrix(_ points: [GeoPoint]) -> TravelMatrix {
        TravelMatrix(size: points.count) { from, to in metres(points[from], points[to]) }
    }

    /// Driving times in whole seconds between every pair of points (the depot first).
    public func durationMatrix(_ points: [GeoPoint]) -> TravelMatrix {
        let metresPerSecond = speedKilometresPerHour * 1000 / 3600
        return TravelMatrix(size: points.count) { from, to in
            Int((Double(metres(points[from], points[to])) / metresPerSecond).rounded())
        }
    }

    private func metres(_ a: GeoPoint, _ b: GeoPoint) -> Int {
        Int((a.greatCircleMetres(to: b) * roadFactor).rounded())
    }
}
