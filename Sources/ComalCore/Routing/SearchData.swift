import Foundation

/// The problem as the search reads it in its hot loops: only the stops that can be served,
/// renumbered as clients 1…n (0 is the depot), flat integer matrices behind raw pointers, loads as
/// fixed small vectors, and one route slot per vehicle the fleet may send.
final class SearchData: @unchecked Sendable {
    /// Number of clients; locations are 0…clientCount.
    let clientCount: Int
    /// Locations per matrix row.
    let size: Int
    /// Original stop index of each client (index 0 unused).
    let stopIndex: [Int]
    /// 32-bit so that a 250-client matrix fits in a core's L2 cache; the problem checks the range.
    let distance: UnsafeBufferPointer<Int32>
    let duration: UnsafeBufferPointer<Int32>
    let demand: [SIMD4<Int>]
    /// Weights that bring every load dimension to the scale of the largest (a cold case weighs
    /// as much as 25 pounds when demands run to 4 cold cases and 100 pounds), so one penalty
    /// weight fits them all.
    let dimensionScale: SIMD4<Int>
    let clientSegment: [TimeSegment]
    /// Each client's windows, for the exact check when some client has more than one.
    let windows: [[TimeWindow]]
    let service: [Int]
    let hasMultipleWindows: Bool
    /// False when no window or shift can bind (pure CVRP): time is then never evaluated.
    let hasTime: Bool
    /// Vehicle type, capacity and depot segments of each route slot.
    let slotType: [Int]
    let slotCapacity: [SIMD4<Int>]
    let slotShift: [TimeWindow]
    /// The nearest clients of each client by a distance-and-time proximity (granular neighbourhood).
    let neighbours: [[Int]]
    /// Polar angle of each location around the depot, when positions are known.
    let angle: [Double]?
    /// Positions of each location, when known.
    let positions: [RoutingProblem.Position]?

    init(problem: RoutingProblem, serving stops: [Int], granularity: Int) {
        clientCount = stops.count
        size = stops.count + 1
        stopIndex = [-1] + stops
        let location = [0] + stops.map { $0 + 1 }
        let size = self.size
        func copy(_ matrix: TravelMatrix) -> UnsafeBufferPointer<Int32> {
            let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size * size)
            for from in 0..<size {
                for to in 0..<size { buffer[from * size + to] = Int32(matrix[location[from], location[to]]) }
            }
            return UnsafeBufferPointer(buffer)
        }
        distance = copy(problem.distance)
        duration = copy(problem.duration)
        let demand = [.zero] + stops.map { Self.vector(problem.stops[$0].demand, padding: 0) }
        self.demand = demand
        let largest = demand.reduce(SIMD4<Int>(repeating: 1)) { pointwiseMax($0, $1) }
        dimensionScale = SIMD4<Int>(repeating: largest.max()) / largest
        let depotWindow = TimeWindow(
            open: problem.vehicleTypes.map(\.shift.open).min()!, close: problem.vehicleTypes.map(\.shift.close).max()!)
        let windows = [[depotWindow]] + stops.map { problem.stops[$0].windows }
        let service = [0] + stops.map { problem.stops[$0].serviceTime }
        self.windows = windows
        self.service = service
        // Moves are priced against the hull of a client's windows; gaps are checked exactly later.
        let segments = (0..<size).map { client in
            let hull = TimeWindow(open: windows[client].first!.open, close: windows[client].last!.close)
            return TimeSegment(location: client, service: service[client], window: hull)
        }
        clientSegment = segments
        hasMultipleWindows = windows.contains { $0.count > 1 }
        hasTime =
            windows.dropFirst().contains { $0 != [.always] } || problem.vehicleTypes.contains { $0.shift != .always }
        let slots = Self.slotTypes(problem, stops: stops)
        slotType = slots
        slotCapacity = slots.map { Self.vector(problem.vehicleTypes[$0].capacity, padding: 1 << 40) }
        slotShift = slots.map { problem.vehicleTypes[$0].shift }
        let positions = problem.positions.map { all in location.map { all[$0] } }
        self.positions = positions
        angle = positions.map { points in
            points.map { point in atan2(point.y - points[0].y, point.x - points[0].x) }
        }
        neighbours = Self.granularNeighbours(
            clientCount: stops.count, size: size, distance: distance, duration: duration,
            segment: segments, count: granularity)
    }

    deinit {
        distance.deallocate()
        duration.deallocate()
    }

    /// The distance from one location to another.
    @inline(__always) func dist(_ from: Int, _ to: Int) -> Int { Int(distance[from * size + to]) }

    /// The driving time from one location to another.
    @inline(__always) func drive(_ from: Int, _ to: Int) -> Int { Int(duration[from * size + to]) }

    /// A route slot's depot visit, bounding departure and return by the vehicle's shift.
    @inline(__always) func depotSegment(slot: Int) -> TimeSegment {
        TimeSegment(location: 0, service: 0, window: slotShift[slot])
    }

    /// Load over capacity, summed over dimensions on a common scale.
    @inline(__always) func excess(_ load: SIMD4<Int>, slot: Int) -> Int {
        (pointwiseMax(load &- slotCapacity[slot], .zero) &* dimensionScale).wrappedSum()
    }

    private static func vector(_ values: [Int], padding: Int) -> SIMD4<Int> {
        var vector = SIMD4<Int>(repeating: padding)
        for (index, value) in values.enumerated() { vector[index] = value }
        return vector
    }

    /// One slot per available vehicle; a type without a count gets enough slots for the load
    /// (HGS's 1.3 × lower bound + 3), never more than one per client.
    private static func slotTypes(_ problem: RoutingProblem, stops: [Int]) -> [Int] {
        var slots: [Int] = []
        for (type, vehicle) in problem.vehicleTypes.enumerated() {
            let count: Int
            if let limit = vehicle.count {
                count = min(limit, max(stops.count, 1))
            } else {
                var bound = 1
                for dimension in 0..<vehicle.capacity.count where vehicle.capacity[dimension] > 0 {
                    let total = stops.reduce(0) { $0 + problem.stops[$1].demand[dimension] }
                    bound = max(bound, (total + vehicle.capacity[dimension] - 1) / vehicle.capacity[dimension])
                }
                count = min(max(stops.count, 1), bound * 13 / 10 + 3)
            }
            slots += Array(repeating: type, count: count)
        }
        return slots
    }

    /// The `count` clients nearest each client by Vidal's proximity: distance plus a fifth of the
    /// waiting and all the lateness that visiting one right after the other would force.
    private static func granularNeighbours(
        clientCount: Int, size: Int, distance: UnsafeBufferPointer<Int32>, duration: UnsafeBufferPointer<Int32>,
        segment: [TimeSegment], count: Int
    ) -> [[Int]] {
        guard clientCount > 1 else { return Array(repeating: [], count: size) }
        func proximity(_ i: Int, _ j: Int) -> Double {
            let arrival = segment[i].early + segment[i].duration + Int(duration[i * size + j])
            let wait = max(segment[j].early - arrival, 0)
            let late = max(arrival - segment[j].late, 0)
            return Double(distance[i * size + j]) + 0.2 * Double(wait) + Double(late)
        }
        return (0..<size).map { i in
            guard i > 0 else { return [] }
            let others = (1...clientCount).filter { $0 != i }
            let ranked = others.map { j in (min(proximity(i, j), proximity(j, i)), j) }.sorted { $0 < $1 }
            return ranked.prefix(count).map(\.1)
        }
    }
}
