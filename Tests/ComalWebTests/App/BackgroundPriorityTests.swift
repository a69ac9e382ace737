import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Logging
import NIOPosix
import Synchronization
import Testing

@testable import ComalWeb

/// bcrypt and jobs run on threads of their own at a background priority, so that signing in (slow
/// on purpose) and consolidating do not take the CPU from the pages of people already signed in.
@Suite("Background work yields to the pages")
struct BackgroundPriorityTests {
    /// Each thread of this process: its name, niceness and scheduling policy, from
    /// `/proc/self/task/*/stat` (fields 2, 19 and 41).
    static func threads() throws -> [(name: String, niceness: Int, policy: Int)] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").compactMap { task in
            guard let stat = try? String(contentsOfFile: "/proc/self/task/\(task)/stat", encoding: .utf8),
                let start = stat.firstIndex(of: "("), let end = stat.lastIndex(of: ")")
            else { return nil }
            // After the name: state is field 3.
            let fields = stat[stat.index(after: end)...].split(separator: " ")
            guard let niceness = Int(fields[16]), let policy = Int(fields[38]) else { return nil }
            return (String(stat[stat.index(after: start)..<end]), niceness, policy)
        }
    }

    /// This process's threads while a pool's thread runs an item at the idle priority, read here
    /// while that one waits: a thread at the idle policy may get no CPU for long on a test run's
    /// busy cores, so it is asked nothing but to wait.
    @Test("At idle priority a background item runs under SCHED_IDLE, niced; the rest of the server does not")
    func idlePriority() throws {
        let pool = NIOThreadPool.started(threads: 1)
        let (entered, release) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        pool.submit(at: .idle) {
            entered.signal()
            release.wait()
        }
        entered.wait()
        let threads = try Self.threads()
        release.signal()
        let background = threads.filter { $0.policy == Int(BackgroundPriority.idlePolicy) }
        #expect(background.count == 1, "\(threads)")
        #expect(background.allSatisfy { $0.niceness == Int(BackgroundPriority.niceness) }, "\(threads)")
        #expect(threads.contains { $0.policy == Int(SCHED_OTHER) && $0.niceness == 0 }, "\(threads)")
    }

    @Test("At low priority a background item runs niced under the normal policy")
    func lowPriority() async throws {
        let pool = NIOThreadPool.started(threads: 1)
        let seen = await withCheckedContinuation { (done: CheckedContinuation<(Int32, Int32), Never>) in
            pool.submit(at: .low) {
                done.resume(returning: (sched_getscheduler(0), getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)))
            }
        }
        #expect(seen.0 == Int32(SCHED_OTHER))
        #expect(seen.1 == BackgroundPriority.niceness)
    }

    @Test("A sign-in's check runs at the server's background priority")
    func theHashingThreadRunsAtThePriorityGiven() async throws {
        let hash = await Passwords.hash("correct horse battery", cost: 4, at: .low)
        #expect(await Passwords.verify("correct horse battery", hash: hash, startingBy: .now + .seconds(60), at: .low) == true)
        let niced = try Self.threads().filter { $0.niceness == Int(BackgroundPriority.niceness) }
        #expect(!niced.isEmpty)
    }

    @Test("A job's work runs at the server's background priority")
    func aJobRunsAtItsPriority() async throws {
        let directory = try TemporaryDirectory()
        let database = try AppDatabase(path: directory.path("comal.sqlite"))
        try Seed.load(into: database)
        let window = try #require(try database.windows().first)
        let runner = JobRunner(
            repository: database, logger: Logger(label: "test"), priority: .low,
            now: { LocalDateTime(parsing: "2026-11-24 09:00")! })
        let seen = Mutex<Int32?>(nil)
        let job = try runner.start(.consolidate, window: window.id, actor: "buyer") { _ in
            seen.withLock { $0 = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        }
        let deadline = ContinuousClock.now + .seconds(30)
        while try database.job(job.id)?.state == .running, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(try database.job(job.id)?.state == .done)
        #expect(seen.withLock { $0 } == BackgroundPriority.niceness)
    }
}
