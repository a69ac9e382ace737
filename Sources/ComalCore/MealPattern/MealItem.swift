/// One food as served to one age group at one meal: what the checker credits.
public struct MealItem: Hashable, Sendable, Codable {
    /// The name the cook reads in findings (`Green chile chicken posole`).
    public var name: String
    /// The name in Spanish, when the menu gives one; Spanish findings fall back to `name`.
    public var nameInSpanish: String?
    public var component: FoodComponent
    public var serving: Serving
    public var attributes: CreditingAttributes

    /// Creates an item.
    public init(
        name: String, component: FoodComponent, serving: Serving,
        attributes: CreditingAttributes = CreditingAttributes(), nameInSpanish: String? = nil
    ) {
        self.name = name
        self.nameInSpanish = nameInSpanish
        self.component = component
        self.serving = serving
        self.attributes = attributes
    }

    /// The name a Spanish finding uses.
    var spanishName: String { nameInSpanish ?? name }

    /// Whether the item is 100% juice, which credits as a fruit or vegetable once a day only.
    var isJuice: Bool { attributes.juice == true }

    /// Whether the item is beans, peas or lentils, which credit as a vegetable or a meat alternate.
    var isBeansPeasLentils: Bool { attributes.vegetableKind == VegetableKind.beansPeasLentils }
}

/// The vegetable kinds the rules single out.
public enum VegetableKind {
    /// Beans, peas and lentils: creditable as a vegetable or as a meat alternate, not both.
    public static let beansPeasLentils = "beans_peas_lentils"
}

/// One eating occasion on one day, as served to one age group.
public struct Meal: Hashable, Sendable, Codable {
    /// The day as the menu names it (`Mon`, `Week 2 Tue`); meals with one label are one day.
    public var day: String
    public var type: MealType
    public var items: [MealItem]

    /// Creates a meal.
    public init(day: String, type: MealType, items: [MealItem]) {
        self.day = day
        self.type = type
        self.items = items
    }
}
