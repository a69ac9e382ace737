import Foundation

/// An independent check of a planned route, sharing no code with the planner: travel by the
/// spherical law of cosines × 1.3 at 60 km/h, unloading 10 minutes plus 30 s per case.
struct RouteChecker {
    struct Visit {
        var site: String
        var arrivalMinutes: Int
    }

    /// Every way `visits` (in order) breaks capacity, a window, the shift, or strays from the
    /// printed arrival by more than two minutes; empty when the route is sound.
    static func problems(vehicle: String, visits: [Visit]) -> [String] {
        let spec = DeliveryFixture.vehicleTable[vehicle]!
        var problems: [String] = []
        for dimension in 0..<4 {
            let load = visits.count * DeliveryFixture.siteLoad[dimension]
            if load > spec.capacity[dimension] { problems.append("\(vehicle) carries \(load) in dimension \(dimension)") }
        }
        var time = Double(spec.open * 60)
        var here = DeliveryFixture.hub
        for visit in visits {
            let site = DeliveryFixture.siteTable[visit.site]!
            time += seconds(from: here, to: (site.latitude, site.longitude))
            if abs(time / 60 - Double(visit.arrivalMinutes)) > 2 {
                problems.append("\(visit.site): printed arrival \(visit.arrivalMinutes) min, computed \(time / 60)")
            }
            time = max(time, Double(site.open * 60))
            if time > Double(site.close * 60) + 60 { problems.append("\(visit.site): service starts after its window") }
            time += Double(600 + 30 * DeliveryFixture.siteLoad[0])
            here = (site.latitude, site.longitude)
        }
        time += seconds(from: here, to: DeliveryFixture.hub)
        if time > Double(spec.close * 60) + 60 { problems.append("\(vehicle) is back after its shift ends") }
        return problems
    }

    private static func seconds(from a: (latitude: Double, longitude: Double), to b: (latitude: Double, longitude: Double))
        -> Double
    {
        let radians = Double.pi / 180
        let cosine =
            sin(a.latitude * radians) * sin(b.latitude * radians)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * cos((b.longitude - a.longitude) * radians)
        let metres = 6_371_008.8 * acos(min(1, max(-1, cosine))) * 1.3
        return metres / (60_000.0 / 3600)
    }
}
