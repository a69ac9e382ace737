import ComalCore
import Foundation

/// One benchmark instance with its best-known cost, verified by re-costing its `.sol` file.
struct BenchmarkCase {
    let instance: RoutingInstance
    let bestKnown: Int
    let bestKnownVehicles: Int

    /// Every instance of `bks.csv` under `directory` (or only those named), best-known solutions checked.
    static func loadAll(from directory: String, only: Set<String>?) throws -> [BenchmarkCase] {
        let index = try read("\(directory)/bks.csv")
        var cases: [BenchmarkCase] = []
        for (offset, line) in index.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let vehicles = Int(fields[4]) else {
                throw BenchError.badIndex(line: offset + 1, "expected instance,type,customers,bks_cost,bks_vehicles,…")
            }
            let name = fields[0]
            if let only, !only.contains(name) { continue }
            let stem = fields[1] == "VRPTW" ? "\(directory)/solomon/\(name)" : "\(directory)/cvrp/\(name)"
            let path = stem + (fields[1] == "VRPTW" ? ".txt" : ".vrp")
            let instance: RoutingInstance
            let solution: SolutionFile
            do {
                instance = try RoutingInstance.parse(try read(path), fileName: path)
                solution = try SolutionFile.parse(try read(stem + ".sol"))
            } catch let error as RoutingFileError {
                throw BenchError.unreadableInstance(path, error.description)
            }
            guard let bestKnown = instance.parseCost(fields[3]) else {
                throw BenchError.badIndex(line: offset + 1, "bks_cost \(fields[3]) is not a cost in the file's convention")
            }
            let routes = try instance.routes(fromCustomerIDs: solution.routes)
            let recosted = routes.reduce(0) { $0 + instance.problem.distance(of: $1.stops) }
            guard recosted == bestKnown else {
                throw BenchError.bestKnownMismatch(
                    instance: name, expected: fields[3], recosted: instance.formattedCost(recosted))
            }
            cases.append(BenchmarkCase(instance: instance, bestKnown: bestKnown, bestKnownVehicles: vehicles))
        }
        return cases
    }

    /// Solves the instance on one thread within `timeLimit` seconds.
    func run(timeLimit: Double, seed: UInt64) -> BenchmarkTable.Row {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started + .milliseconds(Int(timeLimit * 1000))
        let solution = RoutingSolver().solve(instance.problem, seed: seed, shouldStop: { clock.now >= deadline })
        let elapsed = clock.now - started
        return BenchmarkTable.Row(
            name: instance.name, cost: instance.formattedCost(solution.distance), vehicles: solution.vehiclesUsed,
            bestKnown: instance.formattedCost(bestKnown), bestKnownVehicles: bestKnownVehicles,
            gap: Double(solution.distance - bestKnown) / Double(bestKnown) * 100,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            feasible: isFeasible(solution))
    }

    /// Every stop served, every route within capacity, windows and shift, fleet not exceeded.
    private func isFeasible(_ solution: RoutingSolution) -> Bool {
        let fleet = instance.problem.vehicleTypes[0].count ?? .max
        return solution.unserved.isEmpty && solution.routes.count <= fleet
            && solution.routes.allSatisfy(instance.problem.isFeasible)
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw BenchError.unreadable(path) }
        return text
    }
}
