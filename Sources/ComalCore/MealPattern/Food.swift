import Foundation

/// A food a menu names and CACFP credits: its component, its crediting facts and its yield.
public struct Food: Hashable, Sendable, Codable, Identifiable {
    /// Lowercase words joined by hyphens (`pinto-beans-canned`), as supplier catalogs' `food` column links to.
    public typealias ID = Tagged<Food, String>

    public var id: ID
    public var name: BilingualText
    /// The components it may credit toward, the usual one first (beans: meat alternate or vegetable).
    public var components: [FoodComponent]
    public var attributes: CreditingAttributes
    /// Nil for foods that credit nothing (oil, spices).
    public var yield: Yield?

    /// Creates a food.
    public init(
        id: ID, name: BilingualText, components: [FoodComponent], attributes: CreditingAttributes = CreditingAttributes(),
        yield: Yield? = nil
    ) {
        self.id = id
        self.name = name
        self.components = components
        self.attributes = attributes
        self.yield = yield
    }

    /// The component it credits toward unless a menu says otherwise.
    public var component: FoodComponent { components.first ?? .nonCreditable }
}

/// A yield in the USDA Food Buying Guide's form: so many servings of a stated size per purchase unit.
///
/// Purchase need from a yield is rounded up; crediting from it is rounded down by the rules.
public struct Yield: Hashable, Sendable, Codable {
    /// The unit the food is bought in (`LB`, `#10 CN`, `EA`).
    public var purchaseUnit: MeasureUnit
    /// The serving the Food Buying Guide counts, in the component's measure (`1/4 cup`, `1 oz`, `1 oz_eq`).
    public var servingSize: Serving
    public var servingsPerPurchaseUnit: Decimal
    /// Where the figure came from (`FBG 2013 §2`, `estimate from the label`).
    public var source: String
    /// Whether the figure is an estimate rather than a published yield.
    public var isEstimate: Bool

    /// Creates a yield.
    public init(
        purchaseUnit: MeasureUnit, servingSize: Serving, servingsPerPurchaseUnit: Decimal, source: String,
        isEstimate: Bool
    ) {
        self.purchaseUnit = purchaseUnit
        self.servingSize = servingSize
        self.servingsPerPurchaseUnit = servingsPerPurchaseUnit
        self.source = source
        self.isEstimate = isEstimate
    }

    /// How much `quantity` of the food as purchased gives, in the serving's unit (2 lb of cheese → 32 oz);
    /// nil when the quantity cannot be turned into purchase units.
    public func edibleAmount(of quantity: Quantity) -> Serving? {
        guard let purchased = quantity.converted(to: purchaseUnit) else { return nil }
        return Serving(purchased.amount * servingsPerPurchaseUnit * servingSize.amount, servingSize.unit)
    }

    /// Purchase units to buy for `servings` servings, rounded up to a whole hundredth the way the Food
    /// Buying Guide rounds purchase need (never down).
    public func purchaseUnits(forServings servings: Decimal) -> Decimal {
        (servings / servingsPerPurchaseUnit).rounded(scale: 2, .up)
    }
}
