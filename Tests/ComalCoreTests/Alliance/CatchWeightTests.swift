import ComalCore
import Foundation
import Testing

@Suite("Catch-weight case prices")
struct CatchWeightTests {
    @Test(arguments: [
        (349, "20.5", 7155),  // $71.545 rounds half up
        (419, "20.5", 8590),  // $85.895
        (289, "40", 11560),
        (1, "0.4", 0),  // under a cent: no price
        (10_000_000, "2", 0),  // more than a case may cost
    ])
    func priceIsPerPoundTimesWeightRoundedHalfUp(perPound: Int, pounds: String, cents: Int) {
        let price = CatchWeight.casePrice(perPound: Money(cents: perPound), caseWeight: Quantity(Decimal(string: pounds)!, .pound))
        #expect(price == (cents == 0 ? nil : Money(cents: cents)))
    }

    @Test func aWeightNotInPoundsOrOutOfBoundsHasNoPrice() {
        #expect(CatchWeight.casePrice(perPound: Money(cents: 100), caseWeight: Quantity(10, .kilogram)) == nil)
        #expect(CatchWeight.casePrice(perPound: Money(cents: 100), caseWeight: Quantity(0, .pound)) == nil)
        #expect(CatchWeight.casePrice(perPound: Money(cents: 100), caseWeight: Quantity(2001, .pound)) == nil)
    }
}
