import ComalCore
import Testing

@Suite("Savings against buying alone")
struct SavingsTests {
    /// Six-can cases at $29.00; from 10 cases $27.50, from 25 $26.10; whole cases only: alone, a site rounds
    /// up to whole cases and gets the tier its own case count reaches.
    @Test(
        "whole cases: rounded up, at the site's own tier",
        arguments: [
            (0, 0),
            (1, 2900),  // 1 case
            (6, 2900),
            (7, 5800),  // 2 cases
            (54, 26_100),  // 9 cases, no tier
            (55, 27_500),  // 10 cases at $27.50
            (60, 27_500),
            (144, 66_000),  // 24 cases at $27.50
            (145, 65_250),  // 25 cases at $26.10: one more each reaches the next tier
        ])
    func wholeCases(eaches: Int, cents: Int) {
        #expect(StandaloneCost.goods(eaches: eaches, of: Fixture.Tomatoes.product) == Money(cents: cents))
    }

    @Test(
        "whole cases: never fewer than the supplier's minimum",
        arguments: [
            (1, 8700),  // 3 cases × $29.00
            (18, 8700),
            (19, 11_600),  // 4 cases
        ])
    func minimumCases(eaches: Int, cents: Int) {
        var product = Fixture.Tomatoes.product
        product.minimumCases = 3
        #expect(StandaloneCost.goods(eaches: eaches, of: product) == Money(cents: cents))
    }

    /// Twelve to a case at $30.00, $3.00 an each, from 5 cases $28.00: alone, a site buys whole cases at its
    /// own tier and the rest as eaches.
    @Test(
        "split cases: whole cases at the site's tier plus eaches",
        arguments: [
            (7, 2100),  // 7 × $3.00
            (12, 3000),
            (13, 3300),  // $30.00 + $3.00
            (59, 15_300),  // 4 × $30.00 + 11 × $3.00
            (60, 14_000),  // 5 × $28.00
            (71, 17_300),  // 5 × $28.00 + 11 × $3.00
        ])
    func splitCases(eaches: Int, cents: Int) {
        let product = Fixture.product(4, eachesPerCase: 12, casePrice: 3000, eachPrice: 300, tiers: [(5, 2800)])
        #expect(StandaloneCost.goods(eaches: eaches, of: product) == Money(cents: cents))
    }

    @Test(
        "split cases with a minimum: eaches only above it",
        arguments: [
            (24, 6000),  // the minimum, 2 cases
            (25, 6300),  // 2 cases and 1 each
            (13, 6000),  // below the minimum the supplier sells 2 whole cases
        ])
    func splitCasesMinimum(eaches: Int, cents: Int) {
        let product = Fixture.product(4, eachesPerCase: 12, casePrice: 3000, eachPrice: 300, minimumCases: 2)
        #expect(StandaloneCost.goods(eaches: eaches, of: product) == Money(cents: cents))
    }

    private static let twoSuppliers = [Fixture.Tomatoes.supplier, Fixture.supplier(2, fee: 1500)]
    private static let products = [
        Fixture.Tomatoes.product,
        Fixture.product(4, supplier: 2, eachesPerCase: 12, casePrice: 3000, eachPrice: 300, tiers: [(5, 2800)]),
    ]

    /// Supplier 1 ($25.00 fee): product 1, six-can cases, $29.00, from 10 cases $27.50.
    /// Supplier 2 ($15.00 fee): product 4, splittable, 12 to a case, $3.00 an each.
    ///   Product 1: ABQ 30 + ESP 30 = 60 = 10 cases at $27.50 = 27500¢ → 13750 each; fee 2500 → 1250 each.
    ///   Product 4: ABQ 7 eaches = 2100¢; fee 1500 all ABQ's.
    ///   ABQ pays 13750 + 2100 + 1250 + 1500 = 18600. Alone: 5 cases × 2900 = 14500, 7 × 300 = 2100,
    ///     fees 2500 + 1500 → 20600; saves 2000.
    ///   ESP pays 13750 + 1250 = 15000. Alone: 14500 + 2500 = 17000; saves 2000.
    @Test("savings count each supplier's whole fee once, per supplier ordered from")
    func invoiceSavings() throws {
        let result = try Consolidation.compute(
            suppliers: Self.twoSuppliers, products: Self.products,
            orders: [Fixture.order("ABQ-01", 1, 30), Fixture.order("ESP-02", 1, 5, .case), Fixture.order("ABQ-01", 4, 7)],
            rule: .fill)
        let abq = try result.invoice("ABQ-01"), esp = try result.invoice("ESP-02")
        #expect(abq.lines.map(\.product.id) == [Product.ID(1), Product.ID(4)])
        #expect(abq.goodsTotal == Money(cents: 15_850))
        #expect(abq.feeShares == [Supplier.ID(1): Money(cents: 1250), Supplier.ID(2): Money(cents: 1500)])
        #expect(abq.total == Money(cents: 18_600))
        #expect(abq.standaloneCost == Money(cents: 20_600))
        #expect(abq.savings == Money(cents: 2000))
        #expect(esp.total == Money(cents: 15_000))
        #expect(esp.standaloneCost == Money(cents: 17_000))
        #expect(esp.savings == Money(cents: 2000))
    }

    /// A line left at zero (a spreadsheet row not filled in) is not an order from that supplier: alone, the
    /// site would not have paid supplier 2's $15.00 delivery for nothing.
    @Test("a supplier the site ordered nothing from adds no fee to what it would have paid alone")
    func zeroLineAddsNoFee() throws {
        let result = try Consolidation.compute(
            suppliers: Self.twoSuppliers, products: Self.products,
            orders: [Fixture.order("ABQ-01", 1, 30), Fixture.order("ESP-02", 1, 30), Fixture.order("ABQ-01", 4, 0)],
            rule: .fill)
        let abq = try result.invoice("ABQ-01")
        #expect(abq.total == Money(cents: 13_750 + 1250))
        #expect(abq.standaloneCost == Money(cents: 14_500 + 2500))
        #expect(abq.savings == Money(cents: 2000))
    }

    /// ESP orders 31 of a 6-pack: the alliance's 61 eaches make 10 cases and 1 left over, which (fill, no
    /// tolerance) is not bought, and ESP bears that one short. Savings compare like with like: alone, ESP
    /// would have bought the 30 it got (5 cases), not the each it did not get — that each is no saving.
    @Test("alone, a site is compared on what it got, not on what the alliance could not buy")
    func standaloneCountsWhatTheSiteGot() throws {
        let result = try Consolidation.compute(
            suppliers: Self.twoSuppliers, products: Self.products,
            orders: [Fixture.order("ABQ-01", 1, 30), Fixture.order("ESP-02", 1, 30), Fixture.order("ESP-02", 1, 1)],
            rule: .fill)
        // 61 eaches: 10 cases, r = 1 not bought; the one short by (30, 31): remainders 30 and 31 of 61 → ESP.
        let esp = try result.invoice("ESP-02")
        #expect(esp.lines[0].allocation.allocatedEaches == 30)
        // Alone: the 30 it got → 5 cases × $29.00 = 14500, plus the $25.00 fee (31 ordered would be 6 cases).
        #expect(esp.standaloneCost == Money(cents: 14_500 + 2500))
        #expect(esp.savings == Money(cents: 14_500 + 2500 - 13_750 - 1250))
    }

    /// A site whose whole order of a product fell in a partial case that was not bought gets nothing of it:
    /// alone it would not have bought it from us either, and nothing else from that supplier means no fee.
    @Test("a product the site got none of adds nothing, and no fee, to what it would have paid alone")
    func nothingGotAddsNothing() throws {
        // Product 5: supplier 2, six to a case, $42.00, not split; ESP's 4 alone leave a partial case.
        let beans = Fixture.product(5, supplier: 2, eachesPerCase: 6, casePrice: 4200)
        let result = try Consolidation.compute(
            suppliers: Self.twoSuppliers, products: Self.products + [beans],
            orders: [Fixture.order("ABQ-01", 1, 30), Fixture.order("ESP-02", 5, 4)],
            rule: .fill)
        let esp = try result.invoice("ESP-02")
        #expect(esp.lines.map(\.allocation.allocatedEaches) == [0])
        #expect(esp.standaloneCost == .zero)
        #expect(esp.total == .zero)
    }
}
