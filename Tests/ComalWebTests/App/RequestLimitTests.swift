import ComalTestSupport
import Foundation
import Testing

/// Past the requests it serves at once, the server answers at once with 503 and `Retry-After`
/// instead of queueing work whose client will have given up, and serves again once below.
@Suite("Load the server cannot serve is turned away at once")
struct RequestLimitTests {
    @Test func pastTheLimitARequestGets503WithRetryAfterAndTheServerRecovers() async throws {
        try await LiveServer.run(maxRequestsInProgress: 1) { server in
            let port = try #require(server.base.port)
            // A sign-in whose body never finishes arriving holds the one place.
            func hold() throws -> SlowClient {
                let held = try SlowClient(port: port)
                try held.send(
                    "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 40\r\nConnection: close\r\n\r\nusername=")
                return held
            }
            var held = try hold()
            let browser = server.browser()
            // The held request takes its place once the server has read its head; under the whole
            // suite's load that can take seconds, so ask until then (or 30 s). Should the head come
            // in while one of these requests had the place, the held request is the one turned
            // away: it is sent again.
            let deadline = ContinuousClock.now + .seconds(30)
            var turnedAway = try await browser.get("/login")
            while turnedAway.status != 503, ContinuousClock.now < deadline {
                if held.wasAnswered { held = try hold() }
                try await Task.sleep(for: .milliseconds(20))
                turnedAway = try await browser.get("/login")
            }
            #expect(turnedAway.status == 503)
            #expect(turnedAway.headers["retry-after"] == "2")
            #expect(turnedAway.text.contains("try again") && turnedAway.text.contains("intente de nuevo"))

            try held.send(String(repeating: "x", count: 31))
            #expect(try await held.response().hasPrefix("HTTP/1.1 "))
            var served = try await browser.get("/login")
            while served.status != 200, ContinuousClock.now < deadline + .seconds(30) {
                try await Task.sleep(for: .milliseconds(20))
                served = try await browser.get("/login")
            }
            #expect(served.status == 200)
        }
    }

    /// bcrypt checks one sign-in at a time on purpose; past the sign-ins allowed to wait, one more is
    /// turned away at once instead of queueing a check its client will have given up on.
    @Test func pastTheWaitingSignInsASignInGets503AndNothingIsRecorded() async throws {
        try await LiveServer.run(maxWaitingSignIns: 0) { server in
            let browser = server.browser()
            let refused = try await browser.login("buyer", LiveServer.password)
            #expect(refused.status == 503)
            #expect(refused.headers["retry-after"] == "2")
            #expect(refused.visibleText.contains("Many people are signing in right now"))
            #expect(try server.count("loginFailure") == 0)
            #expect(try server.count("session") == 0)
        }
        try await LiveServer.run(maxWaitingSignIns: 1) { server in
            let signedIn = try await server.browser().login("buyer", LiveServer.password)
            #expect(signedIn.status == 303)
        }
    }

    /// A sign-in whose check could not begin in time (here no time at all) is answered 503 too,
    /// rather than checked for a client that has waited too long, and nothing is recorded.
    @Test func aSignInThatWaitedTooLongForItsCheckGets503AndNothingIsRecorded() async throws {
        try await LiveServer.run(signInWait: .zero) { server in
            let refused = try await server.browser().login("buyer", "wrong password")
            #expect(refused.status == 503)
            #expect(refused.headers["retry-after"] == "2")
            #expect(refused.visibleText.contains("Many people are signing in right now"))
            #expect(try server.count("loginFailure") == 0)
            #expect(try server.count("session") == 0)
        }
    }
}
