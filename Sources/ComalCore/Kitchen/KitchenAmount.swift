import Foundation

/// An amount as the kitchen measures it out: cups, pounds or pieces where the serving allows, else
/// the purchase unit through the food's yield, else the menu's own unit (ounce equivalents).
public struct KitchenAmount: Hashable, Sendable, Codable {
    public var value: Decimal
    /// A `MeasureUnit` raw value (`CUP`, `LB`, `EA`, `#10 CN`) or a `ServingUnit` one (`oz_eq`).
    public var unit: String

    public init(value: Decimal, unit: String) {
        self.value = value
        self.unit = unit
    }

    /// `count` servings of `serving` of a food (nil for a recipe), rounded up as a cook measures:
    /// pieces whole, the rest to the hundredth.
    static func of(_ serving: Serving, count: Int, food: Food?) -> KitchenAmount {
        if let kitchen = ProductionRecord.kitchenTotal([(serving, count)]) {
            return KitchenAmount(value: kitchen.amount, unit: kitchen.unit.rawValue)
        }
        if let food, let yield = food.yield, let each = PurchaseMeasure.purchaseAmount(of: serving, food: food) {
            let purchased = PurchaseMeasure.roundedUp(Quantity(each * Decimal(count), yield.purchaseUnit))
            return KitchenAmount(value: purchased.amount, unit: purchased.unit.rawValue)
        }
        return KitchenAmount(value: (serving.amount * Decimal(count)).rounded(scale: 2, .up), unit: serving.unit.rawValue)
    }

    /// The amount as a cook reads it: `10.5 CUP`, `3 #10 CN`, `18 oz_eq`.
    public var text: String { "\(value) \(unit)" }

    /// The amount in `language`, with the unit a cook writes.
    public func text(in language: Language) -> String {
        if let measure = MeasureUnit(rawValue: unit) { return Quantity(value, measure).text(in: language) }
        if let serving = ServingUnit(rawValue: unit) { return Serving(value, serving).text(in: language) }
        return text
    }
}

extension [KitchenAmount] {
    /// `amount` added to the entry of its unit, or appended: amounts of different units are kept apart.
    mutating func add(_ amount: KitchenAmount) {
        if let at = firstIndex(where: { $0.unit == amount.unit }) {
            self[at].value += amount.value
        } else {
            append(amount)
        }
    }
}
