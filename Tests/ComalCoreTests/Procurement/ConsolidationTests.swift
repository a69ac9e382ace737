import ComalCore
import Testing

@Suite("Consolidation")
struct ConsolidationTests {
    private static let abq = Recipient.site(Site.ID("ABQ-01"))
    private static let esp = Recipient.site(Site.ID("ESP-02"))
    private static let tao = Recipient.site(Site.ID("TAO-03"))

    /// The worked example, every number by hand (`Fixture.Tomatoes`).
    ///
    /// Product 1: cases of 6 #10 cans, $29.00 a case; from 10 cases $27.50, from 25 cases $26.10; whole
    /// cases only. Supplier 1: $25.00 delivery fee, $100.00 minimum order. Rule: `fill`.
    ///
    /// Orders: ABQ-01 3 cases = 18 eaches, ESP-02 29 eaches, TAO-03 18 eaches, no tolerance.
    ///   Q = 65, T = 0, p = 6 → floor(65/6) = 10 cases, r = 5; 5 + 0 < 6, so the 11th case is not bought.
    ///   Bought 60 eaches; shortfall 5.
    /// Tier: the alliance buys 10 cases → $27.50 for everyone; line cost 10 × $27.50 = $275.00.
    ///
    /// Shortfall 5 shared by orders (18, 29, 18; sum 65), largest remainder:
    ///   ABQ 5×18/65 = 90/65  = 1 rem 25
    ///   ESP 5×29/65 = 145/65 = 2 rem 15
    ///   TAO 5×18/65 = 90/65  = 1 rem 25
    ///   floors 4, one left: ABQ and TAO tie at 25, the smaller id ABQ bears it.
    ///   short ABQ 2, ESP 2, TAO 1 → allocated ABQ 16, ESP 27, TAO 17 (sum 60).
    ///
    /// Cost 27,500¢ by allocation (16, 27, 17; sum 60):
    ///   ABQ 27500×16/60 = 440000/60 = 7333 rem 20
    ///   ESP 27500×27/60 = 742500/60 = 12375 rem 0
    ///   TAO 27500×17/60 = 467500/60 = 7791 rem 40 → gets the leftover cent → 7792
    ///   $73.33 + $123.75 + $77.92 = $275.00.
    ///
    /// Fee 2,500¢ by goods value (7333, 12375, 7792; sum 27500):
    ///   ABQ 2500×7333/27500  = 18332500/27500 = 666 rem 17500 → gets the leftover cent → 667
    ///   ESP 2500×12375/27500 = 30937500/27500 = 1125 rem 0
    ///   TAO 2500×7792/27500  = 19480000/27500 = 708 rem 10000
    ///   $6.67 + $11.25 + $7.08 = $25.00.
    ///
    /// Invoices: ABQ $73.33 + $6.67 = $80.00; ESP $123.75 + $11.25 = $135.00; TAO $77.92 + $7.08 = $85.00.
    ///
    /// Alone (whole cases, rounded up, at each site's own tier, plus the whole $25.00 fee):
    ///   ABQ 18 → 3 cases × $29.00 = $87.00 + $25.00 = $112.00; saves $112.00 − $80.00 = $32.00
    ///   ESP 29 → 5 cases × $29.00 = $145.00 + $25.00 = $170.00; saves $170.00 − $135.00 = $35.00
    ///   TAO 18 → 3 cases × $29.00 = $87.00 + $25.00 = $112.00; saves $112.00 − $85.00 = $27.00
    @Test("worked example: shortfall, tier, cost and fee to the cent")
    func workedExample() throws {
        let result = try Fixture.Tomatoes.consolidate()
        #expect(result.rule == .fill)
        #expect(result.purchases.count == 1)

        let line = try result.line(1)
        #expect(line.orderedEaches == 65)
        #expect(line.tolerance == 0)
        #expect(line.purchase == CasePurchase(cases: 10, splitEaches: 0))
        #expect(line.boughtEaches == 60)
        #expect(line.tierReached == PriceTier(minimumCases: 10, casePrice: Money(cents: 2750)))
        #expect(line.casePrice == Money(cents: 2750))
        #expect(line.cost == Money(cents: 27_500))
        #expect(line.dropped == nil)
        #expect(line.receipt == nil)
        #expect(line.hubEaches == 0)
        #expect(line.credit == .zero)
        #expect(line.netCost == Money(cents: 27_500))

        func short(_ count: Int) -> AllocationReason {
            .partialCaseNotBought(short: count, remainder: 5, tolerance: 0, eachesPerCase: 6)
        }
        #expect(
            line.allocations == [
                Allocation(
                    recipient: Self.abq, orderedEaches: 18, allocatedEaches: 16, shortAtPurchase: 2,
                    cost: Money(cents: 7333), reasons: [short(2)]),
                Allocation(
                    recipient: Self.esp, orderedEaches: 29, allocatedEaches: 27, shortAtPurchase: 2,
                    cost: Money(cents: 12_375), reasons: [short(2)]),
                Allocation(
                    recipient: Self.tao, orderedEaches: 18, allocatedEaches: 17, shortAtPurchase: 1,
                    cost: Money(cents: 7792), reasons: [short(1)]),
            ])

        let purchase = try result.purchase(1)
        #expect(purchase.goodsTotal == Money(cents: 27_500))
        #expect(purchase.deliveryFee == Money(cents: 2500))
        #expect(
            purchase.feeShares == [
                Site.ID("ABQ-01"): Money(cents: 667), Site.ID("ESP-02"): Money(cents: 1125),
                Site.ID("TAO-03"): Money(cents: 708),
            ])
        #expect(purchase.isBelowMinimumOrder == false)
        #expect(purchase.creditTotal == .zero)

        #expect(result.invoices.map(\.site) == ["ABQ-01", "ESP-02", "TAO-03"].map(Site.ID.init))
        let expected = [
            // (site, goods, fee, total, standalone, savings)
            ("ABQ-01", 7333, 667, 8000, 11_200, 3200),
            ("ESP-02", 12_375, 1125, 13_500, 17_000, 3500),
            ("TAO-03", 7792, 708, 8500, 11_200, 2700),
        ]
        for (site, goods, fee, total, standalone, savings) in expected {
            let invoice = try result.invoice(site)
            #expect(invoice.lines.count == 1)
            #expect(invoice.goodsTotal == Money(cents: goods), "\(site)")
            #expect(invoice.feeShares == [Supplier.ID(1): Money(cents: fee)], "\(site)")
            #expect(invoice.feeTotal == Money(cents: fee), "\(site)")
            #expect(invoice.creditTotal == .zero, "\(site)")
            #expect(invoice.total == Money(cents: total), "\(site)")
            #expect(invoice.standaloneCost == Money(cents: standalone), "\(site)")
            #expect(invoice.savings == Money(cents: savings), "\(site)")
        }

        // The director can read why in either language, with this window's numbers in it.
        let why = try result.allocation(1, site: "ABQ-01").reasons[0].explanation
        #expect(why.english.hasPrefix("2 short"))
        #expect(why.english.contains("left 5 of a case of 6"))
        #expect(why.spanish.hasPrefix("Faltan 2"))
        #expect(why.spanish.contains("quedaron 5 de una caja de 6"))
    }

    @Test(
        "the tier is read from the case count",
        arguments: [
            (0, 2900), (1, 2900), (9, 2900), (10, 2750), (11, 2750), (24, 2750), (25, 2610), (100, 2610),
        ])
    func tiers(cases: Int, price: Int) {
        #expect(Fixture.Tomatoes.product.casePrice(forCases: cases) == Money(cents: price))
        // Listing the tiers out of order changes nothing.
        var shuffled = Fixture.Tomatoes.product
        shuffled.tiers.reverse()
        #expect(shuffled.casePrice(forCases: cases) == Money(cents: price))
    }

    /// Orders of (ABQ, ESP) eaches, ESP's tolerance, and what the whole alliance then pays per case.
    @Test(
        "the tier the alliance reaches is every site's price",
        arguments: [
            (30, 24, 0, 9, 2900),  // 54 = 9 cases: no tier
            (30, 29, 0, 9, 2900),  // 59: r = 5, no tolerance, 9 cases
            (30, 29, 1, 10, 2750),  // 59: r + T = 6, the 10th case is bought and reaches the tier
            (54, 6, 0, 10, 2750),  // ESP's one case is priced at the tier ABQ's order helped reach
            (72, 72, 0, 24, 2750),
            (75, 75, 0, 25, 2610),
        ])
    func allianceTier(abq: Int, esp: Int, espTolerance: Int, cases: Int, price: Int) throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.Tomatoes.supplier], products: [Fixture.Tomatoes.product],
            orders: [Fixture.order("ABQ-01", 1, abq), Fixture.order("ESP-02", 1, esp, tolerance: espTolerance)],
            rule: .fill)
        let line = try result.line(1)
        #expect(line.purchase.cases == cases)
        #expect(line.casePrice == Money(cents: price))
        #expect(line.cost == Money(cents: price) * cases)
    }

    @Test("a small site pays the tier its partners reached")
    func smallSiteGetsTier() throws {
        // 54 + 6 = 60 eaches = 10 cases at $27.50 = $275.00; by eaches 54:6 → $247.50 and $27.50.
        let result = try Consolidation.compute(
            suppliers: [Fixture.Tomatoes.supplier], products: [Fixture.Tomatoes.product],
            orders: [Fixture.order("ABQ-01", 1, 9, .case), Fixture.order("ESP-02", 1, 1, .case)], rule: .fill)
        #expect(try result.allocation(1, site: "ESP-02").cost == Money(cents: 2750))
        #expect(try result.allocation(1, site: "ABQ-01").cost == Money(cents: 24_750))
        // Alone, ESP would have paid $29.00 for its case and the whole $25.00 fee.
        #expect(try result.invoice("ESP-02").standaloneCost == Money(cents: 2900 + 2500))
    }

    /// Fill rule, 2 cases of 6 at $20.00. ABQ orders 3 (tolerance 3), ESP 3 (tolerance 3), TAO 2 (tolerance 2).
    ///   Q = 8, T = 8: 1 case, r = 2, 2 + 8 ≥ 6 → 2 cases = 12 eaches; surplus 4.
    ///   Surplus 4 by tolerance (3, 3, 2; sum 8): ABQ 12/8 = 1 rem 4, ESP 1 rem 4, TAO 8/8 = 1 rem 0;
    ///   one left, ABQ and ESP tie, ABQ gets it → extras 2, 1, 1 → allocations 5, 4, 3.
    ///   Cost 4000¢ by (5, 4, 3; sum 12): ABQ 20000/12 = 1666 rem 8 → 1667; ESP 1333 rem 4; TAO 1000 rem 0.
    @Test("a surplus is shared in proportion to tolerance")
    func surplusToTolerance() throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1)], products: [Fixture.product(3, casePrice: 2000)],
            orders: [
                Fixture.order("ABQ-01", 3, 3, tolerance: 3), Fixture.order("ESP-02", 3, 3, tolerance: 3),
                Fixture.order("TAO-03", 3, 2, tolerance: 2),
            ], rule: .fill)
        let line = try result.line(3)
        #expect(line.purchase == CasePurchase(cases: 2, splitEaches: 0))
        #expect(line.tolerance == 8)
        #expect(line.cost == Money(cents: 4000))
        #expect(
            line.allocations == [
                Allocation(
                    recipient: Self.abq, orderedEaches: 3, allocatedEaches: 5, fromTolerance: 2,
                    cost: Money(cents: 1667), reasons: [.toleranceFilledCase(extra: 2, eachesPerCase: 6)]),
                Allocation(
                    recipient: Self.esp, orderedEaches: 3, allocatedEaches: 4, fromTolerance: 1,
                    cost: Money(cents: 1333), reasons: [.toleranceFilledCase(extra: 1, eachesPerCase: 6)]),
                Allocation(
                    recipient: Self.tao, orderedEaches: 2, allocatedEaches: 3, fromTolerance: 1,
                    cost: Money(cents: 1000), reasons: [.toleranceFilledCase(extra: 1, eachesPerCase: 6)]),
            ])
    }

    /// Fill rule: ABQ 6, ESP 6, TAO 5, tolerance 1 each. Q = 17, r = 5, T = 3 → 3 cases, surplus 1.
    /// By tolerance (1, 1, 1) every share is 1/3: floors 0, the single each to the smallest id, ABQ.
    @Test("a tie in tolerance goes to the smaller site id; the others are filled as ordered")
    func toleranceTie() throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1)], products: [Fixture.product(3, casePrice: 2000)],
            orders: [
                Fixture.order("TAO-03", 3, 5, tolerance: 1), Fixture.order("ESP-02", 3, 6, tolerance: 1),
                Fixture.order("ABQ-01", 3, 6, tolerance: 1),
            ], rule: .fill)
        let allocations = try result.line(3).allocations
        #expect(allocations.map(\.allocatedEaches) == [7, 6, 5])
        #expect(allocations.map(\.fromTolerance) == [1, 0, 0])
        #expect(
            allocations.map(\.reasons) == [
                [.toleranceFilledCase(extra: 1, eachesPerCase: 6)], [.filledAsOrdered], [.filledAsOrdered],
            ])
    }

    /// Up rule, same orders as `surplusToTolerance`: 2 cases, sites get exactly their orders, the hub the 4 over.
    ///   Cost 4000¢ by (3, 3, 2, hub 4; sum 12): ABQ 1000, ESP 1000, TAO 8000/12 = 666 rem 8 → 667,
    ///   hub 16000/12 = 1333 rem 4.
    @Test("under the up rule the extra eaches go to the hub's stock, tolerance unused")
    func upRuleToHub() throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1, fee: 900)], products: [Fixture.product(3, casePrice: 2000)],
            orders: [
                Fixture.order("ABQ-01", 3, 3, tolerance: 3), Fixture.order("ESP-02", 3, 3, tolerance: 3),
                Fixture.order("TAO-03", 3, 2, tolerance: 2),
            ], rule: .up)
        let line = try result.line(3)
        #expect(line.hubEaches == 4)
        #expect(
            line.allocations == [
                Allocation(
                    recipient: Self.abq, orderedEaches: 3, allocatedEaches: 3, cost: Money(cents: 1000),
                    reasons: [.filledAsOrdered]),
                Allocation(
                    recipient: Self.esp, orderedEaches: 3, allocatedEaches: 3, cost: Money(cents: 1000),
                    reasons: [.filledAsOrdered]),
                Allocation(
                    recipient: Self.tao, orderedEaches: 2, allocatedEaches: 2, cost: Money(cents: 667),
                    reasons: [.filledAsOrdered]),
                Allocation(
                    recipient: .hub, orderedEaches: 0, allocatedEaches: 4, cost: Money(cents: 1333),
                    reasons: [.roundedUpToHubStock(extra: 4)]),
            ])
        // The hub has no invoice and no fee share; the $9.00 fee is split by the sites' goods (1000:1000:667).
        //   ABQ 900×1000/2667 = 337 rem 1221; ESP the same; TAO 900×667/2667 = 225 rem 225 → ABQ and ESP
        //   tie for the one cent left, ABQ gets it: 338, 337, 225.
        #expect(result.invoices.map(\.site) == ["ABQ-01", "ESP-02", "TAO-03"].map(Site.ID.init))
        #expect(
            try result.purchase(1).feeShares == [
                Site.ID("ABQ-01"): Money(cents: 338), Site.ID("ESP-02"): Money(cents: 337),
                Site.ID("TAO-03"): Money(cents: 225),
            ])
    }

    /// Splittable: pack of 12, $30.00 a case, $3.00 an each, from 5 cases $28.00.
    @Test(
        "a splittable product costs whole cases plus single eaches",
        arguments: [
            // (ABQ, ESP, cases, eaches, line cost, ABQ's cost, ESP's cost)
            // 13 = 1 case + 1 each = 3000 + 300 = 3300¢; by 7:6 → 23100/13 = 1776 rem 12 → 1777, 19800/13 = 1523 rem 1.
            (7, 6, 1, 1, 3300, 1777, 1523),
            // 61 = 5 cases at the tier + 1 each = 14000 + 300 = 14300¢;
            // by 30:31 → 429000/61 = 7032 rem 48 → 7033, 443300/61 = 7267 rem 13.
            (30, 31, 5, 1, 14_300, 7033, 7267),
            // 11 eaches, no case: 11 × 300 = 3300¢ by 5:6 → 1500, 1800.
            (5, 6, 0, 11, 3300, 1500, 1800),
        ])
    func splittable(abq: Int, esp: Int, cases: Int, eaches: Int, cost: Int, abqCost: Int, espCost: Int) throws {
        for rule in CaseRoundingRule.allCases {
            let result = try Consolidation.compute(
                suppliers: [Fixture.supplier(1)],
                products: [Fixture.product(4, eachesPerCase: 12, casePrice: 3000, eachPrice: 300, tiers: [(5, 2800)])],
                orders: [Fixture.order("ABQ-01", 4, abq, tolerance: 4), Fixture.order("ESP-02", 4, esp)], rule: rule)
            let line = try result.line(4)
            #expect(line.purchase == CasePurchase(cases: cases, splitEaches: eaches))
            #expect(line.cost == Money(cents: cost))
            #expect(line.hubEaches == 0)
            #expect(line.allocations.map(\.allocatedEaches) == [abq, esp])
            #expect(line.allocations.map(\.cost) == [Money(cents: abqCost), Money(cents: espCost)])
            #expect(line.allocations.map(\.reasons) == [[.filledAsOrdered], [.filledAsOrdered]])
        }
    }

    /// Minimum of 3 cases of 6 (18 eaches); ABQ orders `abq`, ESP orders `esp` with tolerance `tolerance`.
    @Test(
        "a line the alliance would buy below the supplier's minimum cases is dropped",
        arguments: [
            // (rule, splits, ABQ, ESP, ESP tolerance, eaches bought or nil when dropped)
            (CaseRoundingRule.fill, false, 6, 5, 0, nil),  // 11: 1 case = 6 < 18
            (.fill, false, 12, 6, 0, 18),  // 18: exactly 3 cases
            (.fill, false, 12, 5, 0, nil),  // 17: r = 5, no tolerance → 2 cases = 12 < 18
            (.fill, false, 12, 5, 1, 18),  // 17: r + T = 6 → 3 cases
            (.up, false, 12, 5, 0, 18),  // 17 → 3 cases
            (.up, false, 6, 5, 0, nil),  // 11 → 2 cases = 12 < 18
            (.fill, true, 12, 5, 0, nil),  // splittable: 17 eaches < 18
            (.up, true, 12, 6, 0, 18),
            (.fill, true, 12, 7, 0, 19),  // 3 cases and 1 each
        ])
    func minimumCases(rule: CaseRoundingRule, splits: Bool, abq: Int, esp: Int, tolerance: Int, bought: Int?) throws {
        let product = Fixture.product(5, casePrice: 1200, eachPrice: splits ? 250 : nil, minimumCases: 3)
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1, fee: 2500)], products: [product],
            orders: [Fixture.order("ABQ-01", 5, abq), Fixture.order("ESP-02", 5, esp, tolerance: tolerance)], rule: rule)
        let line = try result.line(5)
        let purchase = try result.purchase(1)
        if let bought {
            #expect(line.dropped == nil)
            #expect(line.boughtEaches == bought)
            #expect(purchase.deliveryFee == Money(cents: 2500))
        } else {
            let reason = AllocationReason.belowMinimumCases(minimum: 3, eachesOrdered: abq + esp, eachesPerCase: 6)
            #expect(line.dropped == reason)
            #expect(line.purchase == CasePurchase(cases: 0, splitEaches: 0))
            #expect(line.cost == .zero)
            #expect(
                line.allocations == [
                    Allocation(
                        recipient: Self.abq, orderedEaches: abq, allocatedEaches: 0, shortAtPurchase: abq,
                        reasons: [reason]),
                    Allocation(
                        recipient: Self.esp, orderedEaches: esp, allocatedEaches: 0, shortAtPurchase: esp,
                        reasons: [reason]),
                ])
            // Nothing bought, so no delivery and no fee for anyone.
            #expect(purchase.deliveryFee == .zero)
            #expect(purchase.feeShares.values.allSatisfy { $0 == .zero })
            #expect(result.invoices.map(\.total) == [.zero, .zero])
            // The invoice still lists the line, so the director sees why nothing came.
            #expect(try result.invoice("ABQ-01").lines.map(\.allocation.reasons) == [[reason]])
        }
    }

    /// Supplier 1 ($10.01 fee) sells product 6 ($10.00 a case) and product 7 ($5.00 a case), packs of 6.
    ///   Product 6: ABQ 6, ESP 12 → 3 cases = 3000¢: ABQ 1000, ESP 2000.
    ///   Product 7: ESP 6, TAO 6 → 2 cases = 1000¢: ESP 500, TAO 500.
    ///   Goods: ABQ 1000, ESP 2500, TAO 500 (sum 4000). Fee 1001¢:
    ///   ABQ 1001000/4000 = 250 rem 1000; ESP 2502500/4000 = 625 rem 2500 → 626; TAO 500500/4000 = 125 rem 500.
    @Test("a delivery fee is split by each site's goods value over all the supplier's products")
    func feeByGoodsValue() throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1, fee: 1001)],
            products: [Fixture.product(6, casePrice: 1000), Fixture.product(7, casePrice: 500)],
            orders: [
                Fixture.order("ABQ-01", 6, 6), Fixture.order("ESP-02", 6, 2, .case), Fixture.order("ESP-02", 7, 6),
                Fixture.order("TAO-03", 7, 1, .case),
            ], rule: .fill)
        let purchase = try result.purchase(1)
        #expect(purchase.lines.map(\.product.sku) == ["SKU-6", "SKU-7"])
        #expect(purchase.goodsTotal == Money(cents: 4000))
        #expect(
            purchase.feeShares == [
                Site.ID("ABQ-01"): Money(cents: 250), Site.ID("ESP-02"): Money(cents: 626),
                Site.ID("TAO-03"): Money(cents: 125),
            ])
        #expect(try result.invoice("ESP-02").lines.map(\.product.id) == [Product.ID(6), Product.ID(7)])
        #expect(try result.invoice("ESP-02").total == Money(cents: 2500 + 626))
    }

    @Test("a supplier nothing is bought from charges no fee")
    func noPurchaseNoFee() throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1, fee: 2500)], products: [Fixture.product(3, casePrice: 2000)],
            orders: [Fixture.order("ABQ-01", 3, 0), Fixture.order("ESP-02", 3, 0, .case)], rule: .fill)
        let purchase = try result.purchase(1)
        #expect(purchase.goodsTotal == .zero)
        #expect(purchase.deliveryFee == .zero)
        #expect(purchase.feeShares.isEmpty)
        #expect(purchase.isBelowMinimumOrder == false)
        #expect(result.invoices.map(\.total) == [.zero, .zero])
    }

    @Test("the same line ordered twice by one site counts once, summed")
    func repeatedLines() throws {
        // 1 case + 7 eaches + 4 eaches = 17 for ABQ, 1 for ESP: 18 = 3 cases, nothing short.
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1)], products: [Fixture.product(3, casePrice: 2000)],
            orders: [
                Fixture.order("ABQ-01", 3, 1, .case), Fixture.order("ABQ-01", 3, 7), Fixture.order("ESP-02", 3, 1),
                Fixture.order("ABQ-01", 3, 4),
            ], rule: .fill)
        let line = try result.line(3)
        #expect(line.allocations.map(\.orderedEaches) == [17, 1])
        #expect(line.allocations.map(\.allocatedEaches) == [17, 1])
        #expect(try result.invoice("ABQ-01").lines.count == 1)
    }

    @Test("inputs that do not fit together are typed errors")
    func errors() {
        let supplier = Fixture.supplier(1), product = Fixture.product(3, casePrice: 2000)
        #expect(throws: ConsolidationError.unknownProduct(Product.ID(99))) {
            try Consolidation.compute(
                suppliers: [supplier], products: [product],
                orders: [Fixture.order("ABQ-01", 99, 1)], rule: .fill)
        }
        #expect(throws: ConsolidationError.unknownSupplier(Supplier.ID(1), sku: "SKU-3")) {
            try Consolidation.compute(
                suppliers: [], products: [product], orders: [Fixture.order("ABQ-01", 3, 1)],
                rule: .fill)
        }
        #expect(throws: ConsolidationError.quantityOutOfRange(site: Site.ID("ABQ-01"), sku: "SKU-3")) {
            try Consolidation.compute(
                suppliers: [supplier], products: [product],
                orders: [Fixture.order("ABQ-01", 3, -1)], rule: .fill)
        }
        #expect(throws: ConsolidationError.quantityOutOfRange(site: Site.ID("ESP-02"), sku: "SKU-3")) {
            try Consolidation.compute(
                suppliers: [supplier], products: [product],
                orders: [Fixture.order("ESP-02", 3, 1, tolerance: -2)], rule: .fill)
        }
        // Large enough to overflow once multiplied by the pack: refused before any arithmetic.
        #expect(throws: ConsolidationError.quantityOutOfRange(site: Site.ID("ABQ-01"), sku: "SKU-3")) {
            try Consolidation.compute(
                suppliers: [supplier], products: [product],
                orders: [Fixture.order("ABQ-01", 3, Int.max / 2, .case)], rule: .fill)
        }
        #expect(throws: ConsolidationError.quantityOutOfRange(site: Site.ID("ABQ-01"), sku: "SKU-3")) {
            try Consolidation.compute(
                suppliers: [supplier], products: [product],
                orders: [Fixture.order("ABQ-01", 3, SiteOrderLine.largestQuantity + 1)], rule: .fill)
        }
        // A pack or price no catalog import accepts is refused by the core too.
        for huge in [
            Fixture.product(3, eachesPerCase: Pack.largestCount + 1, casePrice: 100),
            Fixture.product(3, casePrice: Product.largestPrice.cents + 1),
            Fixture.product(3, casePrice: 100, tiers: [(5, Int.max)]),
        ] {
            #expect(throws: ConsolidationError.productOutOfRange(sku: "SKU-3")) {
                try Consolidation.compute(
                    suppliers: [supplier], products: [huge], orders: [Fixture.order("ABQ-01", 3, 1)], rule: .fill)
            }
        }
    }

    @Test("no orders, no purchases and no invoices")
    func empty() throws {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1)],
            products: [Fixture.product(3, casePrice: 2000)], orders: [], rule: .up)
        #expect(result.purchases.isEmpty)
        #expect(result.invoices.isEmpty)
    }
}
