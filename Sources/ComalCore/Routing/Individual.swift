/// One complete solution in the genetic search: clients per route slot, the parts of its penalised
/// cost, and each client's neighbours on its route for the broken-pairs diversity measure.
struct Individual {
    /// Clients per route slot (empty slots included, so slots keep their vehicle type).
    var routes: [[Int]]
    var distance: Int
    var excess: Int
    var warp: Int
    /// The client after and before each client on its route (0 for the depot).
    var successor: [Int]
    var predecessor: [Int]

    /// Reads the local search's current solution.
    init(_ search: LocalSearch) {
        routes = search.routes()
        distance = search.routeDistance.reduce(0, +)
        excess = search.routeExcess.reduce(0, +)
        warp = search.routeWarp.reduce(0, +)
        successor = Array(repeating: 0, count: search.data.size)
        predecessor = successor
        for route in routes {
            for (index, client) in route.enumerated() {
                predecessor[client] = index == 0 ? 0 : route[index - 1]
                successor[client] = index == route.count - 1 ? 0 : route[index + 1]
            }
        }
    }

    /// Keeps every capacity and (hull) window.
    var isFeasible: Bool { excess == 0 && warp == 0 }

    /// Distance plus weighted violations.
    func cost(loadWeight: Int, timeWeight: Int) -> Int { distance + loadWeight * excess + timeWeight * warp }

    /// The share of clients whose route neighbours differ (broken pairs distance, HGS), in [0, 1].
    func brokenPairs(_ other: Individual) -> Double {
        let clients = successor.count - 1
        guard clients > 0 else { return 0 }
        var broken = 0
        for client in 1...clients {
            let next = successor[client]
            if next != other.successor[client] && next != other.predecessor[client] { broken += 1 }
            if predecessor[client] == 0 && other.predecessor[client] != 0 && other.successor[client] != 0 {
                broken += 1
            }
        }
        return Double(broken) / Double(clients)
    }
}
