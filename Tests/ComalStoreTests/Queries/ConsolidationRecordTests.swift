@testable import ComalStore
import ComalCore
import Foundation
import GRDB
import Testing

/// The stored consolidation is the record of the week: it reads back as saved, whatever changes
/// in the catalog or suppliers afterwards, and a director's invoice reads only that site's rows.
@Suite("The stored consolidation is the week's record")
struct ConsolidationRecordTests {
    /// Orders that give every kind of line: beans split by the can with a tolerance filling a case,
    /// milk in whole cases only, and rice dropped below its supplier's minimum of 2 cases.
    static let ordersCSV = """
        \(Fixtures.orderHeader)
        ESP-01,BN-10,9,each,2
        SOL-02,BN-10,4,each,0
        ESP-01,MK-1,5,each,0
        SOL-02,MK-1,2,each,3
        ESP-01,RC-25,1,case,0

        """

    /// A closed window with those orders, consolidated under `rule`, with beans received short.
    static func consolidated(rule: CaseRoundingRule) throws -> (StoreFixture, OrderWindow, Consolidation) {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: ordersCSV, file: "orders.csv", window: window.id, now: StoreFixture.beforeCutoff, buyer: nil)
        _ = try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "Marisol")
        try fixture.database.saveConsolidation(
            try fixture.database.consolidationInputs(window: window.id).compute(rule: rule), window: window.id,
            actor: "Marisol", now: StoreFixture.afterCutoff)
        let received = try fixture.database.importReceipts(
            csv: "sku,received_eaches,reason\nBN-10,10,damaged\n", file: "received.csv", window: window.id,
            actor: "Marisol", now: StoreFixture.afterCutoff
        ) { (try $0.compute(rule: rule), ()) }
        #expect(received.receipts.count == 1)
        return (fixture, window, received.consolidation)
    }

    @Test(arguments: [CaseRoundingRule.fill, .up])
    func everyKindOfLineReadsBackExactlyAsSaved(_ rule: CaseRoundingRule) throws {
        let (fixture, window, consolidation) = try Self.consolidated(rule: rule)
        let stored = try #require(try fixture.database.consolidation(window: window.id))
        #expect(stored == consolidation)
        // The week has the lines this test is about, so that equality covers them.
        let lines = stored.purchases.flatMap(\.lines)
        #expect(lines.contains { $0.dropped != nil })
        #expect(lines.contains { $0.receipt != nil })
        #expect(lines.contains { $0.tierReached == nil && $0.purchase.splitEaches > 0 })
        #expect(lines.flatMap(\.allocations).contains { $0.shortAtReceiving > 0 && $0.credit > .zero })
        #expect(lines.flatMap(\.allocations).contains { $0.recipient == .hub } == (rule == .up))
        #expect(!stored.purchases[0].feeShares.isEmpty)
    }

    @Test func theRecordKeepsTheSupplierAsBoughtFromWhenItChangesLater() throws {
        let (fixture, window, consolidation) = try Self.consolidated(rule: .fill)
        try fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE supplier SET deliveryFeeCents = 0, name = 'Sysco Foods of New Mexico'")
        }
        let stored = try #require(try fixture.database.consolidation(window: window.id))
        #expect(stored.purchases[0].supplier.deliveryFee == Money(cents: 4500))
        #expect(stored.purchases[0].supplier.name == "Sysco")
        #expect(stored == consolidation)
        let recomputed = try fixture.database.consolidationInputs(window: window.id).compute(rule: .fill)
        #expect(recomputed != stored, "the inputs did change; the record did not")
    }

    @Test func aSitesInvoiceReadsTheSameFromItsOwnRows() throws {
        let (fixture, window, consolidation) = try Self.consolidated(rule: .fill)
        for invoice in consolidation.invoices {
            #expect(try fixture.database.siteInvoice(window: window.id, site: invoice.site) == invoice)
        }
        #expect(try fixture.database.siteInvoice(window: window.id, site: Site.ID("ZZZ-99")) == nil)
        let plan = try fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(ConsolidationRowReader.siteAllocations)", arguments: [1, "ESP-01"])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX allocation_by_site") }, "\(plan)")
    }

    @Test func nothingIsReadBeforeTheWindowIsConsolidated() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        #expect(try fixture.database.consolidation(window: window.id) == nil)
        #expect(try fixture.database.siteInvoice(window: window.id, site: Site.ID("ESP-01")) == nil)
    }

    /// Reasons are stored as JSON of Core's enum, so its case and field names are part of the
    /// schema: renaming one fails here, before a stored week becomes unreadable.
    @Test func storedReasonsKeepTheirSpelling() throws {
        var column = JSONColumn<[AllocationReason]>(table: "allocation", column: "reasons")
        let spelled: [(AllocationReason, String)] = [
            (.filledAsOrdered, #"{"filledAsOrdered":{}}"#),
            (.toleranceFilledCase(extra: 2, eachesPerCase: 6), #"{"toleranceFilledCase":{"eachesPerCase":6,"extra":2}}"#),
            (
                .partialCaseNotBought(short: 1, remainder: 3, tolerance: 0, eachesPerCase: 4),
                #"{"partialCaseNotBought":{"eachesPerCase":4,"remainder":3,"short":1,"tolerance":0}}"#
            ),
            (
                .belowMinimumCases(minimum: 2, eachesOrdered: 1, eachesPerCase: 1),
                #"{"belowMinimumCases":{"eachesOrdered":1,"eachesPerCase":1,"minimum":2}}"#
            ),
            (.roundedUpToHubStock(extra: 3), #"{"roundedUpToHubStock":{"extra":3}}"#),
            (.receivingShortfall(short: 1, reason: .damaged), #"{"receivingShortfall":{"reason":"damaged","short":1}}"#),
            (.substituted, #"{"substituted":{}}"#),
            (.deliveryException(eaches: 2, reason: .refused), #"{"deliveryException":{"eaches":2,"reason":"refused"}}"#),
        ]
        for (reason, json) in spelled {
            #expect(try column.text([reason]) == "[\(json)]")
            #expect(try column.value("[\(json)]") == [reason])
        }
        #expect(throws: StoreError.unreadableStoredValue(table: "allocation", column: "reasons", value: "[{\"lost\":{}}]")) {
            try column.value("[{\"lost\":{}}]")
        }
    }
}
