/// A pool of solutions (feasible or not) ranked by biased fitness: a mix of cost rank and
/// diversity rank (HGS), so that good but distinct solutions survive and breed.
struct SubPopulation {
    struct Parameters {
        var minimumSize = 25
        var generationSize = 40
        var eliteCount = 4
        var closeCount = 5
    }

    let parameters: Parameters
    private(set) var members: [Individual] = []
    /// Broken-pairs distance between every two members.
    private var proximity: [[Double]] = []
    /// Biased fitness per member, lower is better; valid after `updateFitness`.
    private(set) var fitness: [Double] = []

    init(parameters: Parameters) { self.parameters = parameters }

    var count: Int { members.count }

    /// Adds a solution, and culls back to the minimum size once a generation has been added.
    mutating func add(_ individual: Individual, cost: (Individual) -> Int) {
        let distances = members.map { $0.brokenPairs(individual) }
        for index in proximity.indices { proximity[index].append(distances[index]) }
        proximity.append(distances + [0])
        members.append(individual)
        if members.count > parameters.minimumSize + parameters.generationSize {
            while members.count > parameters.minimumSize { removeWorst(cost: cost) }
        }
        updateFitness(cost: cost)
    }

    /// Recomputes biased fitness: rank by cost, plus rank by diversity weighted by how many are not elite.
    mutating func updateFitness(cost: (Individual) -> Int) {
        let n = members.count
        guard n > 1 else {
            fitness = Array(repeating: 0, count: n)
            return
        }
        let costs = members.map(cost)
        let byCost = members.indices.sorted { (costs[$0], $0) < (costs[$1], $1) }
        let diversity = members.indices.map { averageCloseDistance($0) }
        var costRank = Array(repeating: 0.0, count: n)
        for (rank, index) in byCost.enumerated() { costRank[index] = Double(rank) / Double(n - 1) }
        let byDiversity = members.indices.sorted { (-diversity[$0], $0) < (-diversity[$1], $1) }
        var diversityRank = Array(repeating: 0.0, count: n)
        for (rank, index) in byDiversity.enumerated() { diversityRank[index] = Double(rank) / Double(n - 1) }
        let weight = 1 - Double(min(parameters.eliteCount, n)) / Double(n)
        fitness = (0..<n).map { costRank[$0] + weight * diversityRank[$0] }
    }

    private func averageCloseDistance(_ index: Int) -> Double {
        let others = proximity[index].enumerated().filter { $0.offset != index }.map(\.element).sorted()
        let close = others.prefix(parameters.closeCount)
        return close.isEmpty ? 0 : close.reduce(0, +) / Double(close.count)
    }

    /// Removes a clone if there is one, else the member of worst biased fitness.
    private mutating func removeWorst(cost: (Individual) -> Int) {
        updateFitness(cost: cost)
        var worst = 0
        var worstKey = (false, -Double.infinity)
        for index in members.indices {
            let isClone = proximity[index].enumerated().contains { $0.offset != index && $0.element == 0 }
            let key = (isClone, fitness[index])
            if key.0 && !worstKey.0 || key.0 == worstKey.0 && key.1 > worstKey.1 {
                worst = index
                worstKey = key
            }
        }
        members.remove(at: worst)
        proximity.remove(at: worst)
        for index in proximity.indices { proximity[index].remove(at: worst) }
        fitness.remove(at: worst)
    }
}
