import Foundation

/// Catch-weight products: a case of meat or cheese is priced by the pound and weighs what it
/// weighs; the order guide gives the price per pound and a net or average case weight.
public enum CatchWeight {
    /// The heaviest case weight a supplier file may give: a pallet-sized case of anything a child
    /// care kitchen buys weighs far less.
    public static let largestCaseWeight = Quantity(2000, .pound)

    /// The price of one case: the price per pound times the case weight, rounded half up to the
    /// cent. Nil when the weight is not above zero or is heavier than `largestCaseWeight`, when it
    /// is not in pounds, or when the case would cost more than `Product.largestPrice`.
    public static func casePrice(perPound: Money, caseWeight: Quantity) -> Money? {
        guard caseWeight.unit == .pound, caseWeight.amount > 0, caseWeight.amount <= largestCaseWeight.amount,
            perPound > .zero, perPound <= Product.largestPrice
        else { return nil }
        var exact = Decimal(perPound.cents) * caseWeight.amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        let cents = NSDecimalNumber(decimal: rounded).intValue
        guard cents > 0, cents <= Product.largestPrice.cents else { return nil }
        return Money(cents: cents)
    }
}
