import ComalCore
import ComalStore
import Testing

@Suite struct OrderImportTests {
    @Test func importsOrdersAndReplacesTheWholeOrderOfEachSiteNamed() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        let first = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id,
            now: StoreFixture.beforeCutoff, buyer: nil)
        #expect(first == OrderImportSummary(sites: 2, added: 4))
        let beans = try #require(try fixture.database.product(sku: "BN-10")).id
        let lines = try fixture.database.orderLines(window: window.id)
        #expect(lines.first == SiteOrderLine(site: Site.ID("ESP-01"), product: beans, quantity: 9, unit: .each, tolerance: 2))
        #expect(lines.map { "\($0.site)" } == ["ESP-01", "ESP-01", "SOL-02", "SOL-02"])

        let corrected = """
            \(Fixtures.orderHeader)
            ESP-01,BN-10,12,each,2
            ESP-01,RC-25,2,case,0
            ESP-01,MK-1,0,case,0
            """
        let second = try fixture.database.importOrders(
            csv: corrected, file: "esp.csv", window: window.id,
            now: StoreFixture.beforeCutoff, buyer: nil)
        #expect(second == OrderImportSummary(sites: 1, added: 1, changed: 1, removed: 1))
        #expect(try fixture.database.orderLines(window: window.id).count == 4)
        #expect(try fixture.database.auditLog(window: window.id).isEmpty)
    }

    @Test func reportsUnknownSitesAndSKUsEachesOfWholeCasesDuplicatesAndBadNumbers() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id,
            now: StoreFixture.beforeCutoff, buyer: nil)
        let csv = """
            \(Fixtures.orderHeader)
            ESP-01,BN-10,3,each,0
            XYZ-9,BN-10,1,case,0
            ESP-01,ZZ-1,1,case,0
            ESP-01,RC-25,2,each,0
            ESP-01,BN-10,1,case,0
            SOL-02,RC-25,1.5,box,-1
            SOL-02,BN-10,10000,case,99999
            """
        let error = #expect(throws: ImportError.self) {
            try fixture.database.importOrders(
                csv: csv, file: "orders.csv", window: window.id, now: StoreFixture.beforeCutoff, buyer: nil)
        }
        #expect(
            error?.problems.map(\.description) == [
                "orders.csv:3: column site_id: \"XYZ-9\" is not a site of the alliance; check the site list",
                "orders.csv:4: column sku: \"ZZ-1\" is not in any supplier's catalog",
                "orders.csv:5: column unit: RC-25 comes as one piece per case (1/25 LB) and cannot be split; order it in cases",
                "orders.csv:6: column sku: ESP-01 already orders BN-10 on line 2; list each product once per site",
                "orders.csv:7: column quantity: \"1.5\" is not a whole number from 0 to 9999",
                "orders.csv:7: column unit: \"box\" is not one of case, each",
                "orders.csv:7: column tolerance: \"-1\" is not a whole number from 0 to 9999",
                "orders.csv:8: column quantity: \"10000\" is not a whole number from 0 to 9999",
                "orders.csv:8: column tolerance: \"99999\" is not a whole number from 0 to 9999",
            ])
        #expect(try fixture.count("orderLine") == 4)
        #expect(try fixture.database.orderLines(window: window.id).first?.quantity == 9)
    }

    /// The store is the last gate: a quantity or tolerance past the bound is refused however it came.
    @Test(arguments: [(10_000, 0), (Int.max, 0), (-1, 0), (1, 10_000), (1, Int.min)])
    func anOrderLineOutsideTheBoundIsRefusedAndNothingIsStored(quantity: Int, tolerance: Int) throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        #expect(throws: OrderLineError.self) {
            try fixture.database.setOrderLine(
                site: Site.ID("ESP-01"), window: window.id, sku: "BN-10", quantity: quantity, unit: .case, tolerance: tolerance,
                now: StoreFixture.beforeCutoff, source: "test")
        }
        #expect(try fixture.count("orderLine") == 0)
    }

    @Test func refusesADirectorAfterTheCutoff() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        let error = #expect(throws: StoreError.self) {
            try fixture.database.importOrders(
                csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id,
                now: StoreFixture.afterCutoff, buyer: nil)
        }
        #expect(
            error?.description
                == "the order window for delivery 2026-11-30 closed at 2026-11-25 17:00; ask the buyer to make the change")
        #expect(try fixture.count("orderLine") == 0)
    }

    @Test func auditsEveryBuyerChangeAfterTheCloseWithBeforeAndAfter() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id,
            now: StoreFixture.beforeCutoff, buyer: nil)
        _ = try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "Marisol Chávez")
        let change = """
            \(Fixtures.orderHeader)
            SOL-02,BN-10,6,each,1
            SOL-02,RC-25,2,case,
            """
        let at = LocalDateTime(parsing: "2026-11-26 08:15")!
        let summary = try fixture.database.importOrders(
            csv: change, file: "sol-fix.csv", window: window.id, now: at,
            buyer: "Marisol Chávez")
        #expect(summary == OrderImportSummary(sites: 1, added: 1, changed: 1, removed: 1))
        let changes = try fixture.database.auditLog(window: window.id).filter { $0.action.hasPrefix("order line") }
        #expect(
            changes.map(\.detail) == [
                "site SOL-02, BN-10: 4 each, tolerance 0 → 6 each, tolerance 1 (sol-fix.csv)",
                "site SOL-02, MK-1: 1 case, tolerance 0 → none (sol-fix.csv)",
                "site SOL-02, RC-25: none → 2 case, tolerance 0 (sol-fix.csv)",
            ])
        #expect(changes.map(\.action) == ["order line changed", "order line removed", "order line added"])
        #expect(changes.allSatisfy { $0.actor == "Marisol Chávez" && $0.at == at && $0.window == window.id })
    }

    @Test func refusesEvenTheBuyerOnceTheOrdersArePlaced() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "Marisol")
        try fixture.database.setWindowState(window.id, .ordered, actor: "Marisol", now: StoreFixture.afterCutoff)
        #expect(throws: StoreError.ordersAlreadyPlaced(delivery: StoreFixture.delivery, state: .ordered)) {
            try fixture.database.importOrders(
                csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id,
                now: StoreFixture.afterCutoff, buyer: "Marisol")
        }
    }
}
