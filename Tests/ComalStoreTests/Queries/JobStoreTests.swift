import ComalCore
import ComalStore
import Testing

/// Jobs as the store keeps them: one running per window, progress as reported, and a restart
/// that leaves none running.
@Suite struct JobStoreTests {
    static let now = LocalDateTime(parsing: "2026-11-25 17:05")!

    @Test func aSecondJobForAWindowIsRefusedWhileTheFirstRuns() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        let first = try fixture.database.startJob(.consolidate, window: window.id, actor: "marisol", now: Self.now)
        #expect(first.state == .running && first.startedBy == "marisol" && first.window == window.id)
        #expect(throws: StoreError.jobAlreadyRunning(delivery: window.delivery, job: first.id.rawValue)) {
            try fixture.database.startJob(.consolidate, window: window.id, actor: "lorena", now: Self.now)
        }
        try fixture.database.finishJob(first.id, now: Self.now, error: nil)
        let second = try fixture.database.startJob(.consolidate, window: window.id, actor: "lorena", now: Self.now)
        #expect(second.id != first.id)
    }

    @Test func progressIsKeptAndADoneJobHasDoneEveryStep() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        let job = try fixture.database.startJob(.consolidate, window: window.id, actor: "marisol", now: Self.now)
        try fixture.database.reportProgress(of: job.id, done: 5, total: 20, step: "writingWorkbooks")
        let running = try #require(try fixture.database.job(job.id))
        #expect((running.stepsDone, running.stepsTotal, running.step) == (5, 20, "writingWorkbooks"))
        try fixture.database.finishJob(job.id, now: Self.now, error: nil)
        let done = try #require(try fixture.database.job(job.id))
        #expect(done.state == .done && done.stepsDone == 20 && done.finishedAt == Self.now && done.error == nil)
        // A finished job is not reopened by a late report.
        try fixture.database.reportProgress(of: job.id, done: 6, total: 20, step: "storing")
        #expect(try fixture.database.job(job.id)?.stepsDone == 20)
    }

    @Test func aFailedJobKeepsItsReasonInBothLanguagesAndARestartFailsWhatStillRan() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        let failed = try fixture.database.startJob(.consolidate, window: window.id, actor: "marisol", now: Self.now)
        let why = BilingualText(english: "the window is still open", spanish: "el periodo sigue abierto")
        try fixture.database.finishJob(failed.id, now: Self.now, error: why)
        #expect(try fixture.database.job(failed.id)?.error == why)

        let cut = try fixture.database.startJob(.consolidate, window: window.id, actor: "marisol", now: Self.now)
        let restart = BilingualText(english: "restarted", spanish: "reiniciado")
        #expect(try fixture.database.failInterruptedJobs(now: Self.now, reason: restart) == 1)
        let interrupted = try #require(try fixture.database.job(cut.id))
        #expect(interrupted.state == .failed && interrupted.error == restart)
        #expect(try fixture.database.job(failed.id)?.error == why, "a job already ended is left as it was")
        #expect(try fixture.database.job(Job.ID(999)) == nil)
    }
}
