/// A run of consecutive clients of one route (positions `from…to`, 1-based, possibly reversed), or
/// a single client not on any route yet. Moves are described as the pieces each changed route is
/// made of, so one evaluator and one rewriter serve every operator.
struct RoutePiece {
    // Stored narrow so that a rewrite of five pieces stays small enough to pass around cheaply.
    private var storedRoute: Int32
    private var storedFrom: Int32
    private var storedTo: Int32
    /// Whether the run is driven backwards (2-opt).
    let reversed: Bool

    /// The route the run is taken from, or -1 for an unrouted client `from`.
    @inline(__always) var route: Int { Int(storedRoute) }
    @inline(__always) var from: Int { Int(storedFrom) }
    @inline(__always) var to: Int { Int(storedTo) }

    /// Positions `from…to` of `route`; empty when `to < from`.
    @inline(__always) init(_ route: Int, _ from: Int, _ to: Int, reversed: Bool = false) {
        storedRoute = Int32(truncatingIfNeeded: route)
        storedFrom = Int32(truncatingIfNeeded: from)
        storedTo = Int32(truncatingIfNeeded: to)
        self.reversed = reversed
    }

    /// A client that is on no route.
    @inline(__always) static func unrouted(_ client: Int) -> RoutePiece { RoutePiece(-1, client, client) }

    static let empty = RoutePiece(0, 1, 0)

    @inline(__always) var isEmpty: Bool { storedTo < storedFrom }
}

/// The pieces one route is rebuilt from, in order (at most five, so no allocation in hot loops).
struct RouteRewrite {
    var route: Int
    var p0: RoutePiece
    var p1: RoutePiece
    var p2: RoutePiece
    var p3: RoutePiece
    var p4: RoutePiece

    @inline(__always) init(
        _ route: Int, _ p0: RoutePiece, _ p1: RoutePiece = .empty, _ p2: RoutePiece = .empty,
        _ p3: RoutePiece = .empty, _ p4: RoutePiece = .empty
    ) {
        self.route = route
        self.p0 = p0
        self.p1 = p1
        self.p2 = p2
        self.p3 = p3
        self.p4 = p4
    }

    @inline(__always) subscript(index: Int) -> RoutePiece {
        switch index {
        case 0: p0
        case 1: p1
        case 2: p2
        case 3: p3
        default: p4
        }
    }
}
