import ComalCore

/// What a cook asks the planner for: a cycle of `weeks` weeks of the days and meals the site serves,
/// for its age groups, costed for its enrollment, with the cook's wishes.
public struct MenuPlanRequest: Sendable {
    /// One day of each week and the meals served on it, as the site's current menu serves them.
    public struct Day: Hashable, Sendable {
        public var label: String
        public var meals: [MealType]

        public init(label: String, meals: [MealType]) {
            self.label = label
            self.meals = meals
        }
    }

    public var id: Menu.ID
    public var name: BilingualText
    public var setting: CareSetting
    public var ageGroups: [MealPatternAgeGroup]
    /// Who eats every meal, by age group: the purchase is costed for them.
    public var eaters: [MealPatternAgeGroup: Int]
    public var days: [Day]
    public var weeks: Int
    /// Dishes (food or recipe ids) served at least once every week: favourites, New Mexico dishes.
    public var keep: [String]
    /// The fewest days from one serving of a dish to the next (milk aside): 2 keeps a dish off two
    /// days in a row, 1 only off two meals of one day.
    public var spacingDays: Int

    public init(
        id: Menu.ID, name: BilingualText, setting: CareSetting, ageGroups: [MealPatternAgeGroup],
        eaters: [MealPatternAgeGroup: Int], days: [Day], weeks: Int, keep: [String] = [], spacingDays: Int = 2
    ) {
        self.id = id
        self.name = name
        self.setting = setting
        self.ageGroups = ageGroups
        self.eaters = eaters
        self.days = days
        self.weeks = weeks
        self.keep = keep
        self.spacingDays = spacingDays
    }

    /// The largest cycle a plan may have; a season of menus, and a model CBC solves in minutes.
    public static let largestWeeks = 12
    /// The widest spacing a cook may ask for: two weeks of days.
    public static let largestSpacingDays = 10
}
