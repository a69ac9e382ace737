import ComalCore
import ComalSheets
import ComalStore
import ComalTestSupport
import Foundation

// `make bench`: a generated alliance (2,000 sites × 150 lines over 5,000 products and 10 suppliers),
// consolidated and written to workbooks, against a floor measured in the same run: reading the same
// orders from SQLite and writing the same number of cells with no logic. Each measurement runs in its
// own child process so that its peak memory is its own.

let arguments = CommandLine.arguments
do {
    switch arguments.dropFirst().first {
    case "full": try BenchChild.full(database: arguments[2], directory: arguments[3])
    case "floor": try BenchChild.floor(database: arguments[2], directory: arguments[3], cells: Int(arguments[4])!)
    default: try await BenchParent.run()
    }
} catch {
    FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
    exit(1)
}
