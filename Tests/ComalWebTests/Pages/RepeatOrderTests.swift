import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// A director starts a week from last week's order, a standing order, with the order page's rules.
@Suite("Starting from last week's order")
struct RepeatOrderTests {
    @Test("Last week's lines replace this week's order; with no earlier order, the page says so and nothing changes")
    func repeatLastWeek() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(DirectorTests.order)
            let none = try await director.post("\(DirectorTests.order)/repeat")
            #expect(none.status == 409 && none.visibleText.contains("ESP-01 has no order in an earlier week"))

            let buyer = try await RouteTests.consolidated(server)
            _ = try await buyer.get("/buyer")
            _ = try await buyer.post("/buyer/windows", ["delivery": "2026-12-07", "cutoff_date": "2026-12-02", "cutoff_time": "17:00"])
            let next = "/sites/ESP-01/windows/2/order"
            _ = try await director.get(next)
            _ = try await director.post("\(next)/lines", ["sku": "BN-10", "quantity": "3", "unit": "each"])
            _ = try await director.get(next)
            let repeated = try await director.post("\(next)/repeat")
            #expect(repeated.status == 200)
            #expect(repeated.visibleText.contains("Your order now holds the 1 line of your order for Monday, November 30, 2026"))
            let lines = try server.database.orderLines(window: OrderWindow.ID(2), site: Site.ID("ESP-01"))
            let skus = Dictionary(uniqueKeysWithValues: try server.database.products().map { ($0.id, $0.sku) })
            #expect(lines.map { "\(skus[$0.product]!) \($0.quantity) \($0.unit.rawValue)" } == ["MK-1 1 case"])
            // The cook may read the order but not start it.
            let cook = try await server.signedIn("esp-cook")
            _ = try await cook.get(next)
            #expect(try await cook.post("\(next)/repeat").status == 403)
        }
    }

    @Test("A director saves the week's order as a standing order and starts another week from it; a bad name is refused")
    func standingOrder() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(DirectorTests.order)
            #expect(try await director.post("\(DirectorTests.order)/standing", ["name": "Regular week"]).status == 422, "an empty order")
            _ = try await director.post("\(DirectorTests.order)/lines", ["sku": "RC-25", "quantity": "2", "unit": "case"])
            _ = try await director.post("\(DirectorTests.order)/lines", ["sku": "BN-10", "quantity": "4", "unit": "each", "tolerance": "1"])
            _ = try await director.get(DirectorTests.order)
            let saved = try await director.post("\(DirectorTests.order)/standing", ["name": "  Regular week "])
            #expect(saved.visibleText.contains("Saved as the standing order “Regular week”"))
            #expect(saved.text.contains("<option>Regular week</option>"))
            let long = try await director.post("\(DirectorTests.order)/standing", ["name": String(repeating: "x", count: 61)])
            #expect(long.status == 422 && long.visibleText.contains("write 1 to 60 characters"))
            #expect(try server.database.standingOrders(site: Site.ID("ESP-01")).map(\.lines) == [2])

            // This week changes; starting from the standing order brings its lines back.
            _ = try await director.post("\(DirectorTests.order)/lines", ["sku": "RC-25", "quantity": "0", "unit": "case"])
            _ = try await director.get(DirectorTests.order)
            let started = try await director.post("\(DirectorTests.order)/repeat", ["standing": "Regular week"])
            #expect(started.visibleText.contains("Your order now holds the 2 lines of your order for “Regular week”"))
            let lines = try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01"))
            #expect(lines.map(\.quantity).sorted() == [2, 4] && lines.contains { $0.tolerance == 1 })
            let unknown = try await director.post("\(DirectorTests.order)/repeat", ["standing": "Summer"])
            #expect(unknown.status == 409 && unknown.visibleText.contains("no standing order named \"Summer\""))
            // Another site's director sees none of it.
            let sol = try await server.signedIn("sol-director")
            #expect(!(try await sol.get("/sites/SOL-02/windows/1/order").text.contains("<option>Regular week</option>")))
        }
    }
}
