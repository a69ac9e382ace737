import ComalCore
import ComalStore
import Foundation
import Synchronization
import Testing

/// The buyer follows a consolidation on its job's page: a progress bar that refreshes itself while
/// it runs, the window once done, and why when it failed.
@Suite("The buyer follows a job")
struct JobPageTests {
    static let now = LocalDateTime(parsing: "2026-11-24 09:00")!

    @Test func aRunningJobShowsItsProgressAndRefreshesItself() async throws {
        try await LiveServer.run { server in
            let job = try server.database.startJob(.consolidate, window: Seed.window, actor: "buyer", now: Self.now)
            try server.database.reportProgress(of: job.id, done: 5, total: 20, step: "writingWorkbooks")
            let buyer = try await server.signedIn("buyer")
            let page = try await buyer.get("/buyer/jobs/\(job.id)")
            #expect(page.status == 200)
            #expect(page.text.contains(#"<meta http-equiv="refresh" content="1">"#))
            #expect(page.text.contains(#"<progress value="5" max="20">"#))
            #expect(page.visibleText.contains("Writing the workbooks and invoices"))
            #expect(page.visibleText.contains("5 of 20 steps"))

            // A second consolidation of the window is refused while this one runs.
            _ = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
            let second = try await buyer.post("/buyer/windows/1/consolidate")
            #expect(second.status == 409)
            #expect(second.visibleText.contains("is already being consolidated (job \(job.id))"))

            try server.database.finishJob(job.id, now: Self.now, error: nil)
            let done = try await buyer.get("/buyer/jobs/\(job.id)")
            #expect(done.status == 303 && done.location == "/buyer/windows/1?done=consolidated")

            let director = try await server.signedIn("esp-director")
            #expect(try await director.get("/buyer/jobs/\(job.id)").status == 403)
            #expect(try await buyer.get("/buyer/jobs/999").status == 404)
            #expect(try await buyer.get("/buyer/jobs/nope").status == 404)
        }
    }

    @Test func aJobARestartInterruptedShowsWhyWithoutRefreshing() async throws {
        let running = Mutex<Job.ID?>(nil)
        try await LiveServer.run(prepare: { database in
            let job = try database.startJob(.consolidate, window: Seed.window, actor: "buyer", now: Self.now)
            running.withLock { $0 = job.id }
        }) { server in
            let job = try #require(running.withLock { $0 })
            #expect(try server.database.job(job)?.state == .failed)
            let buyer = try await server.signedIn("buyer")
            let page = try await buyer.get("/buyer/jobs/\(job)")
            #expect(page.status == 200 && !page.text.contains("http-equiv"))
            #expect(page.visibleText.contains("The consolidation did not finish"))
            #expect(page.visibleText.contains("Comal was restarted while this ran"))
            _ = try await buyer.post("/language", ["lang": "es", "back": "/buyer/jobs/\(job)"])
            #expect(try await buyer.get("/buyer/jobs/\(job)").visibleText.contains("Comal se reinició mientras esto corría"))
        }
    }
}
