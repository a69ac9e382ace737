/// Makes a solution feasible when the search found none (the fleet is too small for all stops):
/// takes stops off violating routes, the one whose removal helps most first, then puts back any
/// that now fit somewhere. What stays off is reported, never silently dropped.
struct FeasibilityRepair {
    let data: SearchData

    /// Removes clients until every route keeps capacity, windows and shift; returns the removed ones.
    func dropStopsUntilFeasible(_ routes: inout [[Int]]) -> [Int] {
        var removed: [Int] = []
        for slot in routes.indices {
            while violation(routes[slot], slot: slot) > 0 {
                let candidates = routes[slot].indices.map { index -> (Int, Int, Int) in
                    var shorter = routes[slot]
                    shorter.remove(at: index)
                    return (violation(shorter, slot: slot), distance(shorter), index)
                }
                let (_, _, index) = candidates.min { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }!
                removed.append(routes[slot].remove(at: index))
            }
        }
        return removed.filter { client in !reinsert(client, into: &routes) }.sorted()
    }

    /// Puts `client` where it adds least distance without breaking any route; false if nowhere.
    private func reinsert(_ client: Int, into routes: inout [[Int]]) -> Bool {
        var best: (added: Int, slot: Int, index: Int)?
        for slot in routes.indices {
            for index in 0...routes[slot].count {
                var longer = routes[slot]
                longer.insert(client, at: index)
                guard violation(longer, slot: slot) == 0 else { continue }
                let added = distance(longer) - distance(routes[slot])
                if best.map({ added < $0.added }) ?? true { best = (added, slot, index) }
            }
        }
        guard let best else { return false }
        routes[best.slot].insert(client, at: best.index)
        return true
    }

    private func violation(_ route: [Int], slot: Int) -> Int {
        let load = route.reduce(SIMD4<Int>.zero) { $0 &+ data.demand[$1] }
        let late = RouteTimeline.lateness(
            route, windows: data.windows, service: data.service, shift: data.slotShift[slot],
            travel: data.drive)
        return data.excess(load, slot: slot) + late
    }

    private func distance(_ route: [Int]) -> Int {
        zip([0] + route, route + [0]).reduce(0) { $0 + data.dist($1.0, $1.1) }
    }
}
