import ComalCore
import Foundation
import Testing

@Suite("The alliance's savings, week by week")
struct SavingsTests {
    @Test("After consolidation the buyer's home charts what buying together saved, in English and Spanish")
    func chartAfterConsolidation() async throws {
        try await LiveServer.run { server in
            for (site, cases) in [("ESP-01", "2"), ("SOL-02", "1")] {
                let director = try await server.signedIn(site == "ESP-01" ? "esp-director" : "sol-director")
                let path = "/sites/\(site)/windows/1/order"
                _ = try await director.get(path)
                _ = try await director.post("\(path)/lines", ["sku": "MK-1", "quantity": cases, "unit": "case"])
            }
            let buyer = try await server.signedIn("buyer")
            let before = try await buyer.get("/buyer")
            #expect(!before.text.contains("id=\"savings\""), "no chart before any week is consolidated")

            _ = try await buyer.get("/buyer/windows/1")
            _ = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
            _ = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))

            // Worked by hand: milk $18.40 a case, Sandia's fee $45.00. Together: 3 cases and one fee,
            // $100.20. Alone: Esperanza $36.80 + $45.00 and Sol $18.40 + $45.00, $145.20. Saved $45.00, 31%.
            let home = try await buyer.get("/buyer")
            #expect(home.visibleText.contains("$45.00 saved over 1 week (31%)"))
            #expect(home.visibleText.contains("Monday, November 30, 2026 2 $145.20 $100.20 $45.00 (31%)"))
            #expect(home.text.contains("<svg class=\"chart\""))
            #expect(home.text.contains(">Nov 30 <tspan font-weight=\"600\" fill=\"#2f7d4f\">$45.00 (31%)</tspan>"))
            // Both bars on one scale: alone is the full 360, together 100.20 / 145.20 of it.
            #expect(home.text.contains("width=\"360\" height=\"16\" fill=\"#b9c3c8\""))
            #expect(home.text.contains("width=\"248\" height=\"16\" fill=\"#2f7d4f\""))

            _ = try await buyer.post("/language", ["lang": "es", "back": "/buyer"])
            let spanish = try await buyer.get("/buyer")
            #expect(spanish.visibleText.contains("$45.00 de ahorro en 1 semana (31%)"))
            #expect(spanish.text.contains(">30 nov <tspan"))
            #expect(spanish.visibleText.contains("Comprando solos"))
        }
    }

    @Test("The store's weekly sums equal the invoices of the recomputed consolidation")
    func sumsMatchInvoices() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get("/sites/ESP-01/windows/1/order")
            for (sku, quantity, unit) in [("BN-10", "7", "each"), ("RC-25", "2", "case"), ("MK-1", "1", "case")] {
                _ = try await director.post(
                    "/sites/ESP-01/windows/1/order/lines", ["sku": sku, "quantity": quantity, "unit": unit])
            }
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/windows/1")
            _ = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
            _ = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))
            let invoices = try #require(try server.database.consolidation(window: OrderWindow.ID(1))).invoices
            let week = try #require(try server.database.weeklySavings().first)
            #expect(week.sites == invoices.count)
            #expect(week.alone == invoices.map(\.standaloneCost).sum())
            #expect(week.saved == invoices.map(\.savings).sum())
        }
    }
}
