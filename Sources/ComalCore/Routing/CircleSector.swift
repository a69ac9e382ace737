/// The arc of polar angles around the depot a route covers (HGS-CVRP's circle sector); SWAP* is
/// only tried between routes whose arcs overlap, which prunes most pairs at no loss.
struct CircleSector {
    /// Angles are kept as integers on a circle of 65,536 steps so wrap-around is exact.
    private static let steps = 65_536
    private var start = 0
    private var end = 0

    /// The sector spanned by a route's clients.
    init(clients: [Int], angle: [Double]) {
        guard let first = clients.first else { return }
        start = Self.step(angle[first])
        end = start
        for client in clients.dropFirst() { extend(Self.step(angle[client])) }
    }

    private static func step(_ radians: Double) -> Int {
        positive(Int((radians / (2 * .pi) * Double(steps)).rounded()))
    }

    private static func positive(_ value: Int) -> Int { ((value % steps) + steps) % steps }

    private func contains(_ point: Int) -> Bool { Self.positive(point - start) <= Self.positive(end - start) }

    private mutating func extend(_ point: Int) {
        guard !contains(point) else { return }
        if Self.positive(point - end) <= Self.positive(start - point) { end = point } else { start = point }
    }

    /// Whether the two arcs share an angle.
    func overlaps(_ other: CircleSector) -> Bool {
        Self.positive(other.start - start) <= Self.positive(end - start)
            || Self.positive(start - other.start) <= Self.positive(other.end - other.start)
    }
}
