extension RoutingProblem {
    /// A problem on real places: travel between the depot and the stops is estimated from their
    /// coordinates by `roads` (great circle × road factor at an average speed), in metres and
    /// seconds, so windows and service times are in seconds too. `locations[i]` is where `stops[i]` is.
    public init(
        depot: GeoPoint, locations: [GeoPoint], stops: [Stop], vehicleTypes: [VehicleType],
        roads: RoadEstimate = RoadEstimate()
    ) throws(RoutingProblemError) {
        guard locations.count == stops.count else {
            throw .positionCount(expected: stops.count + 1, found: locations.count + 1)
        }
        let points = [depot] + locations
        try self.init(
            vehicleTypes: vehicleTypes, stops: stops, distance: roads.distanceMatrix(points),
            duration: roads.durationMatrix(points),
            positions: points.map { Position(x: $0.longitude, y: $0.latitude) })
    }
}
