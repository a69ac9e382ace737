import ComalTestSupport
import Foundation
import Testing

/// The helper every command-line, browser and benchmark test starts programs through: a child that
/// hangs is killed with everything it started, reaped, and reported; none can stall the run.
@Suite struct ChildProcessTests {
    let bash = URL(fileURLWithPath: "/bin/bash")

    @Test func aFinishedChildGivesItsStatusOutputAndErrors() async throws {
        let result = try await ProcessRunner.run(bash, ["-c", "read line; echo \"got $line\"; echo oops >&2; exit 3"], input: "beans\n")
        #expect(result.status == 3)
        #expect(result.stdout == "got beans\n")
        #expect(result.stderr == "oops\n")
    }

    @Test func aChildPastItsDeadlineIsKilledWithWhatItStartedAndNamed() async throws {
        // The child starts a grandchild (as Playwright starts Chromium), reports its id, then waits.
        let child = try await ChildProcess.start(bash, ["-c", "sleep 300 & echo \"grandchild $!\"; wait"])
        let banner = try await child.waitForOutput(deadline: .seconds(60)) { $0.hasSuffix("\n") }
        let grandchild = try #require(Int32(banner.split(separator: " ")[1].trimmingCharacters(in: .whitespacesAndNewlines)))
        let error = await #expect(throws: ChildProcessError.self) { try await child.wait(deadline: .milliseconds(200)) }
        let message = try #require(error).description
        #expect(message.contains("/bin/bash -c sleep 300"))
        #expect(message.contains("0.2 seconds"))
        #expect(message.contains("grandchild \(grandchild)"))
        // Reaped, and the grandchild went with it.
        #expect(kill(child.processID, 0) == -1)
        #expect(try await Self.ends(grandchild))
    }

    /// Whether process `id` is gone or a zombie (dead, waiting for init to reap it) within a minute:
    /// SIGKILL is delivered at once, but the process must still be scheduled to die.
    static func ends(_ id: pid_t) async throws -> Bool {
        for _ in 0..<600 {
            guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8) else { return true }
            if stat.contains(") Z ") { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    @Test func aServerThatExitsBeforeItIsReadySaysSoAtOnce() async throws {
        let child = try await ChildProcess.start(bash, ["-c", "echo 'cannot open the database' >&2; exit 1"])
        let start = ContinuousClock.now
        let error = await #expect(throws: ChildProcessError.self) {
            try await child.waitForOutput(deadline: .seconds(120)) { $0.contains("http://") }
        }
        #expect(ContinuousClock.now - start < .seconds(60))
        let message = try #require(error).description
        #expect(message.contains("exited before it was ready"))
        #expect(message.contains("cannot open the database"))
    }

    @Test func aProgramThatDoesNotExistIsAnErrorNotAHang() async throws {
        await #expect(throws: (any Error).self) {
            try await ProcessRunner.run(URL(fileURLWithPath: "/nonexistent/comal"), [])
        }
    }

    @Test func stoppingSendsSIGTERMAndStopsTwiceSafely() async throws {
        let child = try await ChildProcess.start(bash, ["-c", "trap 'echo stopping; exit 0' TERM; echo ready; while :; do sleep 0.1; done"])
        _ = try await child.waitForOutput(deadline: .seconds(60)) { $0.contains("ready") }
        let first = await child.stop()
        #expect(first.status == 0)
        #expect(first.stdout.contains("stopping"))
        #expect(await child.stop().status == 0)
    }
}
