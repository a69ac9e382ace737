/// SWAP* (Vidal 2022): exchanges a client of one route with a client of another, each going to its
/// best place in the other route rather than the vacated one. Insertion costs are pre-computed
/// (three best places per client), candidates are priced by distance and load, and only the best
/// candidate is priced exactly, time warp included.
extension LocalSearch {
    /// Applies the best SWAP* between two routes if it lowers the penalised cost.
    mutating func swapStar(_ r1: Int, _ r2: Int) -> Bool {
        let k1 = count(r1), k2 = count(r2)
        let removal1 = (0...k1).map { $0 == 0 ? 0 : removalSaving(r1, $0) }
        let removal2 = (0...k2).map { $0 == 0 ? 0 : removalSaving(r2, $0) }
        let places1in2 = (0...k1).map { $0 == 0 ? ThreeBestPlaces() : threeBestPlaces(client(r1, $0), in: r2) }
        let places2in1 = (0...k2).map { $0 == 0 ? ThreeBestPlaces() : threeBestPlaces(client(r2, $0), in: r1) }
        let load1 = tables.cumLoad[r1 * tables.stride + k1], load2 = tables.cumLoad[r2 * tables.stride + k2]
        var best = 0
        var move: (pu: Int, pv: Int, afterU: Int, afterV: Int)?
        for pu in 1...k1 {
            let u = client(r1, pu)
            for pv in 1...k2 {
                let v = client(r2, pv)
                let shift = data.demand[v] &- data.demand[u]
                var delta =
                    loadWeight
                    * (data.excess(load1 &+ shift, slot: r1) - routeExcess[r1]
                        + data.excess(load2 &- shift, slot: r2) - routeExcess[r2])
                delta -= removal1[pu] + removal2[pv]
                guard delta < best else { continue }
                let placeU = cheapestPlace(u, places1in2[pu], in: r2, vacating: pv)
                let placeV = cheapestPlace(v, places2in1[pv], in: r1, vacating: pu)
                delta += placeU.cost + placeV.cost
                if delta < best {
                    best = delta
                    move = (pu, pv, placeU.after, placeV.after)
                }
            }
        }
        guard let move else { return false }
        let a = rewrite(r1, inserting: RoutePiece(r2, move.pv, move.pv), after: move.afterV, removing: move.pu)
        let b = rewrite(r2, inserting: RoutePiece(r1, move.pu, move.pu), after: move.afterU, removing: move.pv)
        return applyIfImproving(a, b)
    }

    /// Distance saved by taking the client at `position` out of `route`.
    private func removalSaving(_ route: Int, _ position: Int) -> Int {
        let before = client(route, position - 1), here = client(route, position), after = client(route, position + 1)
        return data.dist(before, here) + data.dist(here, after) - data.dist(before, after)
    }

    private func threeBestPlaces(_ client: Int, in route: Int) -> ThreeBestPlaces {
        var places = ThreeBestPlaces()
        for after in 0...count(route) {
            let from = self.client(route, after), to = self.client(route, after + 1)
            let cost = data.dist(from, client) + data.dist(client, to) - data.dist(from, to)
            places.offer(cost: cost, after: after)
        }
        return places
    }

    /// The cheapest place for `client` in `route` once the client at `vacated` has left it: its
    /// spot, or one of the three best places that does not touch it.
    private func cheapestPlace(_ client: Int, _ places: ThreeBestPlaces, in route: Int, vacating vacated: Int)
        -> (cost: Int, after: Int)
    {
        let before = self.client(route, vacated - 1), after = self.client(route, vacated + 1)
        var best = (cost: data.dist(before, client) + data.dist(client, after) - data.dist(before, after), after: vacated - 1)
        for index in 0..<places.count {
            let place = places[index]
            if place.after != vacated && place.after != vacated - 1 && place.cost < best.cost { best = place }
        }
        return best
    }

    /// `route` without the client at `removed`, with `piece` inserted after position `after`.
    private func rewrite(_ route: Int, inserting piece: RoutePiece, after: Int, removing removed: Int) -> RouteRewrite {
        let k = count(route)
        if after < removed {
            return RouteRewrite(
                route, RoutePiece(route, 1, after), piece, RoutePiece(route, after + 1, removed - 1),
                RoutePiece(route, removed + 1, k))
        }
        return RouteRewrite(
            route, RoutePiece(route, 1, removed - 1), RoutePiece(route, removed + 1, after), piece,
            RoutePiece(route, after + 1, k))
    }
}

/// The three cheapest insertion places of a client in a route, cheapest first (fixed fields:
/// one is kept per client per route pair, so no allocation).
struct ThreeBestPlaces {
    private var costs = (Int.max, Int.max, Int.max)
    private var afters = (-1, -1, -1)
    private(set) var count = 0

    subscript(index: Int) -> (cost: Int, after: Int) {
        switch index {
        case 0: (costs.0, afters.0)
        case 1: (costs.1, afters.1)
        default: (costs.2, afters.2)
        }
    }

    mutating func offer(cost: Int, after: Int) {
        if cost < costs.0 {
            costs = (cost, costs.0, costs.1)
            afters = (after, afters.0, afters.1)
        } else if cost < costs.1 {
            costs = (costs.0, cost, costs.1)
            afters = (afters.0, after, afters.1)
        } else if cost < costs.2 {
            costs.2 = cost
            afters.2 = after
        } else {
            return
        }
        count = min(count + 1, 3)
    }
}
