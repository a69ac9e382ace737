/// When a vehicle reaches each stop of a route: it leaves the depot at the start of its shift,
/// starts service at the first window that has not closed (waiting if it is early), and returns.
/// Lateness is how far past a closed window or the shift's end the route runs; zero when it keeps them.
public struct RouteTimeline: Hashable, Sendable {
    /// One stop's times.
    public struct Visit: Hashable, Sendable {
        /// Index into `RoutingProblem.stops`.
        public var stop: Int
        /// When the vehicle gets there.
        public var arrival: Int
        /// When unloading starts: on arrival, or when the window opens.
        public var serviceStart: Int
        /// When the vehicle leaves.
        public var departure: Int
    }

    /// When the vehicle leaves the depot.
    public var departure: Int
    /// Each stop in visit order.
    public var visits: [Visit]
    /// When the vehicle is back at the depot.
    public var returnTime: Int
    /// Total time past closed windows and the shift's end.
    public var lateness: Int

    /// The timeline of `route` in `problem`.
    public init(_ route: RoutingSolution.Route, in problem: RoutingProblem) {
        let shift = problem.vehicleTypes[route.vehicleType].shift
        var time = shift.open, location = 0, late = 0
        departure = time
        visits = []
        for stop in route.stops {
            let arrival = time + problem.duration[location, stop + 1]
            let (start, overdue) = Self.serviceStart(arrival: arrival, windows: problem.stops[stop].windows)
            late += overdue
            time = start + problem.stops[stop].serviceTime
            visits.append(Visit(stop: stop, arrival: arrival, serviceStart: start, departure: time))
            location = stop + 1
        }
        returnTime = time + problem.duration[location, 0]
        lateness = late + max(0, returnTime - shift.close)
    }

    /// Lateness of a route of locations (clients of the search, 0 the depot) on the given tables.
    static func lateness(
        _ route: [Int], windows: [[TimeWindow]], service: [Int], shift: TimeWindow, travel: (Int, Int) -> Int
    ) -> Int {
        var time = shift.open, location = 0, late = 0
        for client in route {
            let (start, overdue) = serviceStart(arrival: time + travel(location, client), windows: windows[client])
            late += overdue
            time = start + service[client]
            location = client
        }
        return late + max(0, time + travel(location, 0) - shift.close)
    }

    /// Service starts at the first window still open on arrival; past the last, it is late.
    private static func serviceStart(arrival: Int, windows: [TimeWindow]) -> (start: Int, late: Int) {
        for window in windows where arrival <= window.close { return (max(arrival, window.open), 0) }
        return (arrival, arrival - windows.last!.close)
    }
}
