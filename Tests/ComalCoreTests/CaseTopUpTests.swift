import ComalCore
import Testing

@Suite("What fills the last case, and a line's list-price estimate")
struct CaseTopUpTests {
    @Test(
        "Eaches to fill are what the last case lacks after the sites' tolerance",
        arguments: [
            // (orders as (eaches, tolerance), eaches to fill) for a case of 6, worked by hand
            ([(4, 0)], 2),
            ([(4, 2)], 0),  // tolerance fills it
            ([(3, 0), (2, 0)], 1),
            ([(3, 1), (2, 0)], 0),
            ([(6, 0)], 0),  // whole cases
            ([(7, 1)], 4),  // 1 over a case; tolerance 1 of the 5 missing
            ([(12, 3)], 0),
        ])
    func eachesToFill(orders: [(Int, Int)], expected: Int) {
        let product = Fixture.product(1, casePrice: 3000)
        let lines = orders.enumerated().map { Fixture.order("S\($0.offset)", 1, $0.element.0, tolerance: $0.element.1) }
        let topUps = CaseTopUp.compute(products: [product], orders: lines, rule: .fill)
        #expect(topUps.map(\.eachesToFill) == [expected])
        #expect(topUps.map(\.remainder) == [expected == 0 ? nil : .notBought])
        #expect(topUps.first?.orderedEaches == orders.map(\.0).reduce(0, +))
    }

    @Test("Cases count in eaches, and products nobody ordered are left out, in catalog order")
    func casesAndOrder() {
        let products = [Fixture.product(2, casePrice: 100), Fixture.product(1, casePrice: 100), Fixture.product(3, casePrice: 1)]
        let lines = [Fixture.order("A", 1, 1, .case), Fixture.order("B", 2, 5)]
        let topUps = CaseTopUp.compute(products: products, orders: lines, rule: .fill)
        #expect(topUps.map(\.product.id.rawValue) == [2, 1])
        #expect(topUps.map(\.eachesToFill) == [1, 0])
    }

    @Test(
        "A part case is bought as eaches where the supplier splits cases, goes to the hub under 'up', and is dropped under 'fill'"
    )
    func whatBecomesOfThePartCase() {
        let wholeCasesOnly = Fixture.product(1, casePrice: 3000)
        let splits = Fixture.product(2, casePrice: 3000, eachPrice: 550)
        let lines = [Fixture.order("A", 1, 4), Fixture.order("A", 2, 4)]
        let filling = CaseTopUp.compute(products: [wholeCasesOnly, splits], orders: lines, rule: .fill)
        #expect(filling.map(\.remainder) == [.notBought, .boughtAsEaches])
        #expect(filling.map(\.eachesToFill) == [2, 2])
        let roundingUp = CaseTopUp.compute(products: [wholeCasesOnly, splits], orders: lines, rule: .up)
        #expect(roundingUp.map(\.remainder) == [.restToHub, .boughtAsEaches])
        // What the board says must be what consolidation does.
        for (product, line) in zip([wholeCasesOnly, splits], lines) {
            for rule in [CaseRoundingRule.fill, .up] {
                let purchase = rule.purchase(
                    orderedEaches: 4, tolerance: 0, eachesPerCase: 6, splitsCases: product.splitsCases)
                let said = CaseTopUp.compute(products: [product], orders: [line], rule: rule)
                switch said.first?.remainder {
                case .notBought: #expect(purchase == CasePurchase(cases: 0, splitEaches: 0))
                case .boughtAsEaches: #expect(purchase == CasePurchase(cases: 0, splitEaches: 4))
                case .restToHub: #expect(purchase == CasePurchase(cases: 1, splitEaches: 0))
                case nil: Issue.record("a part case of 4 in 6 has a remainder")
                }
            }
        }
    }

    @Test(
        "A line's estimate: cases at the case price, eaches at the each price or a share of the case rounded half up",
        arguments: [
            (SiteOrderLine.Unit.case, 2, nil as Int?, 6000),  // 2 × $30.00
            (.each, 3, 495, 1485),  // 3 × $4.95
            (.each, 1, nil, 500),  // $30.00 / 6
        ])
    func estimate(unit: SiteOrderLine.Unit, quantity: Int, eachPrice: Int?, cents: Int) {
        let product = Fixture.product(1, casePrice: 3000, eachPrice: eachPrice)
        #expect(Fixture.order("A", 1, quantity, unit).estimatedCost(of: product) == Money(cents: cents))
    }

    @Test("Half a cent rounds up, less rounds down")
    func rounding() {
        // $10.01 / 6 = 166.83… cents → 167; 2 eaches = 333.66… → 334; $10.03 × 3 / 6 = 501.5 → 502
        let product = Fixture.product(1, casePrice: 1001)
        #expect(Fixture.order("A", 1, 1).estimatedCost(of: product) == Money(cents: 167))
        #expect(Fixture.order("A", 1, 2).estimatedCost(of: product) == Money(cents: 334))
        #expect(Fixture.order("A", 1, 3).estimatedCost(of: Fixture.product(1, casePrice: 1003)) == Money(cents: 502))
    }
}
