/// Adapts the weights of excess load and time warp so that a target share of the local search's
/// results is feasible (HGS): too few feasible, weights rise; too many, they fall, letting the
/// search cross infeasible ground.
struct PenaltyManager {
    private(set) var loadWeight: Int
    private(set) var timeWeight: Int
    private var loadFeasible = 0
    private var timeFeasible = 0
    private var registered = 0
    private let targetFeasible = 0.2
    private let registrationsPerUpdate = 100

    /// Starting weights in the problem's own units (HGS): a unit of excess load costs the longest
    /// edge over the largest demand, a unit of time warp the longest edge over the longest drive
    /// (1 for Solomon files, where time is distance; about 17 for metres and seconds at 60 km/h).
    init(data: SearchData) {
        let longest = Int(data.distance.max() ?? 1)
        let largest = data.demand.map { ($0 &* data.dimensionScale).max() }.max() ?? 1
        loadWeight = min(1000, max(1, longest / max(largest, 1)))
        timeWeight = min(1000, max(1, longest / max(Int(data.duration.max() ?? 1), 1)))
    }

    /// Records whether a local-search result kept capacities and windows.
    mutating func register(_ individual: Individual) {
        if individual.excess == 0 { loadFeasible += 1 }
        if individual.warp == 0 { timeFeasible += 1 }
        registered += 1
        guard registered == registrationsPerUpdate else { return }
        loadWeight = adjusted(loadWeight, feasibleShare: Double(loadFeasible) / Double(registered))
        timeWeight = adjusted(timeWeight, feasibleShare: Double(timeFeasible) / Double(registered))
        loadFeasible = 0
        timeFeasible = 0
        registered = 0
    }

    private func adjusted(_ weight: Int, feasibleShare: Double) -> Int {
        if feasibleShare < targetFeasible - 0.05 { return min(100_000, max(weight + 1, weight * 6 / 5)) }
        if feasibleShare > targetFeasible + 0.05 { return max(1, min(weight - 1, weight * 17 / 20)) }
        return weight
    }
}
