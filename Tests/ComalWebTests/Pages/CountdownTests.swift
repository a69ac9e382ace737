import ComalTestSupport
import Foundation
import GRDB
import Testing

/// The countdown to a cutoff on the other side of a daylight-saving change counts the hours that
/// will really pass, on the director's page and the buyer's.
@Suite("Cutoff countdowns across daylight-saving changes")
struct CountdownTests {
    @Test(
        "From Saturday noon in Santa Fe to a Monday noon cutoff: 1 day 23 hours in March, 2 days 1 hour in November",
        arguments: [
            ("2027-03-13 19:00", "2027-03-15", "2027-03-16", "Closes in 1 day, 23 hours."),
            ("2026-10-31 18:00", "2026-11-02", "2026-11-03", "Closes in 2 days, 1 hour."),
        ])
    func acrossTheChange(nowUTC: String, cutoffDay: String, delivery: String, countdown: String) async throws {
        try await LiveServer.run { server in
            try await DatabaseQueue(path: server.directory.path("comal.sqlite")).write { db in
                try db.execute(sql: "UPDATE alliance SET timezone = 'America/Denver'")
            }
            server.clock.set(nowUTC)
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer")
            let opened = try await buyer.post(
                "/buyer/windows", ["delivery": delivery, "cutoff_date": cutoffDay, "cutoff_time": "12:00"])
            #expect(opened.status == 303)
            let window = try await buyer.follow(opened)
            #expect(window.visibleText.contains(countdown), "\(window.visibleText)")
            let director = try await server.signedIn("esp-director")
            let home = try await director.get("/sites/ESP-01")
            #expect(home.visibleText.contains(countdown), "\(home.visibleText)")
        }
    }
}
