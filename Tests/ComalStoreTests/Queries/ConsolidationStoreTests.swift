import ComalCore
import ComalStore
import Testing

@Suite struct ConsolidationStoreTests {
    /// A seeded database whose window is closed with the fixture orders and its consolidation saved.
    static func consolidated() throws -> (StoreFixture, OrderWindow, Consolidation) {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id,
            now: StoreFixture.beforeCutoff, buyer: nil)
        _ = try fixture.database.closeWindow(window.id, now: StoreFixture.afterCutoff, force: false, actor: "Marisol")
        let inputs = try fixture.database.consolidationInputs(window: window.id)
        let consolidation = try Consolidation.compute(
            suppliers: inputs.suppliers, products: inputs.products,
            orders: inputs.orders, rule: inputs.rule, receipts: inputs.receipts)
        try fixture.database.saveConsolidation(consolidation, window: window.id, actor: "Marisol", now: StoreFixture.afterCutoff)
        return (fixture, window, consolidation)
    }

    @Test func inputsCarryTheWindowsOrdersAndTheDefaultRule() throws {
        let (fixture, _, window) = try StoreFixture.seeded()
        _ = try fixture.database.importOrders(
            csv: Fixtures.ordersCSV, file: "orders.csv", window: window.id,
            now: StoreFixture.beforeCutoff, buyer: nil)
        let inputs = try fixture.database.consolidationInputs(window: window.id)
        #expect(inputs.rule == .fill)
        #expect(inputs.suppliers.map(\.name) == ["Sysco"])
        #expect(inputs.orders.count == 4)
        #expect(inputs.products.count == 3)
    }

    @Test func savedConsolidationReadsBackExactlyAndFillsTheRows() throws {
        let (fixture, window, consolidation) = try Self.consolidated()
        #expect(!consolidation.purchases.isEmpty)
        #expect(try fixture.database.consolidation(window: window.id) == consolidation)
        #expect(try fixture.database.window(window.id)?.state == .ordered)
        #expect(try fixture.count("purchaseLine") == consolidation.purchases.flatMap(\.lines).count)
        #expect(try fixture.count("allocation") == consolidation.purchases.flatMap(\.lines).flatMap(\.allocations).count)
        #expect(try fixture.count("siteInvoice") == 2)

        // Saving again replaces the result rather than adding to it.
        try fixture.database.saveConsolidation(consolidation, window: window.id, actor: "Marisol", now: StoreFixture.afterCutoff)
        #expect(try fixture.count("purchaseLine") == consolidation.purchases.flatMap(\.lines).count)
        #expect(try fixture.count("consolidation") == 1)
    }

    /// Receipts and the consolidation they change are one step: when consolidating again fails
    /// (or the process stops while it runs), no receipt is stored either.
    @Test func receiptsAreStoredOnlyWithTheConsolidationTheyChange() throws {
        struct WorkbooksFailed: Error {}
        let (fixture, window, consolidation) = try Self.consolidated()
        let beans = try #require(consolidation.purchases.flatMap(\.lines).first { $0.product.sku == "BN-10" })
        #expect(throws: WorkbooksFailed.self) {
            try fixture.database.importReceipts(
                csv: "sku,received_eaches,reason\nBN-10,\(beans.boughtEaches - 1),short\n", file: "r.csv", window: window.id,
                actor: "Marisol", now: StoreFixture.afterCutoff
            ) { _ -> (Consolidation, Void) in throw WorkbooksFailed() }
        }
        #expect(try fixture.count("receipt") == 0)
        #expect(try fixture.database.window(window.id)?.state == .ordered)
        #expect(try fixture.database.consolidation(window: window.id) == consolidation)
    }

    /// The checklist's entries pass the file's checks, named by position, and record the same way.
    @Test func receiptEntriesHandedOverAsValuesAreCheckedAsAFileIs() throws {
        let (fixture, window, consolidation) = try Self.consolidated()
        let beans = try #require(consolidation.purchases[0].lines.first { $0.product.sku == "BN-10" })
        let refused = #expect(throws: ImportError.self) {
            try fixture.database.recordReceipts(
                [
                    ReceiptEntry(sku: "BN-10", receivedEaches: beans.boughtEaches + 1, reason: .short),
                    ReceiptEntry(sku: "RC-25", receivedEaches: 1, reason: .short),
                    ReceiptEntry(sku: "BN-10", receivedEaches: 1, reason: nil),
                ], source: "receiving checklist", window: window.id, actor: "Marisol", now: StoreFixture.afterCutoff
            ) { (try $0.compute(), ()) }
        }
        #expect(
            refused?.problems.map(\.description) == [
                "receiving checklist:2: column received_eaches: \(beans.boughtEaches + 1) eaches received, but only \(beans.boughtEaches) were bought; record extras as a new order",
                "receiving checklist:3: column sku: \"RC-25\" was not bought for the delivery of 2026-11-30",
                "receiving checklist:4: column sku: \"BN-10\" is already on line 2; list each SKU once",
                "receiving checklist:4: column reason: say why fewer than the \(beans.boughtEaches) bought arrived: short, damaged or substituted",
            ])
        #expect(try fixture.count("receipt") == 0)
        let recorded = try fixture.database.recordReceipts(
            [ReceiptEntry(sku: "BN-10", receivedEaches: beans.boughtEaches - 1, reason: .damaged)], source: "receiving checklist",
            window: window.id, actor: "Marisol", now: StoreFixture.afterCutoff
        ) { (try $0.compute(), ()) }.receipts
        #expect(recorded == [Receipt(product: beans.product.id, receivedEaches: beans.boughtEaches - 1, reason: .damaged)])
        #expect(try fixture.database.receipts(window: window.id) == recorded)
    }

    @Test func recordsReceiptsAndRefusesMoreThanWasBought() throws {
        let (fixture, window, consolidation) = try Self.consolidated()
        let beans = try #require(consolidation.purchases[0].lines.first { $0.product.sku == "BN-10" })
        let tooMany = "sku,received_eaches,reason\nBN-10,\(beans.boughtEaches + 1),short\nRC-25,1,short\nBN-10,1,short\n"
        let error = #expect(throws: ImportError.self) {
            try fixture.database.importReceipts(
                csv: tooMany, file: "received.csv", window: window.id, actor: "Marisol",
                now: StoreFixture.afterCutoff)
        }
        #expect(
            error?.problems.map(\.description) == [
                "received.csv:2: column received_eaches: \(beans.boughtEaches + 1) eaches received, but only \(beans.boughtEaches) were bought; record extras as a new order",
                "received.csv:3: column sku: \"RC-25\" was not bought for the delivery of 2026-11-30",
                "received.csv:4: column sku: \"BN-10\" is already on line 2; list each SKU once",
            ])
        #expect(try fixture.count("receipt") == 0)

        let ok = "sku,received_eaches,reason\nBN-10,\(beans.boughtEaches - 2),damaged\n"
        let receipts = try fixture.database.importReceipts(
            csv: ok, file: "received.csv", window: window.id, actor: "Marisol",
            now: StoreFixture.afterCutoff)
        #expect(receipts == [Receipt(product: beans.product.id, receivedEaches: beans.boughtEaches - 2, reason: .damaged)])
        #expect(try fixture.database.receipts(window: window.id) == receipts)
        #expect(try fixture.database.consolidationInputs(window: window.id).receipts == receipts)
        // The receipt is audited, the window moves on to "received", and the consolidation is stored
        // again with the receipt's credit, all in the same transaction.
        let log = try fixture.database.auditLog(window: window.id).suffix(3)
        #expect(
            log.prefix(2).map(\.detail) == [
                "BN-10: none → \(beans.boughtEaches - 2) damaged (received.csv)", "ordered → received",
            ])
        #expect(log.last?.action == "save consolidation")
        #expect(try fixture.database.window(window.id)?.state == .received)
        let credited = try #require(try fixture.database.consolidation(window: window.id))
        #expect(credited.invoices.map(\.creditTotal).sum() > .zero)

        // The whole count with no reason takes the receipt back; fewer with no reason asks why.
        let why = #expect(throws: ImportError.self) {
            try fixture.database.importReceipts(
                csv: "sku,received_eaches,reason\nBN-10,1,\n", file: "fix.csv", window: window.id, actor: "Marisol",
                now: StoreFixture.afterCutoff)
        }
        #expect(
            why?.problems.map(\.description) == [
                "fix.csv:2: column reason: say why fewer than the \(beans.boughtEaches) bought arrived: short, damaged or substituted"
            ])
        #expect(try fixture.database.receipts(window: window.id) == receipts)
        let taken = try fixture.database.importReceipts(
            csv: "sku,received_eaches,reason\nBN-10,\(beans.boughtEaches),\n", file: "fix.csv", window: window.id,
            actor: "Marisol", now: StoreFixture.afterCutoff)
        #expect(taken.isEmpty)
        #expect(try fixture.database.receipts(window: window.id).isEmpty)
        #expect(
            try fixture.database.auditLog(window: window.id).suffix(2).first?.detail
                == "BN-10: \(beans.boughtEaches - 2) damaged → all arrived (fix.csv)")
        _ = try fixture.database.importReceipts(
            csv: ok, file: "received.csv", window: window.id, actor: "Marisol", now: StoreFixture.afterCutoff)

        // Re-consolidating with the receipt credits the loss, and that result round-trips too.
        let inputs = try fixture.database.consolidationInputs(window: window.id)
        let afterReceiving = try Consolidation.compute(
            suppliers: inputs.suppliers, products: inputs.products, orders: inputs.orders, rule: inputs.rule,
            receipts: inputs.receipts)
        #expect(afterReceiving.purchases[0].creditTotal > .zero)
        try fixture.database.saveConsolidation(
            afterReceiving, window: window.id, actor: "Marisol", now: StoreFixture.afterCutoff)
        #expect(try fixture.database.consolidation(window: window.id) == afterReceiving)
    }
}
