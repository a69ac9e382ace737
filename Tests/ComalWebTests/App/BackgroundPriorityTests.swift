import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Logging
import NIOPosix
import Synchronization
import Testing

@testable import ComalWeb

/// bcrypt and jobs run on threads of their own at a lower priority, so that signing in (slow on
/// purpose) and consolidating do not take the CPU from the pages of people already signed in.
@Suite("Background work yields to the pages")
struct BackgroundPriorityTests {
    /// Each thread's niceness in this process, from `/proc/self/task/*/stat` (field 19).
    static func niceness() throws -> [Int] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").compactMap { task in
            guard let stat = try? String(contentsOfFile: "/proc/self/task/\(task)/stat", encoding: .utf8),
                let end = stat.lastIndex(of: ")")
            else { return nil }
            // After the command name: state is field 3, niceness field 19.
            let fields = stat[stat.index(after: end)...].split(separator: " ")
            return Int(fields[16])
        }
    }

    @Test("The hashing thread runs at niceness 10; the rest of the server does not")
    func theHashingThreadIsNiced() async throws {
        let hash = await Passwords.hash("correct horse battery", cost: 4)
        #expect(await Passwords.verify("correct horse battery", hash: hash))
        let niceness = try Self.niceness()
        // The hashing thread, and the jobs' thread when a test in this process ran a job.
        #expect((1...2).contains(niceness.filter { $0 == Int(NIOThreadPool.backgroundNiceness) }.count), "\(niceness)")
        #expect(niceness.filter { $0 == 0 }.count >= 1, "\(niceness)")
    }

    @Test("A job's work runs at niceness 10")
    func aJobRunsNiced() async throws {
        let directory = try TemporaryDirectory()
        let database = try AppDatabase(path: directory.path("comal.sqlite"))
        try Seed.load(into: database)
        let window = try #require(try database.windows().first)
        let runner = JobRunner(repository: database, logger: Logger(label: "test"), now: { LocalDateTime(parsing: "2026-11-24 09:00")! })
        let seen = Mutex<Int32?>(nil)
        let job = try runner.start(.consolidate, window: window.id, actor: "buyer") { _ in
            seen.withLock { $0 = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        }
        let deadline = ContinuousClock.now + .seconds(30)
        while try database.job(job.id)?.state == .running, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(try database.job(job.id)?.state == .done)
        #expect(seen.withLock { $0 } == NIOThreadPool.backgroundNiceness)
    }
}
