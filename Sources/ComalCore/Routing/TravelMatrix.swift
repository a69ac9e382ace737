/// A square matrix of integer travel distances or times between locations; location 0 is the
/// depot and location `i + 1` is stop `i`. Integers keep the solver exact and its hot loops cheap.
public struct TravelMatrix: Hashable, Sendable {
    /// The number of locations.
    public let size: Int
    /// Row-major values: `values[from * size + to]`.
    public private(set) var values: [Int]

    /// A matrix of `size × size` values given row by row.
    public init(size: Int, values: [Int]) {
        precondition(values.count == size * size, "a travel matrix needs size × size values")
        self.size = size
        self.values = values
    }

    /// A matrix whose every entry is computed from the two locations.
    public init(size: Int, _ entry: (_ from: Int, _ to: Int) -> Int) {
        self.size = size
        values = (0..<size * size).map { entry($0 / size, $0 % size) }
    }

    /// The travel value from one location to another.
    public subscript(from: Int, to: Int) -> Int { values[from * size + to] }
}
