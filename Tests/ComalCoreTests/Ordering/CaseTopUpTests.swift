import ComalCore
import Testing

@Suite("What fills the last case, and a line's list-price estimate")
struct CaseTopUpTests {
    @Test(
        "Eaches to fill are what the last case lacks after the sites' tolerance",
        arguments: [
            // (orders as (eaches, tolerance), eaches to fill) for a whole-case product of 6, worked by hand
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
        // 4 of 6: a supplier that splits sells the 4 singly and never uses the tolerance of 2.
        let lines = [Fixture.order("A", 1, 4, tolerance: 1), Fixture.order("A", 2, 4, tolerance: 2)]
        let filling = CaseTopUp.compute(products: [wholeCasesOnly, splits], orders: lines, rule: .fill)
        #expect(filling.map(\.remainder) == [.notBought, .boughtAsEaches])
        #expect(filling.map(\.eachesToFill) == [1, 2])
        let roundingUp = CaseTopUp.compute(products: [wholeCasesOnly, splits], orders: lines, rule: .up)
        #expect(roundingUp.map(\.remainder) == [.restToHub, .boughtAsEaches])
        #expect(roundingUp.map(\.eachesToFill) == [2, 2])
    }

    @Test("Totals by product and unit give the top-ups of their lines, cases counted in eaches")
    func totalsGiveTheTopUpsOfTheirLines() throws {
        let products = [
            Fixture.product(1, casePrice: 3000), Fixture.product(2, casePrice: 3000, eachPrice: 550, minimumCases: 2),
            Fixture.product(3, eachesPerCase: 4, casePrice: 1800),
        ]
        let lines = [
            Fixture.order("A", 1, 4, tolerance: 1), Fixture.order("B", 1, 1, .case, tolerance: 1),
            Fixture.order("A", 2, 5), Fixture.order("C", 3, 2, .case), Fixture.order("B", 3, 3, tolerance: 2),
        ]
        // By hand: product 1 is 4 + 6 eaches with 2 tolerance; 3 is 8 + 3 with 2.
        let totals = [
            OrderTotal(product: Product.ID(1), unit: .each, quantity: 4, tolerance: 1),
            OrderTotal(product: Product.ID(1), unit: .case, quantity: 1, tolerance: 1),
            OrderTotal(product: Product.ID(2), unit: .each, quantity: 5, tolerance: 0),
            OrderTotal(product: Product.ID(3), unit: .case, quantity: 2, tolerance: 0),
            OrderTotal(product: Product.ID(3), unit: .each, quantity: 3, tolerance: 2),
            // A product no longer offered is left out, as its lines are.
            OrderTotal(product: Product.ID(9), unit: .each, quantity: 1, tolerance: 0),
        ]
        for rule in [CaseRoundingRule.fill, .up] {
            let fromTotals = try CaseTopUp.compute(products: products, totals: totals, rule: rule)
            #expect(fromTotals == CaseTopUp.compute(products: products, orders: lines, rule: rule))
            #expect(fromTotals.map(\.orderedEaches) == [10, 5, 11])
            #expect(fromTotals.map(\.tolerance) == [2, 0, 2])
            #expect(fromTotals[1].remainder == .belowMinimum)
        }
    }

    @Test("Totals whose eaches pass Int's end are refused, not trapped")
    func totalsPastIntsEnd() {
        let product = Fixture.product(1, casePrice: 3000)
        let tooManyCases = [OrderTotal(product: Product.ID(1), unit: .case, quantity: Int.max / 2, tolerance: 0)]
        let tooManyEaches = [
            OrderTotal(product: Product.ID(1), unit: .each, quantity: Int.max, tolerance: 0),
            OrderTotal(product: Product.ID(1), unit: .case, quantity: 1, tolerance: 0),
        ]
        let tooMuchTolerance = [
            OrderTotal(product: Product.ID(1), unit: .each, quantity: 1, tolerance: Int.max),
            OrderTotal(product: Product.ID(1), unit: .case, quantity: 1, tolerance: 1),
        ]
        for totals in [tooManyCases, tooManyEaches, tooMuchTolerance] {
            #expect(throws: ConsolidationError.weekTooLarge(limit: WeekSize.largestTotal)) {
                try CaseTopUp.compute(products: [product], totals: totals, rule: .fill)
            }
        }
    }

    /// What consolidation did with one product, told the board's way.
    static func consolidated(_ product: Product, ordered: Int, tolerance: Int, rule: CaseRoundingRule) throws
        -> CaseTopUp.Remainder?
    {
        let result = try Consolidation.compute(
            suppliers: [Fixture.supplier(1)], products: [product],
            orders: [Fixture.order("A", product.id.rawValue, ordered, tolerance: tolerance)], rule: rule)
        let line = try #require(result.purchases.first?.lines.first)
        if line.dropped != nil { return .belowMinimum }
        if line.purchase.splitEaches > 0 { return .boughtAsEaches }
        if line.allocations.contains(where: { $0.shortAtPurchase > 0 }) { return .notBought }
        if line.allocations.contains(where: { $0.recipient == .hub && $0.allocatedEaches > 0 }) { return .restToHub }
        return nil
    }

    /// Over every rule, splitting, minimum, order and tolerance in range: the board says what a real
    /// consolidation then does, and ordering the eaches it asks for clears the remainder (a minimum is
    /// reached with no fewer).
    @Test(arguments: [CaseRoundingRule.fill, .up], [nil, 550] as [Int?])
    func theBoardSaysWhatConsolidationDoes(rule: CaseRoundingRule, eachPrice: Int?) throws {
        for minimum in [0, 2] {
            let product = Fixture.product(1, casePrice: 3000, eachPrice: eachPrice, minimumCases: minimum)
            for ordered in 1...14 {
                for tolerance in 0...4 {
                    let said = CaseTopUp.compute(
                        products: [product], orders: [Fixture.order("A", 1, ordered, tolerance: tolerance)], rule: rule)[0]
                    let context = "ordered \(ordered), tolerance \(tolerance), minimum \(minimum), each price \(eachPrice ?? 0)"
                    let done = try Self.consolidated(product, ordered: ordered, tolerance: tolerance, rule: rule)
                    #expect(said.remainder == done, "\(context)")
                    #expect((said.remainder == nil) == (said.eachesToFill == 0), "\(context)")
                    guard let remainder = said.remainder else { continue }
                    let topped = try Self.consolidated(
                        product, ordered: ordered + said.eachesToFill, tolerance: tolerance, rule: rule)
                    if remainder == .belowMinimum {
                        #expect(topped != .belowMinimum, "\(context)")
                        let fewer = try Self.consolidated(
                            product, ordered: ordered + said.eachesToFill - 1, tolerance: tolerance, rule: rule)
                        #expect(said.eachesToFill == 1 || fewer == .belowMinimum, "\(context)")
                    } else {
                        #expect(topped == nil, "\(context)")
                    }
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
