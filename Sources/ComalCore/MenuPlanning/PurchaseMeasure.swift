import Foundation

/// Turns amounts as served into amounts as purchased through a food's Food Buying Guide yield, and rounds
/// purchase need up the way the guide says (never down).
public enum PurchaseMeasure {
    /// How much of `food`, in its purchase unit, serving `serving` once takes; nil when the serving's unit
    /// cannot be turned into the yield's (a cup of a food whose yield counts ounces).
    ///
    /// Pieces served of a food bought by the piece convert by count (half a tortilla is half an each,
    /// a large egg one twelfth of a dozen); anything else goes through the yield: servings of the yield's
    /// size in the amount served, divided by the servings per purchase unit.
    public static func purchaseAmount(of serving: Serving, food: Food) -> Decimal? {
        guard let yield = food.yield else { return nil }
        if serving.unit == .each || serving.unit == .largeEgg, yield.purchaseUnit.dimension == .count {
            return Quantity(serving.amount, .each).converted(to: yield.purchaseUnit)?.amount
        }
        guard yield.servingsPerPurchaseUnit > 0, let yieldServings = servings(of: serving, in: yield.servingSize, food: food)
        else { return nil }
        return yieldServings / yield.servingsPerPurchaseUnit
    }

    /// How many servings of `size` the amount `served` is: same unit, both volumes, both weights, or
    /// else both measured toward the food's component (an ounce equivalent against ounces of cheese).
    static func servings(of served: Serving, in size: Serving, food: Food) -> Decimal? {
        guard size.amount > 0 else { return nil }
        if served.unit == size.unit { return served.amount / size.amount }
        if let servedCups = served.cups, let sizeCups = size.cups { return servedCups / sizeCups }
        if let servedGrams = served.grams, let sizeGrams = size.grams { return servedGrams / sizeGrams }
        let component = food.component
        guard component != .nonCreditable,
            let servedMeasure = ItemCredit.measure(item(food, served), toward: component),
            let sizeMeasure = ItemCredit.measure(item(food, size), toward: component), sizeMeasure > 0
        else { return nil }
        return servedMeasure / sizeMeasure
    }

    private static func item(_ food: Food, _ serving: Serving) -> MealItem {
        MealItem(name: food.name.english, component: food.component, serving: serving, attributes: food.attributes)
    }

    /// `quantity` rounded up to what can be bought: whole cans, whole pieces, and weights and volumes to
    /// the hundredth of their unit, as the Food Buying Guide's purchase-unit column is rounded.
    public static func roundedUp(_ quantity: Quantity) -> Quantity {
        switch quantity.unit.dimension {
        case .container:
            return Quantity(quantity.amount.rounded(scale: 0, .up), quantity.unit)
        case .count:
            guard let pieces = quantity.converted(to: .each),
                let whole = Quantity(pieces.amount.rounded(scale: 0, .up), .each).converted(to: quantity.unit)
            else { return quantity }
            return whole
        case .mass, .volume:
            return Quantity(quantity.amount.rounded(scale: 2, .up), quantity.unit)
        }
    }
}

extension Serving {
    /// In grams, when the unit is a weight.
    var grams: Decimal? {
        switch unit {
        case .gram: amount
        case .ounce: amount * Decimal(string: "28.349523125")!
        default: nil
        }
    }
}
