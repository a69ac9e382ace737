/// The local search's driver: client moves in random order until no move improves, skipping pairs
/// whose routes have not changed since they were last tried; SWAP* between routes whose sectors
/// overlap; and best insertion for clients a crossover left out.
extension LocalSearch {
    /// Runs to a local optimum of the penalised cost.
    mutating func search(random: inout RoutingRandom) {
        var order = Array(1...max(data.clientCount, 1))
        if data.clientCount == 0 { return }
        order.shuffle(using: &random)
        for client in order { neighbours[client].shuffle(using: &random) }
        var lastTested = Array(repeating: -1, count: data.size)
        var swapStarTested = Array(repeating: Array(repeating: -1, count: routeCount), count: routeCount)
        var pass = 0
        var improved = true
        while improved {
            improved = false
            for u in order {
                let lastTest = lastTested[u]
                lastTested[u] = moveCount
                for v in neighbours[u] {
                    if pass > 0 && max(lastModified[routeOf[u]], lastModified[routeOf[v]]) <= lastTest { continue }
                    if improve(u, near: v) { improved = true }
                }
                // Only after the first pass, so that the fleet does not grow needlessly.
                if pass > 0 && improveWithEmptyRoute(u) { improved = true }
            }
            if improveBySwapStar(tested: &swapStarTested) { improved = true }
            pass += 1
        }
    }

    /// Puts each client at its cheapest place (penalised), in the order given.
    mutating func insert(_ clients: [Int]) {
        for client in clients {
            var best = Int.max
            var bestRewrite: RouteRewrite?
            var triedEmpty: Set<Int> = []
            for route in 0..<routeCount {
                let k = count(route)
                if k == 0 && !triedEmpty.insert(data.slotType[route]).inserted { continue }
                for position in 0...k {
                    let rewrite = RouteRewrite(
                        route, RoutePiece(route, 1, position), .unrouted(client), RoutePiece(route, position + 1, k))
                    let cost = delta(rewrite)
                    if cost < best {
                        best = cost
                        bestRewrite = rewrite
                    }
                }
            }
            if let bestRewrite { apply(bestRewrite) }
        }
    }

    /// SWAP* (Vidal 2022) over every pair of routes changed since the pair was last tried.
    private mutating func improveBySwapStar(tested: inout [[Int]]) -> Bool {
        var improved = false
        var sectors = data.angle.map { angles in (0..<routeCount).map { CircleSector(clients: clients(of: $0), angle: angles) } }
        for r1 in 0..<routeCount where count(r1) > 0 {
            for r2 in r1 + 1..<routeCount where count(r2) > 0 {
                let last = tested[r1][r2]
                guard lastModified[r1] > last || lastModified[r2] > last else { continue }
                tested[r1][r2] = moveCount
                if let sectors, !sectors[r1].overlaps(sectors[r2]) { continue }
                if swapStar(r1, r2) {
                    improved = true
                    if let angles = data.angle {
                        sectors?[r1] = CircleSector(clients: clients(of: r1), angle: angles)
                        sectors?[r2] = CircleSector(clients: clients(of: r2), angle: angles)
                    }
                }
            }
        }
        return improved
    }
}
