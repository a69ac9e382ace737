import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The menus page says what each menu costs the site, and once the rates and the site's claiming terms
/// are stored, what CACFP pays back for it.
@Suite("A menu's cost and margin on the menus page")
struct MenuEconomicsPageTests {
    @Test("The cook sees the food cost; with rates and claiming terms stored, the reimbursement, sponsor share and margin")
    func costThenMargin() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            let before = try await cook.get("/sites/ESP-01/menus")
            #expect(before.status == 200)
            #expect(before.visibleText.contains("Food at today's prices: $"), "\(before.visibleText.prefix(600))")
            // The seeded catalog has no chicken and no apples.
            #expect(before.visibleText.contains("not costed (no product prices them): Diced chicken, cooked, Apples, fresh"))
            #expect(!before.visibleText.contains("CACFP pays"))

            let rates = ProcessRunner.packageRoot().appendingPathComponent("rates/cacfp-rates.csv")
            try server.database.importRates(csv: String(contentsOf: rates, encoding: .utf8), file: "cacfp-rates.csv")
            try server.database.importClaimingTerms(
                csv: "\(ClaimingTermsReader.columns.joined(separator: ","))\nESP-01,blended_rate,60,10,30,10,yes\n", file: "claiming.csv")
            let after = try await cook.get("/sites/ESP-01/menus")
            // One lunch a day at 60/10/30 %: $3.19 blended + $0.30 cash in lieu; the sponsor keeps 10 %. The
            // server's clock is in 2026-27, whose rates the file lacks: the latest complete year is named.
            #expect(after.visibleText.contains("CACFP pays $3.49 (sponsor keeps $0.35)"), "\(after.visibleText.prefix(800))")
            #expect(after.visibleText.contains("· 2024-25"))
            let spanish = try await cook.post("/language", ["lang": "es", "back": "/sites/ESP-01/menus"])
            #expect(try await cook.follow(spanish).visibleText.contains("CACFP paga $3.49 (el patrocinador retiene $0.35)"))
        }
    }
}
