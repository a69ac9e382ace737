/// The local search's per-route caches in flat buffers, one row of `stride` entries per route
/// slot, so the move loop reads them without reference counting or nested bounds checks.
/// Owned by one `LocalSearch`; rows are rewritten in place when a route changes.
final class RouteTables {
    let routeCount: Int
    /// Entries per row: every client plus the depot at both ends.
    let stride: Int
    /// Clients on each route.
    let count: UnsafeMutablePointer<Int>
    /// Row r: the depot, the clients in order, the depot.
    let visit: UnsafeMutablePointer<Int>
    /// Distance from client 1 to client i along the route, and the same driven backwards.
    let cumDist: UnsafeMutablePointer<Int>
    let cumRev: UnsafeMutablePointer<Int>
    /// Load of clients 1…i.
    let cumLoad: UnsafeMutablePointer<SIMD4<Int>>
    /// Time segments of clients 1…i and i…k.
    let forward: UnsafeMutablePointer<TimeSegment>
    let backward: UnsafeMutablePointer<TimeSegment>

    init(routeCount: Int, clientCount: Int) {
        self.routeCount = routeCount
        stride = clientCount + 2
        let cells = routeCount * stride
        count = .allocate(capacity: routeCount)
        count.initialize(repeating: 0, count: routeCount)
        visit = .allocate(capacity: cells)
        visit.initialize(repeating: 0, count: cells)
        cumDist = .allocate(capacity: cells)
        cumDist.initialize(repeating: 0, count: cells)
        cumRev = .allocate(capacity: cells)
        cumRev.initialize(repeating: 0, count: cells)
        cumLoad = .allocate(capacity: cells)
        cumLoad.initialize(repeating: .zero, count: cells)
        let blank = TimeSegment(location: 0, service: 0, window: .always)
        forward = .allocate(capacity: cells)
        forward.initialize(repeating: blank, count: cells)
        backward = .allocate(capacity: cells)
        backward.initialize(repeating: blank, count: cells)
    }

    deinit {
        count.deallocate()
        visit.deallocate()
        cumDist.deallocate()
        cumRev.deallocate()
        cumLoad.deallocate()
        forward.deallocate()
        backward.deallocate()
    }
}
