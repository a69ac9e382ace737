/// Improves one solution by granular local search under penalised load and time warp (HGS / PyVRP):
/// every route caches prefix and suffix distance, load and time segments, so a move that rebuilds
/// routes from a few pieces is priced in constant time (intra-route middles excepted).
struct LocalSearch {
    let data: SearchData
    /// Cost per unit of excess load and per unit of time warp.
    private(set) var loadWeight = 1
    private(set) var timeWeight = 1
    /// Clients in order and the prefix and suffix caches of every route.
    let tables: RouteTables
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
        tables = RouteTables(routeCount: slots, clientCount: data.clientCount)
        routeDistance = Array(repeating: 0, count: slots)
        routeExcess = routeDistance
        routeWarp = routeDistance
        routeCost = routeDistance
        lastModified = routeDistance
        routeOf = Array(repeating: -1, count: data.size)
        positionOf = routeOf
        neighbours = data.neighbours
    }

    /// The number of route slots.
    var routeCount: Int { tables.routeCount }

    /// Sets the penalty weights and re-prices every route under them.
    mutating func setPenalties(load: Int, time: Int) {
        loadWeight = load
        timeWeight = time
        for route in 0..<routeCount { routeCost[route] = price(route) }
    }

    /// Loads a solution: client lists per slot (clients left out stay unrouted).
    mutating func load(_ routes: [[Int]]) {
        for client in routeOf.indices { routeOf[client] = -1 }
        for route in 0..<routeCount { write(route < routes.count ? routes[route] : [], to: route) }
    }

    /// The current routes, client lists per slot.
    func routes() -> [[Int]] { (0..<routeCount).map(clients(of:)) }

    /// The clients of one route in order.
    func clients(of route: Int) -> [Int] { (0..<count(route)).map { client(route, $0 + 1) } }

    /// Clients on route `route`.
    @inline(__always) func count(_ route: Int) -> Int { tables.count[route] }

    /// The client at `position` (1…count) of `route`; 0, the depot, at 0 and count + 1.
    @inline(__always) func client(_ route: Int, _ position: Int) -> Int {
        tables.visit[route * tables.stride + position]
    }

    /// Writes a route's clients and recomputes its caches.
    private mutating func write(_ clients: [Int], to route: Int) {
        let row = route * tables.stride
        let k = clients.count
        tables.count[route] = k
        tables.visit[row] = 0
        tables.visit[row + k + 1] = 0
        for (index, client) in clients.enumerated() { tables.visit[row + index + 1] = client }
        update(route)
    }

    /// Recomputes the caches of one route from its clients.
    private mutating func update(_ route: Int) {
        let row = route * tables.stride, k = count(route)
        let visit = tables.visit + row, dist = tables.cumDist + row, rev = tables.cumRev + row
        let load = tables.cumLoad + row, ahead = tables.forward + row, behind = tables.backward + row
        dist[0] = 0
        rev[0] = 0
        load[0] = .zero
        dist[1] = 0
        rev[1] = 0
        for i in stride(from: 1, through: k, by: 1) {
            let client = visit[i]
            routeOf[client] = route
            positionOf[client] = i
            if i > 1 {
                dist[i] = dist[i - 1] + data.dist(visit[i - 1], client)
                rev[i] = rev[i - 1] + data.dist(client, visit[i - 1])
            }
            load[i] = load[i - 1] &+ data.demand[client]
            if data.hasTime { ahead[i] = i == 1 ? data.clientSegment[client] : then(ahead[i - 1], data.clientSegment[client]) }
        }
        dist[k + 1] = dist[max(k, 1)]
        rev[k + 1] = rev[max(k, 1)]
        load[k + 1] = load[k]
        if data.hasTime && k > 0 {
            behind[k] = data.clientSegment[visit[k]]
            for i in Swift.stride(from: k - 1, through: 1, by: -1) {
                behind[i] = then(data.clientSegment[visit[i]], behind[i + 1])
            }
        }
        routeDistance[route] = k == 0 ? 0 : data.dist(0, visit[1]) + dist[k] + data.dist(visit[k], 0)
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

    @inline(__always) private func pieceLoad(_ piece: RoutePiece) -> SIMD4<Int> {
        if piece.isEmpty { return .zero }
        guard piece.route >= 0 else { return data.demand[piece.from] }
        let row = piece.route * tables.stride
        return tables.cumLoad[row + piece.to] &- tables.cumLoad[row + piece.from - 1]
    }

    private func time(_ piece: RoutePiece) -> TimeSegment {
        guard piece.route >= 0 else { return data.clientSegment[piece.from] }
        let row = piece.route * tables.stride
        if !piece.reversed {
            if piece.from == 1 { return tables.forward[row + piece.to] }
            if piece.to == count(piece.route) { return tables.backward[row + piece.from] }
            var segment = data.clientSegment[tables.visit[row + piece.from]]
            for i in stride(from: piece.from + 1, through: piece.to, by: 1) {
                segment = then(segment, data.clientSegment[tables.visit[row + i]])
            }
            return segment
        }
        var segment = data.clientSegment[tables.visit[row + piece.to]]
        for i in stride(from: piece.to - 1, through: piece.from, by: -1) {
            segment = then(segment, data.clientSegment[tables.visit[row + i]])
        }
        return segment
    }

    // MARK: Rewrites

    /// The distance of the route a rewrite would build (pieces unrolled: this is the move loop's
    /// hottest function).
    private func distance(_ rewrite: RouteRewrite) -> Int {
        var total = 0, previous = 0, visited = false
        drive(rewrite.p0, &total, &previous, &visited)
        drive(rewrite.p1, &total, &previous, &visited)
        drive(rewrite.p2, &total, &previous, &visited)
        drive(rewrite.p3, &total, &previous, &visited)
        drive(rewrite.p4, &total, &previous, &visited)
        return visited ? total + data.dist(previous, 0) : 0
    }

    /// Adds the drive to `piece` from `previous` and through it.
    @inline(__always) private func drive(
        _ piece: RoutePiece, _ total: inout Int, _ previous: inout Int, _ visited: inout Bool
    ) {
        guard !piece.isEmpty else { return }
        visited = true
        guard piece.route >= 0 else {
            total += data.dist(previous, piece.from)
            previous = piece.from
            return
        }
        let row = piece.route * tables.stride
        let from = tables.visit[row + piece.from], to = tables.visit[row + piece.to]
        if piece.reversed {
            total += data.dist(previous, to) + tables.cumRev[row + piece.to] - tables.cumRev[row + piece.from]
            previous = from
        } else {
            total += data.dist(previous, from) + tables.cumDist[row + piece.to] - tables.cumDist[row + piece.from]
            previous = to
        }
    }

    private func excess(_ rewrite: RouteRewrite) -> Int {
        let total =
            pieceLoad(rewrite.p0) &+ pieceLoad(rewrite.p1) &+ pieceLoad(rewrite.p2) &+ pieceLoad(rewrite.p3)
            &+ pieceLoad(rewrite.p4)
        return data.excess(total, slot: rewrite.route)
    }

    private func warp(_ rewrite: RouteRewrite) -> Int {
        let depot = data.depotSegment(slot: rewrite.route)
        var segment = depot, visited = false
        follow(rewrite.p0, &segment, &visited)
        follow(rewrite.p1, &segment, &visited)
        follow(rewrite.p2, &segment, &visited)
        follow(rewrite.p3, &segment, &visited)
        follow(rewrite.p4, &segment, &visited)
        return visited ? then(segment, depot).timeWarp : 0
    }

    /// Extends `segment` by the visits of `piece`.
    @inline(__always) private func follow(_ piece: RoutePiece, _ segment: inout TimeSegment, _ visited: inout Bool) {
        guard !piece.isEmpty else { return }
        segment = then(segment, time(piece))
        visited = true
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
        write(clients, to: route)
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
        var result: [Int] = []
        for index in 0..<5 {
            let piece = rewrite[index]
            if piece.isEmpty { continue }
            if piece.route < 0 {
                result.append(piece.from)
            } else if piece.reversed {
                for i in stride(from: piece.to, through: piece.from, by: -1) { result.append(client(piece.route, i)) }
            } else {
                for i in piece.from...piece.to { result.append(client(piece.route, i)) }
            }
        }
        return result
    }
}
