/// A vehicle-routing problem with capacities and time windows: one depot, a fleet of vehicle
/// types, and stops to serve. Location 0 of both matrices is the depot; location `i + 1` is
/// `stops[i]`. Loads are small vectors (cases, pounds, cold cases, …) compared dimension by dimension.
public struct RoutingProblem: Hashable, Sendable {
    /// A place a vehicle must visit once.
    public struct Stop: Hashable, Sendable {
        /// What the stop receives, one entry per load dimension.
        public var demand: [Int]
        /// How long unloading takes, in the time unit of the duration matrix.
        public var serviceTime: Int
        /// When service may start; sorted, disjoint, at least one.
        public var windows: [TimeWindow]

        /// A stop receiving `demand`, unloading in `serviceTime`, open during `windows`.
        public init(demand: [Int], serviceTime: Int = 0, windows: [TimeWindow] = [.always]) {
            self.demand = demand
            self.serviceTime = serviceTime
            self.windows = windows
        }
    }

    /// A kind of vehicle the alliance can send out.
    public struct VehicleType: Hashable, Sendable {
        /// How many are available; `nil` for as many as needed.
        public var count: Int?
        /// The most each vehicle carries, one entry per load dimension.
        public var capacity: [Int]
        /// When a vehicle may leave the depot (`open`) and must be back (`close`).
        public var shift: TimeWindow

        /// `count` vehicles (nil: unlimited) of `capacity`, out during `shift`.
        public init(count: Int?, capacity: [Int], shift: TimeWindow = .always) {
            self.count = count
            self.capacity = capacity
            self.shift = shift
        }
    }

    /// A planar position used only to guide the search (route angles, sectors), never for cost.
    public struct Position: Hashable, Sendable {
        /// East-west coordinate (longitude, or a file's x).
        public var x: Double
        /// North-south coordinate (latitude, or a file's y).
        public var y: Double

        /// A position at (`x`, `y`).
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// The fleet.
    public var vehicleTypes: [VehicleType]
    /// The stops to serve.
    public var stops: [Stop]
    /// Distance between locations; the objective is its sum over all routes.
    public var distance: TravelMatrix
    /// Travel time between locations.
    public var duration: TravelMatrix
    /// Positions of the depot then each stop, when known; they speed the search up.
    public var positions: [Position]?

    /// Builds a problem, checking that every part agrees with every other.
    public init(
        vehicleTypes: [VehicleType], stops: [Stop], distance: TravelMatrix, duration: TravelMatrix,
        positions: [Position]? = nil
    ) throws(RoutingProblemError) {
        self.vehicleTypes = vehicleTypes
        self.stops = stops
        self.distance = distance
        self.duration = duration
        self.positions = positions
        try validate()
    }

    /// The number of load dimensions (at least one).
    public var dimensions: Int { vehicleTypes.first?.capacity.count ?? 1 }

    private func validate() throws(RoutingProblemError) {
        guard !vehicleTypes.isEmpty else { throw .noVehicles }
        let dimensions = self.dimensions
        guard (1...RoutingProblemError.maximumDimensions).contains(dimensions) else {
            throw .loadDimensions(found: dimensions)
        }
        for (index, type) in vehicleTypes.enumerated() {
            guard type.capacity.count == dimensions else { throw .vehicleCapacity(vehicleType: index) }
            guard type.count.map({ $0 >= 0 }) ?? true, type.capacity.allSatisfy({ $0 >= 0 }),
                type.shift.open <= type.shift.close
            else { throw .vehicleCapacity(vehicleType: index) }
        }
        for (index, stop) in stops.enumerated() {
            guard stop.demand.count == dimensions, stop.demand.allSatisfy({ $0 >= 0 }) else {
                throw .stopDemand(stop: index)
            }
            guard stop.serviceTime >= 0, !stop.windows.isEmpty,
                stop.windows.allSatisfy({ $0.open <= $0.close }),
                zip(stop.windows, stop.windows.dropFirst()).allSatisfy({ $0.close < $1.open })
            else { throw .stopWindows(stop: index) }
        }
        for matrix in [distance, duration] {
            guard matrix.size == stops.count + 1 else {
                throw .matrixSize(expected: stops.count + 1, found: matrix.size)
            }
            guard matrix.values.allSatisfy({ $0 >= 0 && $0 <= Int32.max }) else { throw .travelOutOfRange }
        }
        if let positions, positions.count != stops.count + 1 {
            throw .positionCount(expected: stops.count + 1, found: positions.count)
        }
    }
}

/// Why a routing problem is not well formed.
public enum RoutingProblemError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The solver keeps loads in a fixed small vector.
    public static let maximumDimensions = 4

    case noVehicles
    case loadDimensions(found: Int)
    case vehicleCapacity(vehicleType: Int)
    case stopDemand(stop: Int)
    case stopWindows(stop: Int)
    case matrixSize(expected: Int, found: Int)
    case travelOutOfRange
    case positionCount(expected: Int, found: Int)

    public var description: String {
        switch self {
        case .noVehicles: "the problem has no vehicle types"
        case .loadDimensions(let found):
            "loads have \(found) dimensions; between 1 and \(Self.maximumDimensions) are supported"
        case .vehicleCapacity(let type):
            "vehicle type \(type + 1): capacity must have one non-negative value per load dimension, "
                + "a non-negative count and a shift that ends after it starts"
        case .stopDemand(let stop): "stop \(stop + 1): demand must have one non-negative value per load dimension"
        case .stopWindows(let stop):
            "stop \(stop + 1): service time must be non-negative and windows sorted, disjoint and non-empty"
        case .matrixSize(let expected, let found): "the travel matrix has \(found) locations; expected \(expected)"
        case .travelOutOfRange: "the travel matrix has an entry below 0 or above \(Int32.max)"
        case .positionCount(let expected, let found): "\(found) positions given; expected \(expected)"
        }
    }
}
