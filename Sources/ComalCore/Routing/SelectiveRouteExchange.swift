/// Selective route exchange crossover (SREX, Nagata & Kobayashi; as in PyVRP): routes of both
/// parents are sorted by angle, a run of adjacent routes of one parent replaces a matching run of
/// the other, and the clients this leaves out are reinserted by the local search.
struct SelectiveRouteExchange {
    let data: SearchData

    /// Two offspring of `a` and `b` (routes per slot) and the clients each still has to place.
    func offspring(_ a: Individual, _ b: Individual, random: inout RoutingRandom) -> [([[Int]], [Int])] {
        let routesA = sortedByAngle(a), routesB = sortedByAngle(b)
        guard !routesA.isEmpty, !routesB.isEmpty else { return [(a.routes, [])] }
        let nA = routesA.count, nB = routesB.count
        var startA = random.below(nA), startB = random.below(nB)
        let moved = 1 + random.below(min(nA, nB))
        var inA = Array(repeating: false, count: data.size), inB = inA
        for r in 0..<moved {
            for client in routesA[(startA + r) % nA].clients { inA[client] = true }
            for client in routesB[(startB + r) % nB].clients { inB[client] = true }
        }
        // Slide either window while that lowers the number of clients selected in A but not B.
        func count(_ clients: [Int], _ selected: [Bool], _ wanted: Bool) -> Int {
            clients.reduce(0) { $0 + (selected[$1] == wanted ? 1 : 0) }
        }
        while true {
            let aLeft =
                count(routesA[(startA - 1 + nA) % nA].clients, inB, false)
                - count(routesA[(startA + moved - 1) % nA].clients, inB, false)
            let aRight =
                count(routesA[(startA + moved) % nA].clients, inB, false) - count(routesA[startA].clients, inB, false)
            let bLeft =
                count(routesB[(startB + moved - 1) % nB].clients, inA, true)
                - count(routesB[(startB - 1 + nB) % nB].clients, inA, true)
            let bRight =
                count(routesB[startB].clients, inA, true) - count(routesB[(startB + moved) % nB].clients, inA, true)
            let best = min(aLeft, aRight, bLeft, bRight)
            if best >= 0 { break }
            if best == aLeft {
                for client in routesA[(startA + moved - 1) % nA].clients { inA[client] = false }
                startA = (startA - 1 + nA) % nA
                for client in routesA[startA].clients { inA[client] = true }
            } else if best == aRight {
                for client in routesA[startA].clients { inA[client] = false }
                startA = (startA + 1) % nA
                for client in routesA[(startA + moved - 1) % nA].clients { inA[client] = true }
            } else if best == bLeft {
                for client in routesB[(startB + moved - 1) % nB].clients { inB[client] = false }
                startB = (startB - 1 + nB) % nB
                for client in routesB[startB].clients { inB[client] = true }
            } else {
                for client in routesB[startB].clients { inB[client] = false }
                startB = (startB + 1) % nB
                for client in routesB[(startB + moved - 1) % nB].clients { inB[client] = true }
            }
        }
        // Offspring 1 takes B's selected routes whole; offspring 2 only their clients also selected in A.
        var first = a.routes.map { _ in [Int]() }, second = first
        for r in 0..<moved {
            let slot = routesA[(startA + r) % nA].slot
            for client in routesB[(startB + r) % nB].clients {
                first[slot].append(client)
                if inA[client] { second[slot].append(client) }
            }
        }
        for r in moved..<nA {
            let route = routesA[(startA + r) % nA]
            for client in route.clients {
                if !(inB[client] && !inA[client]) { first[route.slot].append(client) }
                second[route.slot].append(client)
            }
        }
        let unplanned = (1..<data.size).filter { inA[$0] && !inB[$0] }
        return [(first, unplanned), (second, unplanned)]
    }

    private func sortedByAngle(_ individual: Individual) -> [(slot: Int, clients: [Int])] {
        let routes = individual.routes.enumerated().filter { !$0.element.isEmpty }.map { ($0.offset, $0.element) }
        guard let positions = data.positions else { return routes }
        let centre = positions.dropFirst().reduce((0.0, 0.0)) { ($0.0 + $1.x, $0.1 + $1.y) }
        let count = Double(max(positions.count - 1, 1))
        func pseudoAngle(_ clients: [Int]) -> Double {
            let x = clients.reduce(0.0) { $0 + positions[$1].x } / Double(clients.count) - centre.0 / count
            let y = clients.reduce(0.0) { $0 + positions[$1].y } / Double(clients.count) - centre.1 / count
            let denominator = abs(x) + abs(y)
            return denominator == 0 ? 0 : (y < 0 ? -1 : 1) * (1 - x / denominator)
        }
        let angles = routes.map { pseudoAngle($0.1) }
        return routes.indices.sorted { (angles[$0], $0) < (angles[$1], $1) }.map { routes[$0] }
    }
}
