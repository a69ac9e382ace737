import ComalCore
import ComalSheets
import ComalStore
import ComalTestSupport
import Foundation

// `make bench`: a generated alliance (2,000 sites × 150 lines over 5,000 products and 10 suppliers),
// consolidated, stored and written to workbooks, against a floor measured in the same run that does
// the same I/O with no logic: it reads the same rows, stores the same rows in the same tables, and
// writes workbooks of the same names with as many text and number cells. Each measurement runs in
// its own child process so that its peak memory is its own.

let arguments = CommandLine.arguments
do {
    switch arguments.dropFirst().first {
    case "full": try BenchChild.full(database: arguments[2], directory: arguments[3], manifest: arguments[4])
    case "floor": try BenchChild.floor(database: arguments[2], directory: arguments[3], manifest: arguments[4])
    default: try await BenchParent.run()
    }
} catch {
    FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
    exit(1)
}
