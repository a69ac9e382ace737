import ComalCore
import ComalTestSupport
import PropertyBased
import Testing

/// For any window within the bounds every way in enforces (`SiteOrderLine.largestQuantity`,
/// `Pack.largestCount`, `Product.largestPrice`), at their extremes and between them: consolidating
/// and receiving never traps, every each bought is allocated, and every cent billed is invoiced.
@Suite("Consolidation at the bounds: no trap, nothing lost")
struct ConsolidationPropertyTests {
    /// A window drawn from `seed`: 1–6 sites, 1–4 products over two suppliers, with packs, prices,
    /// fees, minimums, quantities and tolerances drawn mostly from the ends of their ranges.
    static func extremeWindow(seed: UInt64) -> (Fixture.Window, receiptsSeed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let largestPrice = Product.largestPrice.cents, largest = SiteOrderLine.largestQuantity
        func pick(_ ends: [Int], orBetween range: ClosedRange<Int>) -> Int {
            Bool.random(using: &random) ? ends.randomElement(using: &random)! : Int.random(in: range, using: &random)
        }
        let suppliers = (1...2).map { Fixture.supplier($0, fee: pick([0, 1, largestPrice], orBetween: 0...largestPrice)) }
        let products = (1...Int64.random(in: 1...4, using: &random)).map { id in
            let price = pick([1, largestPrice], orBetween: 1...largestPrice)
            let tiers: [(cases: Int, price: Int)] =
                Bool.random(using: &random) ? [(pick([1, largest], orBetween: 1...largest), max(1, price / 2))] : []
            return Fixture.product(
                id, supplier: 1 + id % 2, eachesPerCase: pick([1, 7, Pack.largestCount], orBetween: 1...Pack.largestCount),
                casePrice: price, eachPrice: Bool.random(using: &random) ? pick([1, largestPrice], orBetween: 1...largestPrice) : nil,
                tiers: tiers, minimumCases: pick([0, 1, largest], orBetween: 0...largest))
        }
        var orders: [SiteOrderLine] = []
        for site in 1...Int.random(in: 1...6, using: &random) {
            for product in products where Int.random(in: 0..<10, using: &random) < 7 {
                orders.append(
                    Fixture.order(
                        "S\(site)", product.id.rawValue, pick([1, largest], orBetween: 1...largest),
                        Bool.random(using: &random) ? .case : .each, tolerance: pick([0, largest], orBetween: 0...largest)))
            }
        }
        return (Fixture.Window(suppliers: suppliers, products: products, orders: orders), random.next())
    }

    @Test(arguments: CaseRoundingRule.allCases)
    func consolidatingAndReceivingAnyWindowWithinTheBoundsLosesNothing(rule: CaseRoundingRule) async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...Int.max)) { seed in
            let (window, receiptsSeed) = Self.extremeWindow(seed: UInt64(seed))
            guard
                let bought = try? Consolidation.compute(
                    suppliers: window.suppliers, products: window.products, orders: window.orders, rule: rule)
            else {
                Issue.record("a window within the bounds was refused (seed \(seed))")
                return
            }
            var random = SeededGenerator(seed: receiptsSeed)
            let receipts = bought.purchases.flatMap(\.lines).filter { _ in Bool.random(using: &random) }.map {
                Receipt(
                    product: $0.product.id, receivedEaches: Int.random(in: 0...$0.boughtEaches, using: &random),
                    reason: Receipt.Reason.allCases.randomElement(using: &random)!)
            }
            guard
                let received = try? Consolidation.compute(
                    suppliers: window.suppliers, products: window.products, orders: window.orders, rule: rule, receipts: receipts)
            else {
                Issue.record("receiving within what was bought was refused (seed \(seed))")
                return
            }
            Self.expectNothingLost(received, receipts: receipts)
        }
    }

    /// Every line within its bounds, but so many of them at the largest packs and prices that the
    /// week's totals would pass Int's end: refused with `weekTooLarge`, never a trap.
    @Test func aWeekPastEveryTotalIsRefusedNotTrapped() {
        let product = Fixture.product(
            1, eachesPerCase: Pack.largestCount, casePrice: Product.largestPrice.cents,
            eachPrice: Product.largestPrice.cents)
        let orders = (1...2000).map {
            Fixture.order("S\($0)", 1, SiteOrderLine.largestQuantity, .case, tolerance: SiteOrderLine.largestQuantity)
        }
        #expect(throws: ConsolidationError.weekTooLarge(limit: WeekSize.largestTotal)) {
            try Consolidation.compute(
                suppliers: [Fixture.supplier(1, fee: Supplier.largestAmount.cents)], products: [product], orders: orders,
                rule: .fill)
        }
        // The same week, ordered by fewer sites, is within the bounds and consolidates.
        #expect(throws: Never.self) {
            try Consolidation.compute(
                suppliers: [Fixture.supplier(1, fee: Supplier.largestAmount.cents)], products: [product],
                orders: Array(orders.prefix(6)), rule: .fill)
        }
    }

    /// Every each bought is allocated or counted missing, every line's cost is split to the cent,
    /// every fee is shared whole, and the invoices plus the hub are what the suppliers bill.
    static func expectNothingLost(_ result: Consolidation, receipts: [Receipt]) {
        var suppliersBill = Money.zero, hubNet = Money.zero
        for purchase in result.purchases {
            for line in purchase.lines {
                #expect(line.allocations.map(\.purchasedEaches).reduce(0, +) == line.boughtEaches)
                let missing = receipts.last { $0.product == line.product.id }.map { line.boughtEaches - $0.receivedEaches } ?? 0
                #expect(line.allocations.map(\.shortAtReceiving).reduce(0, +) == missing)
                #expect(line.allocations.map(\.cost).sum() == line.cost)
                #expect(line.allocations.map(\.credit).sum() == line.credit)
                #expect(line.credit <= line.cost)
                for hub in line.allocations where hub.recipient == .hub { hubNet += hub.cost - hub.credit }
            }
            if purchase.goodsTotal > .zero {
                #expect(purchase.feeShares.values.sorted().sum() == purchase.supplier.deliveryFee)
            }
            suppliersBill += purchase.goodsTotal + purchase.deliveryFee - purchase.creditTotal
        }
        #expect(result.invoices.map(\.total).sum() + hubNet == suppliersBill)
    }
}
