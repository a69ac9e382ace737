/// The client moves of the granular neighbourhood: exchanges of runs of up to three clients
/// (relocate, or-opt, swap), 2-opt inside a route and 2-opt* between routes, each tried for a client
/// U and one of its nearest clients V, first improvement applied.
extension LocalSearch {
    /// Tries every client move for `u` and its neighbour `v`; true when one was applied.
    mutating func improve(_ u: Int, near v: Int) -> Bool {
        let ru = routeOf[u], pu = positionOf[u], rv = routeOf[v], pv = positionOf[v]
        if exchange(ru, pu, 1, rv, pv, 0) || exchange(ru, pu, 2, rv, pv, 0) || exchange(ru, pu, 3, rv, pv, 0)
            || exchange(ru, pu, 1, rv, pv, 1) || exchange(ru, pu, 2, rv, pv, 1) || exchange(ru, pu, 2, rv, pv, 2)
        {
            return true
        }
        if ru != rv ? swapTails(ru, pu, rv, pv) : (pu < pv && reverse(ru, after: pu, through: pv)) { return true }
        // V opens its route: also try U right after the depot, in front of V.
        if pv == 1 {
            return exchange(ru, pu, 1, rv, 0, 0) || exchange(ru, pu, 2, rv, 0, 0)
                || (ru != rv && swapTails(ru, pu, rv, 0))
        }
        return false
    }

    /// Tries moving `u` alone into an empty vehicle of each type; true when it helped.
    mutating func improveWithEmptyRoute(_ u: Int) -> Bool {
        var seenTypes: Set<Int> = []
        for route in 0..<routeCount where count(route) == 0 && seenTypes.insert(data.slotType[route]).inserted {
            if exchange(routeOf[u], positionOf[u], 1, route, 0, 0) { return true }
        }
        return false
    }

    /// Exchanges the `n` clients starting at position `pu` of route `ru` with the `m` clients
    /// starting at `pv` of `rv`; with `m == 0` the run is moved to just after position `pv`.
    mutating func exchange(_ ru: Int, _ pu: Int, _ n: Int, _ rv: Int, _ pv: Int, _ m: Int) -> Bool {
        let ku = count(ru), kv = count(rv)
        guard pu + n - 1 <= ku, m == 0 || (pv >= 1 && pv + m - 1 <= kv) else { return false }
        let runU = RoutePiece(ru, pu, pu + n - 1)
        if ru != rv {
            let runV = m > 0 ? RoutePiece(rv, pv, pv + m - 1) : .empty
            let a = RouteRewrite(ru, RoutePiece(ru, 1, pu - 1), runV, RoutePiece(ru, pu + n, ku))
            let b =
                m == 0
                ? RouteRewrite(rv, RoutePiece(rv, 1, pv), runU, RoutePiece(rv, pv + 1, kv))
                : RouteRewrite(rv, RoutePiece(rv, 1, pv - 1), runU, RoutePiece(rv, pv + m, kv))
            return applyIfImproving(a, b)
        }
        let r = ru
        if m == 0 {
            if pv >= pu - 1 && pv <= pu + n - 1 { return false }
            let rewrite =
                pv < pu
                ? RouteRewrite(r, RoutePiece(r, 1, pv), runU, RoutePiece(r, pv + 1, pu - 1), RoutePiece(r, pu + n, ku))
                : RouteRewrite(r, RoutePiece(r, 1, pu - 1), RoutePiece(r, pu + n, pv), runU, RoutePiece(r, pv + 1, ku))
            return applyIfImproving(rewrite)
        }
        let runV = RoutePiece(r, pv, pv + m - 1)
        let rewrite: RouteRewrite
        if pu + n <= pv {
            rewrite = RouteRewrite(
                r, RoutePiece(r, 1, pu - 1), runV, RoutePiece(r, pu + n, pv - 1), runU, RoutePiece(r, pv + m, ku))
        } else if pv + m <= pu {
            rewrite = RouteRewrite(
                r, RoutePiece(r, 1, pv - 1), runU, RoutePiece(r, pv + m, pu - 1), runV, RoutePiece(r, pu + n, ku))
        } else {
            return false
        }
        return applyIfImproving(rewrite)
    }

    /// 2-opt*: route `ru` keeps its clients up to `pu` and takes `rv`'s after `pv`, and the reverse.
    mutating func swapTails(_ ru: Int, _ pu: Int, _ rv: Int, _ pv: Int) -> Bool {
        let ku = count(ru), kv = count(rv)
        let a = RouteRewrite(ru, RoutePiece(ru, 1, pu), RoutePiece(rv, pv + 1, kv))
        let b = RouteRewrite(rv, RoutePiece(rv, 1, pv), RoutePiece(ru, pu + 1, ku))
        return applyIfImproving(a, b)
    }

    /// 2-opt: reverses the clients after position `pu` up to `pv` of one route.
    mutating func reverse(_ route: Int, after pu: Int, through pv: Int) -> Bool {
        guard pv > pu + 1 else { return false }
        let rewrite = RouteRewrite(
            route, RoutePiece(route, 1, pu), RoutePiece(route, pu + 1, pv, reversed: true),
            RoutePiece(route, pv + 1, count(route)))
        return applyIfImproving(rewrite)
    }
}
