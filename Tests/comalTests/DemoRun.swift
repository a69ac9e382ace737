import ComalTestSupport
import Foundation

/// `scripts/demo.sh` run once for every test that needs the demo alliance's finished week: the
/// checks of its workbooks and the browser tour of its web app share one run (about 11 s).
struct DemoRun: Sendable {
    let scratch: TemporaryDirectory
    let result: ProcessResult

    /// Where the demo wrote its workbooks, folders and database.
    var output: URL { scratch.url.appendingPathComponent("week") }
    var database: String { output.appendingPathComponent("demo.sqlite").path }

    /// The one run, started by whichever test asks first; the others wait for it.
    static func shared() async throws -> DemoRun { try await once.value }

    private static let once = Task<DemoRun, any Error> {
        let scratch = try TemporaryDirectory()
        let database = scratch.url.appendingPathComponent("week/demo.sqlite").path
        let result = try await ProcessRunner.run(
            URL(fileURLWithPath: "/bin/bash"), ["scripts/demo.sh", ProcessRunner.builtProduct("comal").path, database],
            in: ProcessRunner.packageRoot(), deadline: .seconds(900))
        return DemoRun(scratch: scratch, result: result)
    }
}
