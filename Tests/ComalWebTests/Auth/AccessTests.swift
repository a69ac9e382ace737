import ComalCore
import ComalStore
import Foundation
import Testing

/// Every route of a site tried as another site's director or cook, as the site's cook, as the
/// buyer, and as no one; and every buyer route as a director, a cook and no one.
@Suite("Who may see and change what")
struct AccessTests {
    enum Method: Sendable { case get, post, upload }

    struct Route: Sendable, CustomTestStringConvertible {
        var method: Method
        var path: String
        var fields: [String: String] = [:]
        var testDescription: String { "\(method) \(path)" }
    }

    static let siteRoutes: [Route] = [
        Route(method: .get, path: "/sites/ESP-01"),
        Route(method: .get, path: "/sites/ESP-01/windows/1/order"),
        Route(method: .get, path: "/sites/ESP-01/windows/1/order?q=milk"),
        Route(method: .get, path: "/sites/ESP-01/windows/1/allocation"),
        Route(
            method: .post, path: "/sites/ESP-01/windows/1/order/lines",
            fields: ["sku": "MK-1", "quantity": "9", "unit": "case"]),
        Route(method: .upload, path: "/sites/ESP-01/windows/1/order/upload"),
        Route(method: .post, path: "/sites/ESP-01/windows/1/order/submit"),
        Route(method: .post, path: "/sites/ESP-01/windows/1/order/suggest", fields: ["menu": "test-lunch"]),
    ]

    /// The menu pages: the site's cook and director see and change them, the buyer and admin only see them.
    static let menuRoutes: [Route] = [
        Route(method: .get, path: "/sites/ESP-01/menus"),
        Route(method: .get, path: Seed.menuPath),
        Route(method: .get, path: "\(Seed.menuPath)/print?lang=both"),
        Route(method: .get, path: "\(Seed.menuPath)/production"),
        Route(method: .get, path: "\(Seed.menuPath)/days/1/meals/1/items/2"),
        Route(method: .get, path: "\(Seed.menuPath)/days/1/meals/1/items/new"),
        Route(
            method: .post, path: "\(Seed.menuPath)/days/1/meals/1/items/2",
            fields: ["dish": "food:chicken-diced-cooked", "serve_3-5": "2 oz"]),
        Route(
            method: .post, path: "\(Seed.menuPath)/days/1/meals/1/items/new",
            fields: ["dish": "food:apples-fresh", "serve_3-5": "1/4 cup"]),
        Route(method: .post, path: "\(Seed.menuPath)/days/1/meals/1/items/1", fields: ["action": "remove"]),
    ]

    static let buyerRoutes: [Route] = [
        Route(method: .get, path: "/buyer"),
        Route(method: .get, path: "/buyer/windows/1"),
        Route(method: .get, path: "/buyer/windows/1/top-ups"),
        Route(method: .get, path: "/buyer/windows/1/workbooks/allocation.xlsx"),
        Route(
            method: .post, path: "/buyer/windows",
            fields: ["delivery": "2026-12-07", "cutoff_date": "2026-12-02", "cutoff_time": "17:00"]),
        Route(method: .post, path: "/buyer/windows/1/close", fields: ["force": "1"]),
        Route(method: .post, path: "/buyer/windows/1/consolidate"),
        Route(method: .get, path: "/buyer/jobs/1"),
        Route(method: .upload, path: "/buyer/windows/1/receiving"),
        Route(
            method: .post, path: "/buyer/windows/1/receiving/checklist", fields: ["received.BN-10": "1", "reason.BN-10": "short"]),
    ]

    /// Sends the route as `browser` after reading a page of its own, so forms carry a valid token.
    static func send(_ route: Route, as browser: Browser) async throws -> Browser.Reply {
        let csv = Data("site_id,sku,quantity,unit,tolerance\nESP-01,BN-10,5,case,0\n".utf8)
        switch route.method {
        case .get: return try await browser.get(route.path)
        case .post: return try await browser.post(route.path, route.fields)
        case .upload: return try await browser.upload(route.path, filename: "x.csv", contents: csv)
        }
    }

    /// The seeded server with an order line of ESP-01, so that a change would show.
    static func withOrder(_ body: @Sendable @escaping (LiveServer) async throws -> Void) async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get("/sites/ESP-01/windows/1/order")
            _ = try await director.post("/sites/ESP-01/windows/1/order/lines", ["sku": "MK-1", "quantity": "1", "unit": "case"])
            try await body(server)
        }
    }

    @Test(
        "Another site's director or cook is refused every route of ESP-01 with 403, and nothing changes",
        arguments: siteRoutes + menuRoutes)
    func wrongSite(route: Route) async throws {
        try await Self.withOrder { server in
            for user in ["sol-director", "sol-cook"] {
                let browser = try await server.signedIn(user)
                _ = try await browser.get("/sites/SOL-02")
                let before = try server.changeableState()
                let reply = try await Self.send(route, as: browser)
                #expect(reply.status == 403, "\(user)")
                #expect(reply.visibleText.contains("This page belongs to another site or role."))
                #expect(try server.changeableState() == before)
            }
        }
    }

    @Test(
        "No one signed in is sent to the login page from every site route, and nothing changes",
        arguments: siteRoutes + menuRoutes)
    func noOne(route: Route) async throws {
        try await Self.withOrder { server in
            let browser = server.browser()
            _ = try await browser.get("/login")
            let before = try server.changeableState()
            let reply = try await Self.send(route, as: browser)
            #expect(reply.status == 302)
            #expect(reply.location == "/login")
            #expect(try server.changeableState() == before)
        }
    }

    @Test("The site's cook and the buyer see the site's pages but cannot change its order", arguments: siteRoutes)
    func readOnly(route: Route) async throws {
        try await Self.withOrder { server in
            for user in ["esp-cook", "buyer", "admin"] {
                let browser = try await server.signedIn(user)
                _ = try await browser.get("/sites/ESP-01")
                let before = try server.changeableState()
                let reply = try await Self.send(route, as: browser)
                #expect(reply.status == (route.method == .get ? 200 : 403), "\(user)")
                #expect(try server.changeableState() == before)
            }
        }
    }

    @Test("The buyer and admin see the menu pages but cannot change a site's menu", arguments: menuRoutes)
    func menusReadOnlyForStaff(route: Route) async throws {
        try await LiveServer.run { server in
            for user in ["buyer", "admin"] {
                let browser = try await server.signedIn(user)
                _ = try await browser.get("/sites/ESP-01/menus")
                let before = try server.changeableState()
                let reply = try await Self.send(route, as: browser)
                let editsPage = route.path.contains("/items/")
                #expect(reply.status == (route.method == .get && !editsPage ? 200 : 403), "\(user)")
                #expect(try server.changeableState() == before)
            }
        }
    }

    @Test("The site's cook and director may change its menu")
    func menusForTheSite() async throws {
        for user in ["esp-cook", "esp-director"] {
            try await LiveServer.run { server in
                let browser = try await server.signedIn(user)
                for route in Self.menuRoutes {
                    _ = try await browser.get(Seed.menuPath)
                    let reply = try await Self.send(route, as: browser)
                    #expect(reply.status == (route.method == .get ? 200 : 303), "\(user) \(route.path)")
                }
            }
        }
    }

    @Test("Directors, cooks and no one are kept off every buyer route, and nothing changes", arguments: buyerRoutes)
    func buyerOnly(route: Route) async throws {
        try await Self.withOrder { server in
            for user in ["esp-director", "esp-cook"] {
                let browser = try await server.signedIn(user)
                _ = try await browser.get("/sites/ESP-01")
                let before = try server.changeableState()
                #expect(try await Self.send(route, as: browser).status == 403, "\(user)")
                #expect(try server.changeableState() == before)
            }
            let anonymous = server.browser()
            _ = try await anonymous.get("/login")
            let before = try server.changeableState()
            #expect(try await Self.send(route, as: anonymous).location == "/login")
            #expect(try server.changeableState() == before)
        }
    }

    @Test("Unknown sites and windows are 404 pages")
    func notFound() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            #expect(try await buyer.get("/sites/NOPE-9").status == 404)
            #expect(try await buyer.get("/sites/ESP-01/windows/99/order").status == 404)
            #expect(try await buyer.get("/buyer/windows/99").status == 404)
            #expect(try await buyer.get("/buyer/windows/abc").status == 404)
            #expect(try await buyer.get("/buyer/windows/99/top-ups").status == 404)
            let unknown = try await buyer.get("/no/such/page")
            #expect(unknown.status == 404)
            #expect(unknown.visibleText.contains("There is no such page."))
            let director = try await server.signedIn("esp-director")
            #expect(try await director.get("/sites/ESP-01/windows/99/order").status == 404)
        }
    }
}
