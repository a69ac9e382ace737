import ComalCore
import ComalStore
import Testing

/// A site's order replaced by values, as the menu's suggestion replaces it: the checks of a file,
/// all or nothing, and a changed order no longer submitted.
@Suite struct ReplaceOrderTests {
    @Test func replacesOnlyTheSitesOrderAndWithdrawsItsSubmission() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id, now: StoreFixture.beforeCutoff, buyer: nil)
        try fixture.database.submitOrder(
            site: Site.ID("ESP-01"), window: window.id, actor: "esp-director", now: StoreFixture.beforeCutoff)
        let summary = try fixture.database.replaceOrder(
            site: Site.ID("ESP-01"), window: window.id,
            entries: [OrderEntry(sku: "BN-10", quantity: 12, unit: .each, tolerance: 2), OrderEntry(sku: "RC-25", quantity: 1, unit: .case, tolerance: 0)],
            source: "suggested-ESP-01-w1", now: StoreFixture.beforeCutoff, buyer: nil, basedOn: nil)
        #expect(summary == OrderImportSummary(sites: 1, added: 1, changed: 1, removed: 1))
        let lines = try fixture.database.orderLines(window: window.id)
        #expect(lines.filter { $0.site == Site.ID("ESP-01") }.map(\.quantity) == [12, 1])
        #expect(lines.filter { $0.site == Site.ID("SOL-02") }.count == 2, "another site's order is untouched")
        #expect(try fixture.database.submissions(window: window.id)[Site.ID("ESP-01")] == nil)
    }

    @Test func refusedEntriesAreNamedByPositionAndNothingChanges() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id, now: StoreFixture.beforeCutoff, buyer: nil)
        let before = try fixture.database.orderLines(window: window.id)
        let entries = [
            OrderEntry(sku: "BN-10", quantity: 1, unit: .case, tolerance: 0),
            OrderEntry(sku: "ZZ-1", quantity: 1, unit: .case, tolerance: 0),
            OrderEntry(sku: "RC-25", quantity: 2, unit: .each, tolerance: 0),
            OrderEntry(sku: "MK-1", quantity: 10_000, unit: .case, tolerance: 0),
            OrderEntry(sku: "BN-10", quantity: 2, unit: .case, tolerance: 0),
        ]
        let error = try #require(throws: ImportError.self) {
            try fixture.database.replaceOrder(
                site: Site.ID("ESP-01"), window: window.id, entries: entries, source: "suggestion", now: StoreFixture.beforeCutoff,
                buyer: nil, basedOn: nil)
        }
        #expect(error.problems.map { "\($0.file):\($0.line):\($0.column ?? "")" } == [
            "suggestion:2:sku", "suggestion:3:unit", "suggestion:4:quantity", "suggestion:5:quantity",
        ])
        #expect(try fixture.database.orderLines(window: window.id) == before)
        #expect(throws: StoreError.self) {
            try fixture.database.replaceOrder(
                site: Site.ID("ESP-01"), window: window.id, entries: [], source: "suggestion", now: StoreFixture.afterCutoff,
                buyer: nil, basedOn: nil)
        }
    }
}
