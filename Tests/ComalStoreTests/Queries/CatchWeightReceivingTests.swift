@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import Testing

/// A catch-weight product is ordered at its estimated case weight and billed by the pounds that
/// came: the difference is shared by the sites that got it, to the cent, and the invoices follow.
@Suite struct CatchWeightReceivingTests {
    static let export = """
        F,SUPC,Pack,Size,Unit,Brand,Desc,Cat,Case $,Split $,Per Lb,Net Wt
        P,1107730,2,10,LB,Queso Sierra,"CHEESE, CHEDDAR MILD LONGHORN",DAIRY,$3.49,,Y,20.5
        P,4172635,6,#10,CN,Casa Solana,"BEAN, PINTO REFRIED",CANNED,$38.45,,N,

        """

    /// Two sites order cheddar (3 and 1 cases) and beans; the window is closed and consolidated.
    static func consolidated() throws -> (StoreFixture, OrderWindow) {
        let fixture = try StoreFixture()
        _ = try fixture.database.importSites(csv: Fixtures.sitesCSV, file: "sites.csv")
        let supplier = try fixture.database.addSupplier(name: "High Desert", deliveryFee: .zero, minimumOrder: .zero)
        _ = try fixture.database.importCatalog(SupplierFile(name: "export.csv", text: Self.export), supplier: supplier.id)
        let window = try fixture.database.openWindow(delivery: StoreFixture.delivery, cutoff: StoreFixture.cutoff)
        let orders = "site_id,sku,quantity,unit,tolerance\nESP-01,1107730,3,case,\nSOL-02,1107730,1,case,\nESP-01,4172635,1,case,\n"
        _ = try fixture.database.importOrders(csv: orders, file: "orders.csv", window: window.id, now: StoreFixture.beforeCutoff, buyer: nil)
        _ = try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "Marisol")
        try fixture.database.saveConsolidation(
            try fixture.database.consolidationInputs(window: window.id).compute(), window: window.id, actor: "Marisol",
            now: StoreFixture.afterCutoff)
        return (fixture, window)
    }

    static func record(_ csv: String, _ fixture: StoreFixture, _ window: OrderWindow) throws -> Consolidation {
        try fixture.database.importWeights(
            csv: csv, file: "weights.csv", window: window.id, actor: "Marisol", now: StoreFixture.afterCutoff
        ) { (try $0.compute(), ()) }.consolidation
    }

    @Test func morePoundsCostMoreAndFewerAreCreditedSharedByEachesToTheCent() throws {
        let (fixture, window) = try Self.consolidated()
        let cheddar = try #require(try fixture.database.product(sku: "1107730"))
        #expect(cheddar.catchWeightTerms == CatchWeightTerms(pricePerPound: Money(cents: 349), caseWeight: Quantity(Decimal(string: "20.5")!, .pound)))
        let before = try #require(try fixture.database.consolidation(window: window.id))
        let estimated = Money(cents: 7155 * 4)  // 4 cases at $71.55

        // 84.3 lb came instead of 82: billed $294.21 (3.49 × 84.3 = 294.207), $8.01 more.
        let heavier = try Self.record("sku,received_lb\n1107730,84.3\n", fixture, window)
        let line = try #require(heavier.purchases.flatMap(\.lines).first { $0.product.sku == "1107730" })
        #expect(line.allocations.map(\.cost).sum() - line.credit == Money(cents: 29421))
        let extra = Money(cents: 29421) - estimated
        #expect(extra == Money(cents: 801))
        func total(_ consolidation: Consolidation, _ site: String) -> Money {
            consolidation.invoices.first { $0.site == Site.ID(site) }!.total
        }
        // By eaches (6 and 2 of the 8 blocks): $6.01 and $2.00, which add up to the $8.01.
        #expect(total(heavier, "ESP-01") - total(before, "ESP-01") == Money(cents: 601))
        #expect(total(heavier, "SOL-02") - total(before, "SOL-02") == Money(cents: 200))
        #expect(heavier.invoices.map(\.total).sum() - before.invoices.map(\.total).sum() == extra)
        #expect(line.allocations.allSatisfy { $0.reasons.contains { if case .catchWeight = $0 { true } else { false } } })

        // Weighed again, lighter: 80 lb, $279.20, credited $6.94 against the estimate; replaces the first.
        let lighter = try Self.record("sku,received_lb\n1107730,80\n", fixture, window)
        #expect(lighter.invoices.map(\.total).sum() - before.invoices.map(\.total).sum() == Money(cents: 27920) - estimated)
        #expect(try fixture.database.consolidation(window: window.id) == lighter, "the stored week is the reweighed one")
    }

    @Test func aWeightForAProductNotByThePoundOrNotBoughtOrNotAWeightIsRefusedAndNothingChanges() throws {
        let (fixture, window) = try Self.consolidated()
        let before = try fixture.database.consolidation(window: window.id)
        let error = try #require(throws: ImportError.self) {
            try Self.record("sku,received_lb\n4172635,40\nZZ-1,3\n1107730,lots\n1107730,200001\n", fixture, window)
        }
        #expect(error.problems.map { "\($0.line) \($0.column ?? "")" } == ["2 sku", "3 sku", "4 received_lb", "5 received_lb"])
        #expect(error.problems[0].message.english.contains("not priced by the pound"))
        #expect(try fixture.database.consolidation(window: window.id) == before)
        #expect(try fixture.count("receivedWeight") == 0)
    }
}
