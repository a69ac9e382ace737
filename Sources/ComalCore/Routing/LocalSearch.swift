/// Improves one solution by granular local search under penalised load and time warp (HGS / PyVRP):
/// every route caches prefix and suffix distance, load and time segments, so a move that rebuilds
/// routes from a few pieces is priced in constant time (intra-route middles excepted).
struct LocalSearch {
    let data: SearchData
    /// Cost per unit of excess load and per unit of time warp.
    private(set) var loadWeight = 1
    private(set) var timeWeight = 1
    /// Per route slot: the depot, the clients in order, the depot.
    var visits: [[Int]]
    /// `cumDist[r][i]`: distance from client 1 to client i of route r along the route (0 for i ≤ 1);
    /// `cumRev` the same driven backwards, for reversed pieces on asymmetric matrices.
    var cumDist: [[Int]]
    var cumRev: [[Int]]
    /// `cumLoad[r][i]`: the load of clients 1…i.
    var cumLoad: [[SIMD4<Int>]]
    /// `forward[r][i]`: clients 1…i; `backward[r][i]`: clients i…k.
    var forward: [[TimeSegment]]
    var backward: [[TimeSegment]]
    var routeDistance: [Int]
    var routeExcess: [Int]
    var routeWarp: [Int]
    var routeCost: [Int]
    /// The move counter when each route last changed, so unchanged neighbourhoods are skipped.
    var lastModified: [Int]
    var routeOf: [Int]
    var positionOf: [Int]
    var moveCount = 0
    var neighbours: [[Int]]

    init(data: SearchData) {
        self.data = data
        let slots = data.slotType.count
        visits = Array(repeating: [0, 0], count: slots)
        cumDist = Array(repeating: [0, 0], count: slots)
        cumRev = cumDist
        cumLoad = Array(repeating: [.zero, .zero], count: slots)
        forward = Array(repeating: [], count: slots)
        backward = forward
        routeDistance = Array(repeating: 0, count: slots)
        routeExcess = routeDistance
        routeWarp = routeDistance
        routeCost = routeDistance
        lastModified = routeDistance
        routeOf = Array(repeating: -1, count: data.size)
        positionOf = routeOf
        neighbours = data.neighbours
    }

    /// Sets the penalty weights and re-prices every route under them.
    mutating func setPenalties(load: Int, time: Int) {
        loadWeight = load
        timeWeight = time
        for route in visits.indices { routeCost[route] = price(route) }
    }

    /// Loads a solution: client lists per slot (clients left out stay unrouted).
    mutating func load(_ routes: [[Int]]) {
        for client in routeOf.indices { routeOf[client] = -1 }
        for route in visits.indices {
            visits[route] = [0] + (route < routes.count ? routes[route] : []) + [0]
            update(route)
        }
    }

    /// The current routes, client lists per slot.
    func routes() -> [[Int]] { visits.map { Array($0.dropFirst().dropLast()) } }

    /// Clients on route `route`.
    @inline(__always) func count(_ route: Int) -> Int { visits[route].count - 2 }

    /// Recomputes the caches of one route after it changed.
    mutating func update(_ route: Int) {
        let route = route
        let stops = visits[route]
        let k = stops.count - 2
        var dist = [0, 0], rev = [0, 0], load: [SIMD4<Int>] = [.zero]
        dist.reserveCapacity(k + 2)
        rev.reserveCapacity(k + 2)
        load.reserveCapacity(k + 2)
        var ahead: [TimeSegment] = [data.depotSegment(slot: route)]
        if k > 0 {
            for i in 1...k {
                let client = stops[i]
                routeOf[client] = route
                positionOf[client] = i
                if i > 1 {
                    dist.append(dist[i - 1] + data.dist(stops[i - 1], client))
                    rev.append(rev[i - 1] + data.dist(client, stops[i - 1]))
                }
                load.append(load[i - 1] &+ data.demand[client])
                if data.hasTime {
                    ahead.append(i == 1 ? data.clientSegment[client] : then(ahead[i - 1], data.clientSegment[client]))
                }
            }
        }
        dist.append(dist[dist.count - 1])
        rev.append(rev[rev.count - 1])
        load.append(load[k])
        var behind = ahead
        if data.hasTime && k > 0 {
            behind[k] = data.clientSegment[stops[k]]
            for i in stride(from: k - 1, through: 1, by: -1) {
                behind[i] = then(data.clientSegment[stops[i]], behind[i + 1])
            }
        }
        cumDist[route] = dist
        cumRev[route] = rev
        cumLoad[route] = load
        forward[route] = ahead
        backward[route] = behind
        routeDistance[route] = k == 0 ? 0 : data.dist(0, stops[1]) + dist[k] + data.dist(stops[k], 0)
        routeExcess[route] = data.excess(load[k], slot: route)
        routeWarp[route] = 0
        if data.hasTime && k > 0 {
            let depot = data.depotSegment(slot: route)
            routeWarp[route] = then(then(depot, ahead[k]), depot).timeWarp
        }
        routeCost[route] = price(route)
    }

    private func price(_ route: Int) -> Int {
        routeDistance[route] + loadWeight * routeExcess[route] + timeWeight * routeWarp[route]
    }

    @inline(__always) func then(_ a: TimeSegment, _ b: TimeSegment) -> TimeSegment {
        a.then(b, data.duration, size: data.size)
    }

    // MARK: Pieces

    @inline(__always) private func first(_ piece: RoutePiece) -> Int {
        piece.route < 0 ? piece.from : visits[piece.route][piece.reversed ? piece.to : piece.from]
    }

    @inline(__always) private func last(_ piece: RoutePiece) -> Int {
        piece.route < 0 ? piece.from : visits[piece.route][piece.reversed ? piece.from : piece.to]
    }

    @inline(__always) private func innerDistance(_ piece: RoutePiece) -> Int {
        guard piece.route >= 0 else { return 0 }
        return piece.reversed
            ? cumRev[piece.route][piece.to] - cumRev[piece.route][piece.from]
            : cumDist[piece.route][piece.to] - cumDist[piece.route][piece.from]
    }

    @inline(__always) private func pieceLoad(_ piece: RoutePiece) -> SIMD4<Int> {
        guard piece.route >= 0 else { return data.demand[piece.from] }
        return cumLoad[piece.route][piece.to] &- cumLoad[piece.route][piece.from - 1]
    }

    private func time(_ piece: RoutePiece) -> TimeSegment {
        guard piece.route >= 0 else { return data.clientSegment[piece.from] }
        let route = piece.route
        if !piece.reversed {
            if piece.from == 1 { return forward[route][piece.to] }
            if piece.to == count(route) { return backward[route][piece.from] }
            var segment = data.clientSegment[visits[route][piece.from]]
            for i in stride(from: piece.from + 1, through: piece.to, by: 1) {
                segment = then(segment, data.clientSegment[visits[route][i]])
            }
            return segment
        }
        var segment = data.clientSegment[visits[route][piece.to]]
        for i in stride(from: piece.to - 1, through: piece.from, by: -1) {
            segment = then(segment, data.clientSegment[visits[route][i]])
        }
        return segment
    }

    // MARK: Rewrites

    /// The distance of the route a rewrite would build.
    private func distance(_ rewrite: RouteRewrite) -> Int {
        var total = 0, previous = 0, visited = false
        for index in 0..<5 {
            let piece = rewrite[index]
            if piece.isEmpty { continue }
            total += data.dist(previous, first(piece)) + innerDistance(piece)
            previous = last(piece)
            visited = true
        }
        return visited ? total + data.dist(previous, 0) : 0
    }

    private func excess(_ rewrite: RouteRewrite) -> Int {
        var total = SIMD4<Int>.zero
        for index in 0..<5 where !rewrite[index].isEmpty { total &+= pieceLoad(rewrite[index]) }
        return data.excess(total, slot: rewrite.route)
    }

    private func warp(_ rewrite: RouteRewrite) -> Int {
        let depot = data.depotSegment(slot: rewrite.route)
        var segment = depot, visited = false
        for index in 0..<5 where !rewrite[index].isEmpty {
            segment = then(segment, time(rewrite[index]))
            visited = true
        }
        return visited ? then(segment, depot).timeWarp : 0
    }

    /// The change in penalised cost if `a` and `b` replaced their routes, when it is negative;
    /// cheap parts first, stopping as soon as no improvement is possible (penalties are never negative).
    func gain(_ a: RouteRewrite, _ b: RouteRewrite) -> Int? {
        var delta = distance(a) - routeCost[a.route] + distance(b) - routeCost[b.route]
        guard delta < 0 else { return nil }
        delta += loadWeight * (excess(a) + excess(b))
        guard delta < 0 else { return nil }
        if data.hasTime { delta += timeWeight * (warp(a) + warp(b)) }
        return delta < 0 ? delta : nil
    }

    /// The change in penalised cost if `a` replaced its route, when it is negative.
    func gain(_ a: RouteRewrite) -> Int? {
        var delta = distance(a) - routeCost[a.route]
        guard delta < 0 else { return nil }
        delta += loadWeight * excess(a)
        guard delta < 0 else { return nil }
        if data.hasTime { delta += timeWeight * warp(a) }
        return delta < 0 ? delta : nil
    }

    /// The change in penalised cost if `rewrite` replaced its route, however large.
    func delta(_ rewrite: RouteRewrite) -> Int {
        distance(rewrite) + loadWeight * excess(rewrite) + (data.hasTime ? timeWeight * warp(rewrite) : 0)
            - routeCost[rewrite.route]
    }

    /// Rebuilds one route as the rewrite says.
    mutating func apply(_ a: RouteRewrite) {
        let rebuilt = clients(a)
        replace(a.route, with: rebuilt)
    }

    /// Rebuilds two routes as the rewrites say (both read before either changes).
    mutating func apply(_ a: RouteRewrite, _ b: RouteRewrite) {
        let rebuiltA = clients(a), rebuiltB = clients(b)
        replace(a.route, with: rebuiltA)
        replace(b.route, with: rebuiltB)
    }

    private mutating func replace(_ route: Int, with clients: [Int]) {
        visits[route] = clients
        update(route)
        moveCount += 1
        lastModified[route] = moveCount
    }

    /// Applies the rewrite if it lowers the penalised cost.
    @inline(__always) mutating func applyIfImproving(_ a: RouteRewrite) -> Bool {
        guard gain(a) != nil else { return false }
        apply(a)
        return true
    }

    /// Applies the two rewrites if together they lower the penalised cost.
    @inline(__always) mutating func applyIfImproving(_ a: RouteRewrite, _ b: RouteRewrite) -> Bool {
        guard gain(a, b) != nil else { return false }
        apply(a, b)
        return true
    }

    private func clients(_ rewrite: RouteRewrite) -> [Int] {
        var result = [0]
        for index in 0..<5 {
            let piece = rewrite[index]
            if piece.isEmpty { continue }
            if piece.route < 0 {
                result.append(piece.from)
            } else if piece.reversed {
                result += visits[piece.route][piece.from...piece.to].reversed()
            } else {
                result += visits[piece.route][piece.from...piece.to]
            }
        }
        result.append(0)
        return result
    }
}
