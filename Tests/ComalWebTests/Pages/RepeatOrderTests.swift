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
}
