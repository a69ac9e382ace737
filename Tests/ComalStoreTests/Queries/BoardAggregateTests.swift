@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// The buyer's board reads sums of the order lines and the stored consolidation's lines and invoices
/// instead of every line and allocation: what it reads must be what the full computation gives.
@Suite("The board's sums and summary equal the full computation")
struct BoardAggregateTests {
    /// Beans ordered by the can and by the case with tolerance both ways, milk in whole cases only
    /// by the gallon and the case, and rice below its supplier's minimum of 2 cases.
    static let ordersCSV = """
        \(Fixtures.orderHeader)
        ESP-01,BN-10,9,each,2
        SOL-02,BN-10,1,case,1
        ESP-01,MK-1,5,each,0
        SOL-02,MK-1,1,case,3
        ESP-01,RC-25,1,case,0

        """

    /// The fixture alliance with those orders, in its open window.
    static func ordered() throws -> (StoreFixture, OrderWindow) {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: ordersCSV, file: "orders.csv", window: window.id, now: StoreFixture.beforeCutoff, buyer: nil)
        return (fixture, window)
    }

    /// A generated alliance of 60 sites ordering 12 of 40 products each, closed and consolidated.
    static func generated() throws -> (StoreFixture, OrderWindow, Consolidation) {
        let fixture = try StoreFixture()
        let alliance = GeneratedAlliance(siteCount: 60, supplierCount: 3, productCount: 40, linesPerSite: 12)
        let window = try alliance.load(into: fixture.database, delivery: StoreFixture.delivery, cutoff: StoreFixture.cutoff)
        let consolidation = try fixture.database.consolidationInputs(window: window.id).compute()
        try fixture.database.saveConsolidation(consolidation, window: window.id, actor: "buyer", now: StoreFixture.afterCutoff)
        return (fixture, window, consolidation)
    }

    /// The counts and top-ups the board reads from sums, against those computed from every line.
    static func expectSumsAgree(_ database: AppDatabase, _ window: OrderWindow, rule: CaseRoundingRule) throws {
        let lines = try database.orderLines(window: window.id)
        let shown = try database.boardSites(window: window.id).shown.filter { $0.lines > 0 }
        #expect(Dictionary(uniqueKeysWithValues: shown.map { ($0.id, $0.lines) }) == Dictionary(grouping: lines, by: \.site).mapValues(\.count))
        let products = try database.products(window: window.id)
        let totals = try database.orderTotals(window: window.id)
        let fromTotals = try CaseTopUp.compute(products: products, totals: totals, rule: rule)
        #expect(fromTotals == CaseTopUp.compute(products: products, orders: lines, rule: rule))
        #expect(!fromTotals.isEmpty)
    }

    @Test(arguments: [CaseRoundingRule.fill, .up])
    func topUpsFromSumsEqualTopUpsFromEveryLine(_ rule: CaseRoundingRule) throws {
        let (fixture, window) = try Self.ordered()
        try Self.expectSumsAgree(fixture.database, window, rule: rule)
        // The orders give what this test is about: a product summed in both units, tolerance and a minimum.
        let totals = try fixture.database.orderTotals(window: window.id)
        #expect(Dictionary(grouping: totals, by: \.product).values.contains { Set($0.map(\.unit)) == [.case, .each] })
        let topUps = try CaseTopUp.compute(products: try fixture.database.products(window: window.id), totals: totals, rule: rule)
        #expect(topUps.map(\.product.sku) == ["BN-10", "MK-1", "RC-25"])
        #expect(topUps.map(\.orderedEaches) == [15, 9, 1])
        #expect(topUps.map(\.tolerance) == [3, 3, 0])
        #expect(topUps.last?.remainder == .belowMinimum)

        let (generated, closed, _) = try Self.generated()
        try Self.expectSumsAgree(generated.database, closed, rule: rule)
    }

    @Test func aWindowWithNoOrdersHasNoSums() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        #expect(try fixture.database.boardSites(window: window.id).shown.allSatisfy { $0.lines == 0 })
        #expect(try fixture.database.orderTotals(window: window.id).isEmpty)
        #expect(try fixture.database.consolidationSummary(window: window.id) == nil)
    }

    @Test(arguments: [CaseRoundingRule.fill, .up])
    func theSummaryIsTheStoredConsolidationsLinesAndInvoices(_ rule: CaseRoundingRule) throws {
        let (fixture, window, consolidation) = try ConsolidationRecordTests.consolidated(rule: rule)
        let summary = try #require(try fixture.database.consolidationSummary(window: window.id))
        #expect(summary == ConsolidationSummary(consolidation))
        #expect(summary.invoices == consolidation.invoices.map(\.totals))
        // The received beans keep their receipt, and the rice dropped below its minimum is not to be received.
        #expect(summary.bought.map(\.product.sku) == ["BN-10", "MK-1"])
        #expect(summary.bought.first?.receipt?.reason == .damaged)
        #expect(summary.invoices.contains { $0.credits > .zero })

        let (generated, closed, computed) = try Self.generated()
        let large = try #require(try generated.database.consolidationSummary(window: closed.id))
        #expect(large == ConsolidationSummary(computed))
        #expect(large.invoices.count == 60)
    }

    @Test func theSummaryReadsNoAllocation() throws {
        let (fixture, window, _) = try ConsolidationRecordTests.consolidated(rule: .fill)
        let log = StatementLog()
        let traced = try AppDatabase(path: fixture.directory.path("comal.sqlite"), statementObserver: log.record)
        log.reset()
        _ = try traced.consolidationSummary(window: window.id)
        let read = log.all
        #expect(read.contains { $0.contains("FROM siteInvoice") })
        #expect(!read.contains { $0.contains("allocation") }, "\(read)")
    }

    /// A consolidation stored before its rows held everything is recomputed, as the reader does.
    @Test func anOldRecordIsSummarizedFromItsRecomputation() throws {
        let (fixture, window, consolidation) = try ConsolidationRecordTests.consolidated(rule: .fill)
        try fixture.database.pool.write { db in try db.execute(sql: "UPDATE consolidation SET recordVersion = 1") }
        #expect(try fixture.database.consolidationSummary(window: window.id) == ConsolidationSummary(consolidation))
    }
}
