import Foundation

/// A cycle menu: weeks of days of meals, each item a food or a recipe served in a stated amount to each
/// age group, for one kind of program.
public struct Menu: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Tagged<Menu, String>

    public var id: ID
    public var name: BilingualText
    public var setting: CareSetting
    /// The age groups the menu serves, each checked on its own.
    public var ageGroups: [MealPatternAgeGroup]
    public var recipes: [Recipe]
    public var weeks: [MenuWeek]

    /// Creates a menu.
    public init(
        id: ID, name: BilingualText, setting: CareSetting, ageGroups: [MealPatternAgeGroup], recipes: [Recipe],
        weeks: [MenuWeek]
    ) {
        self.id = id
        self.name = name
        self.setting = setting
        self.ageGroups = ageGroups
        self.recipes = recipes
        self.weeks = weeks
    }
}

/// One week of a cycle menu; the week rules apply to it.
public struct MenuWeek: Hashable, Sendable, Codable {
    public var number: Int
    public var days: [MenuDay]

    public init(number: Int, days: [MenuDay]) {
        self.number = number
        self.days = days
    }
}

/// One day of a menu week (`Mon`).
public struct MenuDay: Hashable, Sendable, Codable {
    public var label: String
    public var meals: [MenuMeal]

    public init(label: String, meals: [MenuMeal]) {
        self.label = label
        self.meals = meals
    }
}

/// One eating occasion on a menu day.
public struct MenuMeal: Hashable, Sendable, Codable {
    public var type: MealType
    public var items: [MenuItem]

    public init(type: MealType, items: [MenuItem]) {
        self.type = type
        self.items = items
    }
}

/// A line of a menu: a food or a recipe, how much of it each age group gets, and facts particular to
/// this serving.
public struct MenuItem: Hashable, Sendable, Codable {
    /// What is served.
    public enum Dish: Hashable, Sendable, Codable {
        case food(Food.ID)
        case recipe(Recipe.ID)
    }

    public var dish: Dish
    /// The amount per age group, in age-group order; an age group not listed is not served this item.
    public var servings: [AgeGroupServing]
    /// The component a food that may credit toward more than one counts toward here.
    public var creditAs: FoodComponent?
    /// Facts that hold for this serving only, laid over the food's.
    public var attributes: CreditingAttributes

    /// The amount one age group is served.
    public struct AgeGroupServing: Hashable, Sendable, Codable {
        public var ageGroup: MealPatternAgeGroup
        public var serving: Serving

        public init(ageGroup: MealPatternAgeGroup, serving: Serving) {
            self.ageGroup = ageGroup
            self.serving = serving
        }
    }

    public init(
        dish: Dish, servings: [AgeGroupServing], creditAs: FoodComponent? = nil,
        attributes: CreditingAttributes = CreditingAttributes()
    ) {
        self.dish = dish
        self.servings = servings
        self.creditAs = creditAs
        self.attributes = attributes
    }

    /// The amount `ageGroup` is served, or nil when it is not served this item.
    public func serving(for ageGroup: MealPatternAgeGroup) -> Serving? {
        servings.first { $0.ageGroup == ageGroup }?.serving
    }
}
