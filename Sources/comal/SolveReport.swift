import ComalCore

/// A solved instance written for people (text) or programs (JSON), with ids and cost as the file has them.
struct SolveReport {
    let instance: RoutingInstance
    let solution: RoutingSolution

    private var routes: [[Int]] { solution.routes.map { $0.stops.map { instance.customerIDs[$0] } } }

    /// `{"cost": …, "vehicles": n, "routes": [[ids…], …], "unserved": [ids]}`.
    var json: String {
        let routes = self.routes.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }
        let unserved = solution.unserved.map { String(instance.customerIDs[$0.stop]) }
        return """
            {"cost": \(instance.formattedCost(solution.distance)), "vehicles": \(solution.vehiclesUsed), \
            "routes": [\(routes.joined(separator: ", "))], "unserved": [\(unserved.joined(separator: ", "))]}
            """
    }

    func text(seconds: Double) -> String {
        var lines = [
            "\(instance.name): cost \(instance.formattedCost(solution.distance)), \(solution.vehiclesUsed) vehicles, "
                + "\(solution.unserved.count) unserved (\(solution.iterations) iterations, "
                + "\((seconds * 10).rounded() / 10) s)"
        ]
        for (index, route) in routes.enumerated() {
            lines.append("Route #\(index + 1): " + route.map(String.init).joined(separator: " "))
        }
        for unserved in solution.unserved {
            lines.append("Unserved \(instance.customerIDs[unserved.stop]): \(unserved.reason)")
        }
        return lines.joined(separator: "\n")
    }
}
