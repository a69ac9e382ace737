import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

@Suite("The buyer's accounts page")
struct AccountsPageTests {
    /// The account's entry in the audit log, newest last.
    static func audit(_ server: LiveServer) throws -> [String] {
        try server.database.auditLog(window: nil).filter { $0.action == "account" }.map { "\($0.actor) · \($0.detail)" }
    }

    @Test("The buyer disables a director: her page session goes to sign-in and her API token gets 401 at once")
    func disable() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            let token = try server.issueToken("esp-director", label: "forms")
            let recorder = try OpenAPIRecorder()
            let api = server.api(token: token, recorder: recorder)
            #expect(try await api.get("listWindows", "/windows").status == 200)

            let buyer = try await server.signedIn("buyer")
            let page = try await buyer.get("/buyer/accounts")
            #expect(page.status == 200)
            #expect(page.visibleText.contains("esp-director · director · ESP-01 · active"))
            #expect(page.visibleText.contains("A session ends after 2 hours unused, or 12 hours after signing in."))
            #expect(page.text.contains("forms"))
            let disabled = try await buyer.post("/buyer/accounts/esp-director/disable")
            #expect(disabled.location == "/buyer/accounts?done=disabled&user=esp-director")
            #expect(try await buyer.follow(disabled).visibleText.contains("esp-director is disabled: signed out everywhere"))

            #expect(try await director.get("/sites/ESP-01").location == "/login")
            #expect(try await api.get("listWindows", "/windows").status == 401)
            #expect(try await server.browser().login("esp-director", LiveServer.password).status == 401)
            #expect(try Self.audit(server).last == "buyer · esp-director: disabled; 1 API tokens revoked, sessions ended")

            #expect(try await buyer.post("/buyer/accounts/esp-director/enable").status == 303)
            #expect(try await server.browser().login("esp-director", LiveServer.password).status == 303)
            #expect(try Self.audit(server).last == "buyer · esp-director: enabled")
        }
    }

    @Test("A new password signs the account out; the old one opens nothing, the new one does")
    func resetPassword() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/accounts")
            let short = try await buyer.post("/buyer/accounts/esp-cook/password", ["password": "short"])
            #expect(short.status == 422)
            #expect(short.visibleText.contains("the password needs at least 8 characters"))
            let reset = try await buyer.post("/buyer/accounts/esp-cook/password", ["password": "green chile stew"])
            #expect(reset.status == 303)
            #expect(try await cook.get("/sites/ESP-01").location == "/login")
            #expect(try await server.browser().login("esp-cook", LiveServer.password).status == 401)
            #expect(try await server.browser().login("esp-cook", "green chile stew").status == 303)
            #expect(try Self.audit(server).last == "buyer · esp-cook: password reset, sessions ended")
        }
    }

    @Test("The role changes from the next page; a staff role takes no site, and a site role needs one")
    func setRole() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/accounts")
            let before = try server.changeableState()
            let noSite = try await buyer.post("/buyer/accounts/esp-cook/role", ["role": "director", "site": ""])
            #expect(noSite.status == 422)
            #expect(noSite.visibleText.contains("a director works for one site"))
            let badRole = try await buyer.post("/buyer/accounts/esp-cook/role", ["role": "owner", "site": "ESP-01"])
            #expect(badRole.status == 400)
            let elsewhere = try await buyer.post("/buyer/accounts/esp-cook/role", ["role": "cook", "site": "NOPE-9"])
            #expect(elsewhere.status == 422)
            #expect(try server.changeableState() == before)

            #expect(try await buyer.post("/buyer/accounts/esp-cook/role", ["role": "director", "site": "ESP-01"]).status == 303)
            // Her open session is now a director's: the order form takes her lines.
            let line = ["sku": "MK-1", "quantity": "2", "unit": "case", "tolerance": "0"]
            _ = try await cook.get("/sites/ESP-01/windows/1/order")
            #expect(try await cook.post("/sites/ESP-01/windows/1/order/lines", line).status == 303)
            #expect(try Self.audit(server).last == "buyer · esp-cook: role set to director of ESP-01")
        }
    }

    @Test("Nobody disables or demotes their own account here, and only the alliance's staff see the page")
    func refusals() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            let director = try await server.signedIn("esp-director")
            _ = try await buyer.get("/buyer/accounts")
            let before = try server.changeableState() + (try Self.audit(server))
            let own = try await buyer.post("/buyer/accounts/buyer/disable")
            #expect(own.status == 409)
            #expect(own.visibleText.contains("You cannot disable your own account"))
            #expect(try await buyer.post("/buyer/accounts/BUYER/role", ["role": "cook", "site": "ESP-01"]).status == 409)
            #expect(try await buyer.post("/buyer/accounts/nobody/disable").status == 404)
            #expect(try await buyer.post("/buyer/accounts/esp-director/disable", csrf: .some(nil)).status == 403)
            #expect(try server.changeableState() + (try Self.audit(server)) == before)

            #expect(try await director.get("/buyer/accounts").status == 403)
            _ = try await director.get("/sites/ESP-01")
            #expect(try await director.post("/buyer/accounts/sol-director/disable").status == 403)
            #expect(try await server.browser().get("/buyer/accounts").location == "/login")
            #expect(try server.changeableState() + (try Self.audit(server)) == before)
        }
    }

    @Test("The buyer clears a director's failed sign-ins and revokes one of her API tokens")
    func unlockAndRevoke() async throws {
        try await LiveServer.run { server in
            let guesser = server.browser()
            for _ in 0..<4 { #expect(try await guesser.login("sol-director", "guess").status == 401) }
            #expect(try await server.browser().login("sol-director", LiveServer.password).status == 429)
            let kept = try server.issueToken("sol-director", label: "laptop")
            let revoked = try server.issueToken("sol-director", label: "old-script")

            let buyer = try await server.signedIn("buyer")
            let page = try await buyer.get("/buyer/accounts")
            #expect(page.visibleText.contains("Clear failed sign-ins (4)"))
            #expect(try await buyer.post("/buyer/accounts/sol-director/unlock").status == 303)
            #expect(try await server.browser().login("sol-director", LiveServer.password).status == 303)
            #expect(try await buyer.post("/buyer/accounts/sol-director/tokens/revoke", ["label": "old-script"]).status == 303)
            let unknown = try await buyer.post("/buyer/accounts/sol-director/tokens/revoke", ["label": "nothing"])
            #expect(unknown.status == 422)
            #expect(unknown.visibleText.contains("sol-director has no live token labelled \"nothing\""))

            let recorder = try OpenAPIRecorder()
            #expect(try await server.api(token: kept, recorder: recorder).get("listWindows", "/windows").status == 200)
            #expect(try await server.api(token: revoked, recorder: recorder).get("listWindows", "/windows").status == 401)
            let listed = try server.database.apiTokens(username: "sol-director").map { "\($0.name) \($0.state(at: server.clock.now))" }
            #expect(listed == ["old-script revoked", "laptop live"])
            #expect(
                try Self.audit(server).suffix(2)
                    == ["buyer · sol-director: 4 failed sign-ins cleared", "buyer · sol-director: API token \"old-script\" revoked (1)"])
        }
    }
}
