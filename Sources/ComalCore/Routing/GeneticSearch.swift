/// Hybrid genetic search (Vidal et al.; the loop of HGS-CVRP and PyVRP): parents from two
/// sub-populations (feasible, infeasible) by binary tournament on biased fitness, SREX crossover,
/// local search under adaptive penalties, and a stronger-penalty repair of infeasible offspring.
final class GeneticSearch {
    private let data: SearchData
    private let parameters: RoutingSolver.Parameters
    private var search: LocalSearch
    private let crossover: SelectiveRouteExchange
    private var random: RoutingRandom
    private var penalties: PenaltyManager
    private var feasible: SubPopulation
    private var infeasible: SubPopulation
    /// The cheapest feasible solution so far, and the cheapest by penalised cost as a fall-back.
    private(set) var best: Individual?
    private(set) var leastViolating: Individual?
    private(set) var iterations = 0

    init(data: SearchData, parameters: RoutingSolver.Parameters, seed: UInt64) {
        self.data = data
        self.parameters = parameters
        search = LocalSearch(data: data)
        crossover = SelectiveRouteExchange(data: data)
        random = RoutingRandom(seed: seed)
        penalties = PenaltyManager(data: data)
        let pool = SubPopulation.Parameters(
            minimumSize: parameters.populationSize, generationSize: parameters.generationSize)
        feasible = SubPopulation(parameters: pool)
        infeasible = SubPopulation(parameters: pool)
    }

    /// Breeds until `shouldStop` says so, the iteration limit is reached, or the best feasible
    /// solution has not improved for `parameters.convergence` offspring.
    func run(shouldStop: () -> Bool) {
        guard data.clientCount > 0 else { return }
        var sinceImprovement = 0
        // The first solution is built even if asked to stop at once, so there is always an answer.
        for index in 0..<parameters.populationSize where index == 0 || !shouldStop() {
            var routes = Array(repeating: [Int](), count: data.slotType.count)
            var clients = Array(1...data.clientCount)
            clients.shuffle(using: &random)
            let perRoute = max(1, (clients.count + routes.count - 1) / routes.count)
            for (index, client) in clients.enumerated() { routes[index / perRoute].append(client) }
            search.load(routes)
            educate()
        }
        while !shouldStop() && iterations < parameters.iterationLimit && sinceImprovement < parameters.convergence {
            iterations += 1
            let previous = best?.distance
            let a = select(), b = select()
            var bestChild: (cost: Int, routes: [[Int]])?
            for (routes, unplanned) in crossover.offspring(a, b, random: &random) {
                search.load(routes)
                search.insert(unplanned)
                let child = Individual(search)
                let cost = child.cost(loadWeight: penalties.loadWeight, timeWeight: penalties.timeWeight)
                if bestChild.map({ cost < $0.cost }) ?? true { bestChild = (cost, search.routes()) }
            }
            search.load(bestChild!.routes)
            educate()
            sinceImprovement = best?.distance == previous ? sinceImprovement + 1 : 0
        }
    }

    /// Local search on the loaded solution, then into the population; an infeasible result is
    /// sometimes searched again under ten times the penalties to pull it to feasibility.
    private func educate() {
        search.setPenalties(load: penalties.loadWeight, time: penalties.timeWeight)
        search.search(random: &random)
        let child = Individual(search)
        penalties.register(child)
        keep(child)
        if !child.isFeasible && random.unit() < parameters.repairProbability {
            search.setPenalties(load: penalties.loadWeight * 10, time: penalties.timeWeight * 10)
            search.search(random: &random)
            let repaired = Individual(search)
            if repaired.isFeasible { keep(repaired) }
        }
    }

    private func keep(_ individual: Individual) {
        let cost = { [penalties] (member: Individual) in
            member.cost(loadWeight: penalties.loadWeight, timeWeight: penalties.timeWeight)
        }
        if individual.isFeasible {
            feasible.add(individual, cost: cost)
            if best.map({ individual.distance < $0.distance }) ?? true, exactlyFeasible(individual) {
                best = individual
            }
        } else {
            infeasible.add(individual, cost: cost)
        }
        if leastViolating.map({ violation(individual) < violation($0) }) ?? true { leastViolating = individual }
    }

    private func violation(_ individual: Individual) -> (Int, Int) {
        (individual.excess + individual.warp, individual.distance)
    }

    /// With one window per client the hull check is exact; with several, the schedule is walked.
    private func exactlyFeasible(_ individual: Individual) -> Bool {
        guard data.hasMultipleWindows else { return true }
        return individual.routes.enumerated().allSatisfy { slot, route in
            RouteTimeline.lateness(
                route, windows: data.windows, service: data.service, shift: data.slotShift[slot],
                travel: data.drive) == 0
        }
    }

    /// Binary tournament on biased fitness over both sub-populations.
    private func select() -> Individual {
        let total = feasible.count + infeasible.count
        func pick() -> (Individual, Double) {
            let index = random.below(total)
            return index < feasible.count
                ? (feasible.members[index], feasible.fitness[index])
                : (infeasible.members[index - feasible.count], infeasible.fitness[index - feasible.count])
        }
        let first = pick(), second = pick()
        return first.1 <= second.1 ? first.0 : second.0
    }
}
