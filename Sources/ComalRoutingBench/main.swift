import ComalCore
import Foundation

// `make bench` (routing part): solves every instance listed in bks.csv with a time limit on one
// core and prints cost, vehicles, gap to the best known, time and feasibility, then the mean gap.
// Each best-known solution is re-costed first; a mismatch means our distance convention is wrong,
// so the run stops rather than print meaningless gaps.
//
// Usage: ComalRoutingBench [INSTANCES_DIR] [--time-limit SECONDS] [--seed N] [--only NAME,NAME]

do {
    let options = try BenchOptions(CommandLine.arguments.dropFirst())
    let cases = try BenchmarkCase.loadAll(from: options.directory, only: options.only)
    print("Re-costed \(cases.count) best-known solutions: all match bks.csv.")
    print("Time limit \(options.timeLimit) s per instance, one thread, seed \(options.seed).\n")
    var table = BenchmarkTable()
    print(BenchmarkTable.header)
    for benchmark in cases {
        let row = benchmark.run(timeLimit: options.timeLimit, seed: options.seed)
        table.rows.append(row)
        print(BenchmarkTable.line(row))
    }
    print(table.summary)
} catch {
    FileHandle.standardError.write(Data("routing bench: \(error)\n".utf8))
    exit(1)
}
