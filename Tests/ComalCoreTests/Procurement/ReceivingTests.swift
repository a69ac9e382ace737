import ComalCore
import Testing

@Suite("Receiving")
struct ReceivingTests {
    private static let abq = Recipient.site(Site.ID("ABQ-01"))
    private static let esp = Recipient.site(Site.ID("ESP-02"))
    private static let tao = Recipient.site(Site.ID("TAO-03"))

    /// The worked example (`Fixture.Tomatoes`) bought 60 eaches for $275.00, allocated ABQ 16, ESP 27, TAO 17
    /// and no hub stock, so every missing each is a site's.
    @Test(
        "without hub stock, the loss is shared by allocation and credited at the line's average cost",
        arguments: [
            // (received, losses ABQ/ESP/TAO, credits ABQ/ESP/TAO in cents)
            (60, [0, 0, 0], [0, 0, 0]),
            // M = 1 by (16, 27, 17): remainders 16, 27, 17 of 60 → ESP. Credit 27500 × 1/60 = 458.33 → 458.
            (59, [0, 1, 0], [0, 458, 0]),
            // M = 5: 80/60 = 1 rem 20, 135/60 = 2 rem 15, 85/60 = 1 rem 25 → TAO gets the 5th: 1, 2, 2.
            // Credit 27500 × 5/60 = 2291.67 → 2292; by (1, 2, 2): 458 rem 2, 916 rem 4, 916 rem 4 → 458, 917, 917.
            (55, [1, 2, 2], [458, 917, 917]),
            // Nothing usable arrived: every each lost, the whole $275.00 credited as it was charged.
            (0, [16, 27, 17], [7333, 12_375, 7792]),
        ])
    func sitesShareTheLoss(received: Int, losses: [Int], credits: [Int]) throws {
        let result = try Fixture.Tomatoes.consolidate(
            receipts: [Receipt(product: Fixture.Tomatoes.product.id, receivedEaches: received, reason: .damaged)])
        let line = try result.line(1)
        let allocated = [16, 27, 17], goods = [7333, 12_375, 7792], fees = [667, 1125, 708]
        #expect(line.allocations.map(\.shortAtReceiving) == losses)
        #expect(line.allocations.map(\.allocatedEaches) == zip(allocated, losses).map { $0 - $1 })
        #expect(line.allocations.map(\.purchasedEaches) == allocated)
        #expect(line.allocations.map(\.credit) == credits.map(Money.init(cents:)))
        #expect(line.credit == Money(cents: credits.reduce(0, +)))
        #expect(line.netCost == Money(cents: 27_500 - credits.reduce(0, +)))
        #expect(line.receipt?.receivedEaches == received)
        // Costs and fee shares are what was bought; the credit is a separate line of the invoice.
        #expect(line.allocations.map(\.cost) == goods.map(Money.init(cents:)))
        #expect(try result.purchase(1).creditTotal == Money(cents: credits.reduce(0, +)))
        for (index, site) in ["ABQ-01", "ESP-02", "TAO-03"].enumerated() {
            let invoice = try result.invoice(site)
            #expect(invoice.feeTotal == Money(cents: fees[index]))
            #expect(invoice.creditTotal == Money(cents: credits[index]))
            #expect(invoice.total == Money(cents: goods[index] + fees[index] - credits[index]))
            let reasons = invoice.lines[0].allocation.reasons
            if losses[index] > 0 {
                #expect(reasons.last == .receivingShortfall(short: losses[index], reason: .damaged))
            } else {
                #expect(reasons.count == 1)
            }
        }
        // Savings compare buying, before credits: receiving does not change them.
        #expect(try result.invoices.map(\.savings) == Fixture.Tomatoes.consolidate().invoices.map(\.savings))
    }

    /// `Fixture.HubStock`: 2 cases of 6 at $12.33 = 2466¢ under `up`; ABQ 4, ESP 3, hub 5.
    ///   Cost by (4, 3, 5; sum 12): ABQ 9864/12 = 822 rem 0; ESP 7398/12 = 616 rem 6; hub 12330/12 = 1027
    ///   rem 6 → ESP and the hub tie, the site comes first: ABQ 822, ESP 617, hub 1027.
    ///   Fee $10.00 by goods (822, 617; sum 1439): 822000/1439 = 571 rem 331; 617000/1439 = 428 rem 1108 → 429.
    @Test(
        "the hub's stock absorbs a shortfall before any site",
        arguments: [
            // (received, losses ABQ/ESP/hub, credits ABQ/ESP/hub in cents)
            (12, [0, 0, 0], [0, 0, 0]),
            // M = 3 ≤ hub 5. Credit 2466 × 3/12 = 616.5, half rounds up → 617, all the hub's.
            (9, [0, 0, 3], [0, 0, 617]),
            // M = 5 = hub 5. Credit 2466 × 5/12 = 1027.5 → 1028.
            (7, [0, 0, 5], [0, 0, 1028]),
            // M = 8: hub 5, then 3 by (4, 3): 12/7 = 1 rem 5 → 2, 9/7 = 1 rem 2. Credit 2466 × 8/12 = 1644;
            // by (ABQ 2, ESP 1, hub 5; sum 8): 3288/8 = 411 rem 0, 1644/8 = 205 rem 4, 8220/8 = 1027 rem 4
            // → ESP before the hub: 411, 206, 1027.
            (4, [2, 1, 5], [411, 206, 1027]),
            // Everything missing: credits mirror the costs.
            (0, [4, 3, 5], [822, 617, 1027]),
        ])
    func hubFirst(received: Int, losses: [Int], credits: [Int]) throws {
        let result = try Fixture.HubStock.consolidate(
            receipts: [Receipt(product: Fixture.HubStock.product.id, receivedEaches: received, reason: .short)])
        let line = try result.line(2)
        #expect(line.allocations.map(\.recipient) == [Self.abq, Self.esp, .hub])
        #expect(line.allocations.map(\.cost) == [822, 617, 1027].map(Money.init(cents:)))
        #expect(line.allocations.map(\.shortAtReceiving) == losses)
        #expect(line.allocations.map(\.allocatedEaches) == zip([4, 3, 5], losses).map { $0 - $1 })
        #expect(line.allocations.map(\.credit) == credits.map(Money.init(cents:)))
        #expect(line.hubEaches == 5 - losses[2])
        let hubReasons = try result.allocation(2, .hub).reasons
        #expect(hubReasons.first == .roundedUpToHubStock(extra: 5))
        #expect(hubReasons.count == (losses[2] > 0 ? 2 : 1))

        #expect(try result.purchase(2).feeShares == [Site.ID("ABQ-01"): Money(cents: 571), Site.ID("ESP-02"): Money(cents: 429)])
        #expect(try result.invoice("ABQ-01").total == Money(cents: 822 + 571 - credits[0]))
        #expect(try result.invoice("ESP-02").total == Money(cents: 617 + 429 - credits[1]))
    }

    /// Two sites order one case each (2 × $20.00); one each goes missing; 6:6 ties, so ABQ loses it.
    /// Credit 4000 × 1/12 = 333.33 → 333.
    @Test("a tie in the loss goes to the smaller site id")
    func lossTie() throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1)], products: [Fixture.product(3, casePrice: 2000)],
            orders: [Fixture.order("ESP-02", 3, 1, .case), Fixture.order("ABQ-01", 3, 1, .case)], rule: .fill,
            receipts: [Receipt(product: Product.ID(3), receivedEaches: 11, reason: .short)])
        let line = try result.line(3)
        #expect(line.allocations.map(\.shortAtReceiving) == [1, 0])
        #expect(line.allocations.map(\.credit) == [Money(cents: 333), .zero])
        #expect(
            line.allocations.map(\.reasons) == [
                [.filledAsOrdered, .receivingShortfall(short: 1, reason: .short)], [.filledAsOrdered],
            ])
    }

    @Test("a substitute delivered in full costs the same and says so")
    func substitutedInFull() throws {
        let result = try Fixture.HubStock.consolidate(
            receipts: [Receipt(product: Fixture.HubStock.product.id, receivedEaches: 12, reason: .substituted)])
        let line = try result.line(2)
        #expect(line.credit == .zero)
        #expect(line.allocations.map(\.allocatedEaches) == [4, 3, 5])
        #expect(
            line.allocations.map(\.reasons) == [
                [.filledAsOrdered, .substituted], [.filledAsOrdered, .substituted],
                [.roundedUpToHubStock(extra: 5), .substituted],
            ])
        #expect(try result.invoice("ABQ-01").total == Money(cents: 822 + 571))
    }

    @Test("a substitute delivered short is credited like any shortfall")
    func substitutedShort() throws {
        let result = try Fixture.HubStock.consolidate(
            receipts: [Receipt(product: Fixture.HubStock.product.id, receivedEaches: 4, reason: .substituted)])
        #expect(try result.allocation(2, site: "ABQ-01").reasons.last == .receivingShortfall(short: 2, reason: .substituted))
        #expect(try result.line(2).credit == Money(cents: 1644))
    }

    @Test("a receipt that cannot be true is a typed error")
    func errors() {
        let product = Fixture.HubStock.product
        #expect(throws: ConsolidationError.receiptExceedsPurchase(sku: "SKU-2", received: 13, bought: 12)) {
            try Fixture.HubStock.consolidate(receipts: [Receipt(product: product.id, receivedEaches: 13, reason: .short)])
        }
        #expect(throws: ConsolidationError.receiptExceedsPurchase(sku: "SKU-2", received: -1, bought: 12)) {
            try Fixture.HubStock.consolidate(receipts: [Receipt(product: product.id, receivedEaches: -1, reason: .short)])
        }
        // Product 1 is in a catalog, but nobody ordered it.
        #expect(throws: ConsolidationError.receiptForProductNotBought(sku: "SKU-1")) {
            try Consolidation.compute(
                suppliers: [Fixture.HubStock.supplier, Fixture.Tomatoes.supplier],
                products: [product, Fixture.Tomatoes.product], orders: Fixture.HubStock.orders, rule: .up,
                receipts: [Receipt(product: Fixture.Tomatoes.product.id, receivedEaches: 6, reason: .short)])
        }
    }

    @Test("the shortfall is explained in both languages")
    func explanation() {
        let text = AllocationReason.receivingShortfall(short: 2, reason: .damaged).explanation
        #expect(text.english.hasPrefix("2 fewer"))
        #expect(text.english.contains("damaged"))
        #expect(text.spanish.hasPrefix("2 menos"))
        #expect(text.spanish.contains("dañado"))
    }
}
