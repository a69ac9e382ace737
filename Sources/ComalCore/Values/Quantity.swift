import Foundation

/// An amount with its unit, so that no number of pounds is ever mistaken for a number of cases.
public struct Quantity: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The amount, exact.
    public var amount: Decimal
    /// The unit the amount is in.
    public var unit: MeasureUnit

    /// Creates a quantity.
    public init(_ amount: Decimal, _ unit: MeasureUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// This quantity in another unit of the same dimension, or nil when the dimensions differ or the
    /// unit is a container (a can converts only through a food's yield).
    public func converted(to target: MeasureUnit) -> Quantity? {
        guard unit == target else {
            guard unit.dimension == target.dimension, let from = unit.baseAmount, let to = target.baseAmount
            else { return nil }
            return Quantity(amount * from / to, target)
        }
        return self
    }

    /// `5 LB`, `2.5 GAL`, `1 #10 CN`.
    public var description: String { "\(amount) \(unit.rawValue)" }

    /// This quantity times a whole count, exactly.
    public static func * (lhs: Quantity, rhs: Int) -> Quantity { Quantity(lhs.amount * Decimal(rhs), lhs.unit) }
}
