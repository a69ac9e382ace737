import ComalCore
import ComalStore
import Foundation
import Testing

/// After the cutoff only the buyer changes orders, and each change is audited (shared/DESIGN.md).
@Suite("The buyer's changes after the cutoff")
struct LateChangeTests {
    static let order = "/sites/ESP-01/windows/1/order"

    @Test("Past the cutoff the buyer changes a site's line on the web; the audit log has it before and after")
    func buyerChangesLate() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(Self.order)
            _ = try await director.post("\(Self.order)/lines", ["sku": "MK-1", "quantity": "2", "unit": "case"])

            let early = try await server.signedIn("buyer")
            _ = try await early.get(Self.order)
            let refused = try await early.post("\(Self.order)/lines", ["sku": "MK-1", "quantity": "5", "unit": "case"])
            #expect(refused.status == 403, "before the cutoff the order is the director's")

            server.clock.set("2026-11-25 18:00")
            let buyer = try await server.signedIn("buyer")
            let page = try await buyer.get(Self.order)
            #expect(page.visibleText.contains("you are changing this site's order as the buyer"))
            #expect(page.text.contains("action=\"\(Self.order)/lines\""))
            #expect(!page.text.contains("action=\"\(Self.order)/submit\""), "submitting stays the director's")
            #expect(!page.text.contains("action=\"\(Self.order)/upload\""))

            let changed = try await buyer.post(
                "\(Self.order)/lines", ["sku": "MK-1", "quantity": "3", "unit": "case", "tolerance": "1"])
            #expect(changed.status == 303)
            let added = try await buyer.post("\(Self.order)/lines", ["sku": "BN-10", "quantity": "4", "unit": "each"])
            #expect(added.status == 303)
            let lines = try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01"))
            #expect(lines.map(\.quantity) == [4, 3])

            let audit = try server.database.auditLog(window: Seed.window).map { "\($0.actor) \($0.action): \($0.detail)" }
            #expect(
                audit.contains(
                    "buyer order line changed: site ESP-01, MK-1: 2 case, tolerance 0 → 3 case, tolerance 1 (order form)"))
            #expect(audit.contains("buyer order line added: site ESP-01, BN-10: none → 4 each, tolerance 0 (order form)"))

            let lateDirector = try await server.signedIn("esp-director")
            _ = try await lateDirector.get(Self.order)
            let directorLate = try await lateDirector.post(
                "\(Self.order)/lines", ["sku": "MK-1", "quantity": "9", "unit": "case"])
            #expect(directorLate.status == 409)
            let cook = try await server.signedIn("esp-cook")
            _ = try await cook.get(Self.order)
            #expect(try await cook.post("\(Self.order)/lines", ["sku": "MK-1", "quantity": "9", "unit": "case"]).status == 403)

            _ = try await buyer.get("/buyer/windows/1")
            _ = try await buyer.post("/buyer/windows/1/close")
            _ = try await buyer.get(Self.order)
            #expect(try await buyer.post("\(Self.order)/lines", ["sku": "MK-1", "quantity": "1", "unit": "case"]).status == 303)
            _ = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))
            let placed = try await buyer.post("\(Self.order)/lines", ["sku": "MK-1", "quantity": "2", "unit": "case"])
            #expect(placed.status == 403, "once the orders are placed nobody changes them")
            #expect(try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01")).map(\.quantity) == [4, 1])
        }
    }
}
