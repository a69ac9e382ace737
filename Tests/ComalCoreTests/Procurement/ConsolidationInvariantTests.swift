import ComalCore
import ComalTestSupport
import Testing

/// Properties that must hold for any window, checked on generated ones (12 sites × 20 products) whose
/// numbers nobody computed by hand: what is allocated is what is bought, parts add up to the cent, and
/// the order of the inputs changes nothing.
@Suite("Consolidation: determinism and invariants")
struct ConsolidationInvariantTests {
    static let seeds: [UInt64] = [1, 7, 42, 2026, 0xC0FFEE]

    /// The window of `seed`, with receipts for about a third of what was bought (some short, some in full).
    static func consolidate(seed: UInt64, rule: CaseRoundingRule) throws -> (Fixture.Window, [Receipt], Consolidation) {
        let window = Fixture.generatedWindow(seed: seed)
        let unreceived = try Consolidation.compute(
            suppliers: window.suppliers, products: window.products,
            orders: window.orders, rule: rule)
        var random = SeededGenerator(seed: seed ^ 0x5EED)
        var receipts: [Receipt] = []
        for line in unreceived.purchases.flatMap(\.lines) where Int.random(in: 0..<3, using: &random) == 0 {
            receipts.append(
                Receipt(
                    product: line.product.id,
                    receivedEaches: Int.random(in: 0...line.boughtEaches, using: &random),
                    reason: Receipt.Reason.allCases.randomElement(using: &random)!))
        }
        let result = try Consolidation.compute(
            suppliers: window.suppliers, products: window.products,
            orders: window.orders, rule: rule, receipts: receipts)
        return (window, receipts, result)
    }

    @Test("shuffling orders, products and receipts gives the identical consolidation", arguments: seeds)
    func determinism(seed: UInt64) throws {
        for rule in CaseRoundingRule.allCases {
            let (window, receipts, expected) = try Self.consolidate(seed: seed, rule: rule)
            var random = SeededGenerator(seed: seed &+ 99)
            for _ in 0..<5 {
                let shuffled = try Consolidation.compute(
                    suppliers: window.suppliers.shuffled(using: &random),
                    products: window.products.shuffled(using: &random),
                    orders: window.orders.shuffled(using: &random), rule: rule,
                    receipts: receipts.shuffled(using: &random))
                #expect(shuffled == expected)
                #expect(shuffled.hashValue == expected.hashValue)
            }
        }
    }

    @Test("the worked example does not depend on the order of its lines either")
    func determinismSmall() throws {
        let expected = try Fixture.Tomatoes.consolidate()
        let reversed = try Consolidation.compute(
            suppliers: [Fixture.Tomatoes.supplier],
            products: [Fixture.Tomatoes.product],
            orders: Fixture.Tomatoes.orders.reversed(), rule: .fill)
        #expect(reversed == expected)
    }

    @Test("every each and every cent is accounted for", arguments: seeds)
    func invariants(seed: UInt64) throws {
        for rule in CaseRoundingRule.allCases {
            let (window, receipts, result) = try Self.consolidate(seed: seed, rule: rule)
            #expect(result.purchases.flatMap(\.lines).count > 10, "the generator should order most products")
            #expect(receipts.isEmpty == false)
            check(result, window: window, receipts: receipts, rule: rule)
        }
    }

    private func check(_ result: Consolidation, window: Fixture.Window, receipts: [Receipt], rule: CaseRoundingRule) {
        let productsByID = Dictionary(uniqueKeysWithValues: window.products.map { ($0.id, $0) })
        // What each site ordered and tolerates, per product, counted here independently of the core.
        var ordered: [Product.ID: [Site.ID: Int]] = [:], tolerance: [Product.ID: [Site.ID: Int]] = [:]
        for line in window.orders {
            let pack = productsByID[line.product]!.pack.eachesPerCase
            ordered[line.product, default: [:]][line.site, default: 0] +=
                line.unit == .case ? line.quantity * pack : line.quantity
            tolerance[line.product, default: [:]][line.site, default: 0] += line.tolerance
        }
        #expect(Set(result.purchases.flatMap(\.lines).map(\.product.id)) == Set(ordered.keys))

        var grandSupplierSide = Money.zero, hubNet = Money.zero
        for purchase in result.purchases {
            for line in purchase.lines {
                let product = line.product, pack = product.pack.eachesPerCase
                let mine = ordered[product.id]!, tolerated = tolerance[product.id]!
                let q = mine.values.reduce(0, +), t = tolerated.values.reduce(0, +)
                #expect(line.orderedEaches == q)
                #expect(line.tolerance == t)
                #expect(product.supplier == purchase.supplier.id)

                // Cases: the rule's purchase, unless the line fell below the supplier's minimum.
                let rounded = rule.purchase(orderedEaches: q, tolerance: t, eachesPerCase: pack, splitsCases: product.splitsCases)
                if rounded.eaches(eachesPerCase: pack) < product.minimumCases * pack, q > 0 {
                    #expect(
                        line.dropped == .belowMinimumCases(minimum: product.minimumCases, eachesOrdered: q, eachesPerCase: pack))
                    #expect(line.purchase == CasePurchase(cases: 0, splitEaches: 0))
                } else {
                    #expect(line.dropped == nil)
                    #expect(line.purchase == rounded)
                }
                let bought = line.boughtEaches
                let price = product.casePrice(forCases: line.purchase.cases)
                #expect(line.casePrice == price)
                #expect(line.cost == price * line.purchase.cases + (product.eachPrice ?? .zero) * line.purchase.splitEaches)

                // Eaches: allocations (plus what receiving took away) are exactly what was bought.
                let sites = line.allocations.compactMap { if case .site(let id) = $0.recipient { id } else { nil } }
                #expect(sites == mine.keys.sorted())
                #expect(line.allocations.map(\.recipient) == line.allocations.map(\.recipient).sorted())
                #expect(line.allocations.map(\.purchasedEaches).reduce(0, +) == bought)
                for allocation in line.allocations {
                    guard case .site(let site) = allocation.recipient else {
                        #expect(rule == .up)
                        #expect(allocation.orderedEaches == 0)
                        continue
                    }
                    #expect(allocation.orderedEaches == mine[site]!)
                    #expect(
                        allocation.purchasedEaches == allocation.orderedEaches - allocation.shortAtPurchase
                            + allocation.fromTolerance)
                    #expect(allocation.shortAtPurchase >= 0 && allocation.shortAtPurchase <= allocation.orderedEaches)
                    #expect(allocation.fromTolerance >= 0 && allocation.fromTolerance <= tolerated[site]!)
                    #expect(allocation.shortAtPurchase == 0 || allocation.fromTolerance == 0)
                    if rule == .up { #expect(allocation.fromTolerance == 0) }
                }

                // Cents: the parts of the cost add up to it.
                #expect(line.allocations.map(\.cost).sum() == line.cost)
                #expect(line.allocations.allSatisfy { $0.cost >= .zero && $0.credit >= .zero })

                // Receiving: the loss is what did not arrive, the hub's first, credited half up.
                let receipt = receipts.last { $0.product == product.id }
                #expect(line.receipt == receipt)
                let missing = receipt.map { bought - $0.receivedEaches } ?? 0
                #expect(line.allocations.map(\.shortAtReceiving).reduce(0, +) == missing)
                #expect(line.allocations.map(\.allocatedEaches).reduce(0, +) == bought - missing)
                let hubBought = line.allocations.first { $0.recipient == .hub }?.purchasedEaches ?? 0
                #expect((line.allocations.first { $0.recipient == .hub }?.shortAtReceiving ?? 0) == min(hubBought, missing))
                if missing > 0 {
                    // Half up: the cents of cost × M / B, plus one when the remainder is at least half of B.
                    let (whole, rest) = (line.cost.cents * missing).quotientAndRemainder(dividingBy: bought)
                    #expect(line.credit == Money(cents: whole + (2 * rest >= bought ? 1 : 0)))
                } else {
                    #expect(line.credit == .zero)
                }
                if let receipt, missing == 0, receipt.reason == .substituted {
                    #expect(line.allocations.allSatisfy { $0.reasons.last == .substituted })
                }
                for allocation in line.allocations where allocation.recipient == .hub {
                    hubNet += allocation.cost - allocation.credit
                }
            }
            // The fee: the whole of it, split to the cent, when anything was bought; nothing otherwise.
            if purchase.goodsTotal > .zero {
                #expect(purchase.deliveryFee == purchase.supplier.deliveryFee)
                #expect(purchase.feeShares.values.sorted().sum() == purchase.supplier.deliveryFee)
            } else {
                #expect(purchase.deliveryFee == .zero)
                #expect(purchase.feeShares.values.allSatisfy { $0 == .zero })
            }
            grandSupplierSide += purchase.goodsTotal + purchase.deliveryFee - purchase.creditTotal
        }

        // Invoices: one per site that ordered; each adds up; all of them plus the hub are what suppliers bill.
        #expect(result.invoices.map(\.site) == Set(window.orders.map(\.site)).sorted())
        for invoice in result.invoices {
            #expect(invoice.total == invoice.goodsTotal + invoice.feeTotal - invoice.creditTotal)
            #expect(invoice.savings == invoice.standaloneCost - invoice.goodsTotal - invoice.feeTotal)
            let fees = result.purchases.compactMap { $0.feeShares[invoice.site] }.sorted().sum()
            #expect(invoice.feeTotal == fees)
            // Alone: the eaches it got from the purchase (allocated, plus any lost at delivery) of every line,
            // and each supplier's whole fee once for every supplier it got something from.
            var alone = Money.zero
            for purchase in result.purchases {
                var ordersFromSupplier = false
                for line in purchase.lines {
                    guard let mine = line.allocations.first(where: { $0.recipient == .site(invoice.site) }),
                        mine.allocatedEaches + mine.shortAtReceiving > 0
                    else { continue }
                    alone += StandaloneCost.goods(eaches: mine.allocatedEaches + mine.shortAtReceiving, of: line.product)
                    ordersFromSupplier = true
                }
                if ordersFromSupplier { alone += purchase.supplier.deliveryFee }
            }
            #expect(invoice.standaloneCost == alone, "\(invoice.site)")
        }
        #expect(result.invoices.map(\.total).sum() + hubNet == grandSupplierSide)
    }
}
