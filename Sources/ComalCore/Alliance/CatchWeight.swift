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
        guard caseWeight.amount <= largestCaseWeight.amount else { return nil }
        return price(perPound: perPound, weight: caseWeight, largest: Product.largestPrice)
    }

    /// The heaviest delivery of one product receiving takes: a truck's load, and small enough that
    /// pounds × price stays inside Int.
    public static let largestDelivery = Quantity(100_000, .pound)

    /// What `weight` costs at `perPound`, rounded half up to the cent; nil when the weight is not
    /// in pounds, not above zero or past `largestDelivery`, or the price is more than `largest`.
    public static func price(perPound: Money, weight: Quantity, largest: Money) -> Money? {
        guard weight.unit == .pound, weight.amount > 0, weight.amount <= largestDelivery.amount,
            perPound > .zero, perPound <= Product.largestPrice
        else { return nil }
        var exact = Decimal(perPound.cents) * weight.amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        let cents = NSDecimalNumber(decimal: rounded).intValue
        guard cents > 0, cents <= largest.cents else { return nil }
        return Money(cents: cents)
    }
}

/// How a catch-weight product is priced: the supplier's price per pound, and the case weight the
/// case price was worked out from.
public struct CatchWeightTerms: Hashable, Sendable, Codable {
    public var pricePerPound: Money
    public var caseWeight: Quantity

    public init(pricePerPound: Money, caseWeight: Quantity) {
        self.pricePerPound = pricePerPound
        self.caseWeight = caseWeight
    }
}
