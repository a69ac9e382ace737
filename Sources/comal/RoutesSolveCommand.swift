import ArgumentParser
import ComalCore

/// `comal routes solve FILE`: solves a Solomon or VRPLIB instance and prints the routes under the
/// file's own conventions, so anyone can check our figures against the literature.
struct RoutesSolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a Solomon VRPTW (.txt) or VRPLIB CVRP (.vrp) instance.",
        discussion: """
            Customer ids are those of the file (Solomon: CUST NO.; VRPLIB: 1, 2, … in file order without \
            the depot, as CVRPLIB .sol files number them). The cost follows the file's convention: Solomon \
            distances truncated to one decimal, VRPLIB distances rounded to integers.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The instance file.") var file: String
    @Option(help: "Stop after this many seconds.") var timeLimit: Double = 10
    @Option(help: "Seed of the search; the same seed gives the same routes when the search converges.")
    var seed: UInt64 = 1
    @Option(help: "Independent searches run side by side; the best is kept.") var threads: Int = 1
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "CSV of from,to,distance,duration between the depot (0) and customer ids, replacing the file's distances.")
    var matrix: String?

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be between 1 and 64") }
    }

    func run() throws {
        var instance: RoutingInstance
        do {
            instance = try RoutingInstance.parse(try readUserFile(file), fileName: file)
        } catch let error as RoutingFileError {
            throw LocatedFileError(file: file, error: error)
        }
        if let matrix {
            do {
                instance = try instance.travelling(by: TravelTable.parse(try readUserFile(matrix)))
            } catch let error as RoutingFileError {
                throw LocatedFileError(file: matrix, error: error)
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started + .milliseconds(Int(timeLimit * 1000))
        let solver = RoutingSolver(parameters: .init(threads: threads))
        let solution = solver.solve(instance.problem, seed: seed, shouldStop: { clock.now >= deadline })
        let report = SolveReport(instance: instance, solution: solution)
        switch format {
        case .json: print(report.json)
        case .text: print(report.text(seconds: (clock.now - started).seconds))
        }
    }
}

/// A routing file that could not be read, named with its line as editors expect (`FILE:LINE: …`).
struct LocatedFileError: Error, CustomStringConvertible {
    let file: String
    let error: RoutingFileError

    var description: String { "\(file):\(error.line.map { "\($0):" } ?? "") \(error.message)" }
}

extension Duration {
    /// The duration in seconds, for reports.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
