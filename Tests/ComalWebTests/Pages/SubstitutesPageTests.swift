import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The cook's substitutes for a food of the site's menu, on the real server.
@Suite("Substitutes for a short food in the browser")
struct SubstitutesPageTests {
    /// A second supplier sells whole milk, which may stand in for 1% milk for children 3-5 since the
    /// fluid milk rule (2026-06-08) and before it could not.
    static func addWholeMilk(_ database: AppDatabase) throws {
        let supplier = try database.addSupplier(name: "Rio Grande Dairy", deliveryFee: .zero, minimumOrder: .zero)
        _ = try database.importCatalog(
            csv: """
                sku,description,pack,case_price,each_price,tiers,storage,food,allergens,min_cases
                WM-1,Whole milk gallon,4/1 GAL,17.20,,,cold,milk-whole,milk,0

                """, file: "rio.csv", supplier: supplier.id)
    }

    @Test("The cook sees the substitutes for 1% milk and uses whole milk; the menu changes and the audit says why")
    func listAndUse() async throws {
        try await LiveServer.run(prepare: Self.addWholeMilk) { server in
            let cook = try await server.signedIn("esp-cook")
            let week = try await cook.get(Seed.menuPath)
            #expect(week.text.contains("/sites/ESP-01/menus/test-lunch/substitutes?food=milk-1pct"))
            let page = try await cook.get("/sites/ESP-01/menus/test-lunch/substitutes?food=milk-1pct")
            #expect(page.status == 200)
            #expect(page.visibleText.contains("Whole milk"), "\(page.visibleText.prefix(600))")
            #expect(try await cook.get("/sites/ESP-01/menus/test-lunch/substitutes?food=no-such-food").status == 404)
            #expect(try await cook.get("/sites/ESP-01/menus/test-lunch/substitutes?food=honey").status == 404)  // not on the menu

            let refused = try await cook.post(
                "/sites/ESP-01/menus/test-lunch/substitutes", ["food": "milk-1pct", "use": "honey", "reason": "x"])
            #expect(refused.status == 409)
            let used = try await cook.post(
                "/sites/ESP-01/menus/test-lunch/substitutes", ["food": "milk-1pct", "use": "milk-whole", "reason": "1% short from Rio"])
            #expect(used.location == "/sites/ESP-01/menus")
            let stored = try #require(try server.database.siteMenu(site: Site.ID("ESP-01"), menu: Menu.ID("test-lunch")))
            #expect(stored.source.contains("milk-whole") && !stored.source.contains("milk-1pct"))
            #expect(try server.database.siteMenu(site: Site.ID("SOL-02"), menu: Menu.ID("test-lunch"))?.source.contains("milk-1pct") == true)
            let audit = try server.database.auditLog(window: nil).map(\.detail)
            #expect(audit.contains { $0.contains("substituted milk-whole for milk-1pct (1% short from Rio)") }, "\(audit)")

            let other = try await server.signedIn("sol-cook")
            #expect(try await other.get("/sites/ESP-01/menus/test-lunch/substitutes?food=milk-1pct").status == 403)
        }
    }
}
