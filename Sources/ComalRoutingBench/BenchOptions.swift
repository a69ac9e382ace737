import Foundation

/// The routing benchmark's command line: where the instances are, how long, which seed, which ones.
struct BenchOptions {
    var directory = "bench/instances"
    var timeLimit = 10.0
    var seed: UInt64 = 1
    var only: Set<String>?

    init(_ arguments: ArraySlice<String>) throws {
        var rest = arguments
        while let argument = rest.popFirst() {
            switch argument {
            case "--time-limit":
                guard let value = rest.popFirst().flatMap(Double.init), value > 0 else { throw BenchError.usage }
                timeLimit = value
            case "--seed":
                guard let value = rest.popFirst().flatMap(UInt64.init) else { throw BenchError.usage }
                seed = value
            case "--only":
                guard let value = rest.popFirst() else { throw BenchError.usage }
                only = Set(value.split(separator: ",").map(String.init))
            default:
                guard !argument.hasPrefix("-") else { throw BenchError.usage }
                directory = argument
            }
        }
    }
}

/// Why the benchmark cannot run or cannot be trusted.
enum BenchError: Error, CustomStringConvertible {
    case usage
    case unreadable(String)
    case badIndex(line: Int, String)
    case unreadableInstance(String, String)
    case bestKnownMismatch(instance: String, expected: String, recosted: String)

    var description: String {
        switch self {
        case .usage: "usage: ComalRoutingBench [INSTANCES_DIR] [--time-limit S] [--seed N] [--only A,B]"
        case .unreadable(let path): "cannot read \(path)"
        case .badIndex(let line, let message): "bks.csv line \(line): \(message)"
        case .unreadableInstance(let path, let message): "\(path): \(message)"
        case .bestKnownMismatch(let instance, let expected, let recosted):
            "\(instance): the best-known solution re-costs to \(recosted), not \(expected) as bks.csv says"
        }
    }
}
