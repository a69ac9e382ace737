import ComalCore
import ComalStore
import ComalTestSupport
import ComalWeb
import Foundation
import GRDB
import Testing

@Suite("Signing in, sessions, CSRF and throttling")
struct AuthTests {
    @Test("A director signs in with an HttpOnly, SameSite=Lax session cookie, lands on their site, and signs out")
    func loginAndLogout() async throws {
        try await LiveServer.run { server in
            let browser = server.browser()
            let login = try await browser.login("esp-director", LiveServer.password)
            #expect(login.status == 303)
            let session = try #require(browser.setCookieHeaders.first { $0.hasPrefix("comal_session=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Lax"))
            // The database keeps the id's SHA-256 (checked with Python's hashlib), never the id itself.
            let id = String(session.prefix { $0 != ";" }.dropFirst("comal_session=".count))
            let stored = try await DatabaseQueue(path: server.directory.path("comal.sqlite")).read { db in
                try String.fetchAll(db, sql: "SELECT id FROM session")
            }
            let digest = try await ProcessRunner.python(
                "import hashlib, sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest())", [id])
            #expect(id.count >= 40 && !stored.contains(id))
            #expect(stored == [digest.stdout.trimmingCharacters(in: .whitespacesAndNewlines)])
            let home = try await browser.follow(try await browser.get("/"))
            #expect(home.status == 200)
            #expect(home.visibleText.contains("Esperanza Center"))
            #expect(home.visibleText.contains("Closes in 1 day, 8 hours."))

            let logout = try await browser.post("/logout")
            #expect(logout.location == "/login")
            #expect(try await browser.get("/sites/ESP-01").location == "/login")
            #expect(try server.count("session") == 0)
        }
    }

    @Test("Cookies are Secure only when the server is told it sits behind HTTPS")
    func secureCookies() async throws {
        for secure in [false, true] {
            try await LiveServer.run(secureCookies: secure) { server in
                let browser = server.browser()
                _ = try await browser.get("/login")
                #expect(try await browser.login("esp-director", LiveServer.password).status == 303)
                let cookies = browser.setCookieHeaders
                #expect(cookies.contains { $0.hasPrefix("comal_session=") })
                for cookie in cookies {
                    #expect(cookie.contains("; Secure") == secure, "\(cookie)")
                    #expect(cookie.contains("HttpOnly"))
                }
            }
        }
    }

    @Test("A wrong password says so and starts no session")
    func wrongPassword() async throws {
        try await LiveServer.run { server in
            let reply = try await server.browser().login("esp-director", "not the password")
            #expect(reply.status == 401)
            #expect(reply.visibleText.contains("That username and password do not match"))
            let unknown = try await server.browser().login("nobody", "whatever1")
            #expect(unknown.status == 401)
            #expect(try server.count("session") == 0)
        }
    }

    @Test("A name past 64 characters or a password past bcrypt's 72 bytes is nobody's, and is stored no longer")
    func lengthLimits() async throws {
        try await LiveServer.run { server in
            let longest = String(repeating: "salsa verde ", count: 6)
            #expect(longest.utf8.count == 72)
            try Passwords.addAccount(
                Account(username: "long-pass", role: .buyer, site: nil), password: longest, cost: 4, actor: "admin",
                now: try server.database.localDateTime(at: server.clock.now), to: server.database)
            // bcrypt reads 72 bytes: without the limit, anything after them would sign in too.
            #expect(try await server.browser().login("long-pass", longest + "and more").status == 401)
            #expect(try await server.browser().login("long-pass", longest).status == 303)
            let huge = try await server.browser().login(String(repeating: "a", count: 20_000), "whatever1")
            #expect(huge.status == 401)
            let stored = try await DatabaseQueue(path: server.directory.path("comal.sqlite")).read { db in
                try Int.fetchOne(db, sql: "SELECT max(length(username)) FROM loginFailure")
            }
            #expect(stored == 64)
        }
    }

    @Test("Three failures on an account are free; then each doubles the wait before the next try, up to a minute")
    func accountThrottling() async throws {
        try await LiveServer.run { server in
            let guesser = server.browser()
            for _ in 0..<4 { #expect(try await guesser.login("buyer", "guess").status == 401) }
            // The owner, from anywhere, waits 5 seconds: even the right password is not checked.
            let owner = server.browser()
            let waiting = try await owner.login("buyer", LiveServer.password)
            #expect(waiting.status == 429)
            #expect(waiting.headers["retry-after"] == "5")
            #expect(waiting.visibleText.contains("Too many failed sign-ins for buyer. Wait 5 seconds and try again"))
            #expect(try server.count("session") == 0)
            // Another account is not affected.
            #expect(try await server.browser().login("admin", LiveServer.password).status == 303)

            server.clock.advance(5)
            #expect(try await guesser.login("buyer", "guess").status == 401)
            #expect(try await owner.login("buyer", LiveServer.password).headers["retry-after"] == "10")
            var waits: [String] = []
            for _ in 0..<6 {
                server.clock.advance(60)
                #expect(try await guesser.login("buyer", "guess").status == 401)
                waits.append(try await owner.login("buyer", LiveServer.password).headers["retry-after"] ?? "")
            }
            #expect(waits == ["20", "40", "60", "60", "60", "60"])
            server.clock.advance(60)
            #expect(try await owner.login("buyer", LiveServer.password).status == 303)
            // Signing in forgets the failures: the next mistake is free again.
            #expect(try await server.browser().login("buyer", "typo").status == 401)
            #expect(try await server.browser().login("buyer", LiveServer.password).status == 303)
        }
    }

    @Test("Ten failures from one address on any accounts make that address wait, whichever account it tries next")
    func addressThrottling() async throws {
        try await LiveServer.run { server in
            let sprayer = server.browser()
            for index in 0..<11 { #expect(try await sprayer.login("name\(index)", "guess").status == 401) }
            let refused = try await sprayer.login("admin", LiveServer.password)
            #expect(refused.status == 429)
            #expect(refused.headers["retry-after"] == "5")
            server.clock.advance(5)
            #expect(try await sprayer.login("admin", LiveServer.password).status == 303)
        }
    }

    @Test("A session ends after two idle hours or twelve hours in all, and use keeps it alive in between")
    func sessionLimits() async throws {
        try await LiveServer.run { server in
            let idle = try await server.signedIn("esp-director")
            let busy = try await server.signedIn("esp-director")
            for _ in 0..<3 {
                server.clock.advance(90 * 60)
                #expect(try await busy.get("/sites/ESP-01").status == 200)
            }
            // 4½ hours later: the idle browser was signed out after two, the busy one is still in.
            #expect(try await idle.get("/sites/ESP-01").location == "/login")
            for _ in 0..<4 {
                server.clock.advance(90 * 60)
                #expect(try await busy.get("/sites/ESP-01").status == 200)
            }
            // 12 hours after signing in, however busy: the last use was only 90 minutes before.
            server.clock.advance(90 * 60 + 1)
            #expect(try await busy.get("/sites/ESP-01").location == "/login")
        }
    }

    @Test("A POST without the form's token, or with a wrong one, is refused with 403 and changes nothing")
    func csrf() async throws {
        try await LiveServer.run { server in
            let browser = try await server.signedIn("esp-director")
            let before = try server.changeableState()
            let line = ["sku": "MK-1", "quantity": "2", "unit": "case", "tolerance": "0"]
            let path = "/sites/ESP-01/windows/1/order/lines"
            let missing = try await browser.post(path, line, csrf: .some(nil))
            #expect(missing.status == 403)
            #expect(missing.visibleText.contains("This form has expired"))
            #expect(try await browser.post(path, line, csrf: "0123abcd").status == 403)
            #expect(try await browser.post("/sites/ESP-01/windows/1/order/submit", csrf: .some(nil)).status == 403)
            #expect(try await browser.post("/logout", csrf: .some(nil)).status == 403)
            // The login form needs its token too.
            let anonymous = server.browser()
            let forged = try await anonymous.post(
                "/login", ["username": "buyer", "password": LiveServer.password], csrf: .some(nil))
            #expect(forged.status == 403)
            #expect(try server.changeableState() == before)
        }
    }

    @Test("The language switch is remembered for the user and turns labels, dates and messages Spanish")
    func language() async throws {
        try await LiveServer.run { server in
            let browser = try await server.signedIn("esp-director")
            _ = try await browser.get("/sites/ESP-01")
            let switched = try await browser.post("/language", ["lang": "es", "back": "/sites/ESP-01"])
            #expect(switched.location == "/sites/ESP-01")
            let page = try await browser.follow(switched)
            #expect(page.visibleText.contains("Entrega: lunes, 30 de noviembre de 2026"))
            #expect(page.visibleText.contains("Cierra en 1 día, 8 horas."))
            #expect(page.visibleText.contains("Sin enviar"))

            let elsewhere = try await server.signedIn("esp-director")
            #expect(try await elsewhere.get("/sites/ESP-01").visibleText.contains("Fecha límite"))

            _ = try await browser.get("/sites/ESP-01/windows/1/order")
            let refused = try await browser.post(
                "/sites/ESP-01/windows/1/order/lines", ["sku": "BN-10", "quantity": "abc", "unit": "case"])
            #expect(refused.visibleText.contains("No se cambió nada."))
            #expect(refused.visibleText.contains("Cantidad: \"abc\" no es un número entero de 0 a 9999"))
        }
    }
}
