import Foundation

/// What a kitchen cooks on one date: for each satellite, each meal it receives, the count by age
/// group and, per menu item, a bulk container per age group (family style, 8.2.2.18(D) NMAC); and
/// the **batch**, the same items summed over the sites, with what they take as purchased.
public struct KitchenDay: Hashable, Sendable {
    /// One age group's bulk container of one item.
    public struct Container: Hashable, Sendable {
        public var ageGroup: MealPatternAgeGroup
        public var servings: Int
        public var portion: Serving
        public var amount: KitchenAmount
    }

    /// One menu item at one site and meal.
    public struct Item: Hashable, Sendable {
        public var dish: MenuItem.Dish
        public var name: BilingualText
        /// The meal-pattern components the item covers, as the ticket shows them.
        public var components: [FoodComponent]
        public var temperature: ServingTemperature
        public var allergens: [Allergen]
        public var containers: [Container]
        /// The containers summed, one entry per unit (units of different kinds are never added).
        public var amounts: [KitchenAmount]
    }

    /// One meal a satellite receives.
    public struct Meal: Hashable, Sendable {
        public var meal: MealType
        public var serveAt: ClockTime
        public var departure: ClockTime
        public var count: MealCount
        public var items: [Item]
    }

    /// Everything one satellite receives on the day.
    public struct SiteService: Hashable, Sendable {
        public var site: Site
        public var menuName: BilingualText
        /// The week of the menu's cycle the day falls in.
        public var week: Int
        public var meals: [Meal]
        /// Enrolled age groups the site's menu has no servings for: the kitchen sends nothing for them.
        public var notOnMenu: [MealPatternAgeGroup: Int]
    }

    /// One item of one meal, summed over the sites.
    public struct BatchLine: Hashable, Sendable {
        public var meal: MealType
        public var dish: MenuItem.Dish
        public var name: BilingualText
        public var temperature: ServingTemperature
        public var allergens: [Allergen]
        /// The sum of the sites' amounts of this item at this meal in this unit.
        public var amount: KitchenAmount
        /// Servings over all sites and age groups.
        public var servings: Int
        /// How many times to make the recipe, rounded up to the hundredth; nil for a food.
        public var recipeBatches: Decimal?
        /// What the line takes as bought: the food itself, or the recipe's foods, through the yields,
        /// rounded up once (`FoodNeed.toBuy`).
        public var purchase: [FoodNeed]
    }

    /// What the kitchen knows of a food beyond the food table: how its products are stored and which
    /// allergens they declare.
    public struct FoodFacts: Hashable, Sendable {
        public var storage: Product.Storage?
        public var allergens: [Allergen]

        public init(storage: Product.Storage?, allergens: [Allergen]) {
            self.storage = storage
            self.allergens = allergens
        }
    }

    /// A satellite as the day starts: its site, its menu and the week of its cycle, and the counts of
    /// the meals it receives.
    public struct Satellite: Sendable {
        public var site: Site
        public var menu: Menu?
        public var week: Int
        public var counts: [MealType: MealCount]

        public init(site: Site, menu: Menu?, week: Int, counts: [MealType: MealCount]) {
            self.site = site
            self.menu = menu
            self.week = week
            self.counts = counts
        }
    }

    public var date: CalendarDate
    public var kitchen: Kitchen
    public var sites: [SiteService]
    public var batch: [BatchLine]
    public var problems: [KitchenProblem]

    /// The menu day label of `date` (`Mon`), as menus write their days.
    public static func dayLabel(_ date: CalendarDate) -> String {
        ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((date.dayNumber % 7) + 7) % 7]
    }
}

/// Why part of a kitchen day could not be worked out; reported beside what could.
public enum KitchenProblem: Hashable, Sendable {
    case noMenu(Site.ID)
    case noSuchWeek(Site.ID, MenuWeekError)
    case noMeal(Site.ID, day: String, meal: MealType)
    case need(NeedProblem)

    public var message: BilingualText {
        switch self {
        case .noMenu(let site):
            BilingualText(
                english: "\(site) has no menu; assign one with `comal menu assign FILE --site \(site)`",
                spanish: "\(site) no tiene menú; asígnelo con `comal menu assign ARCHIVO --site \(site)`")
        case .noSuchWeek(let site, let error):
            BilingualText(english: "\(site): \(error)", spanish: "\(site): \(error)")
        case .noMeal(let site, let day, let meal):
            BilingualText(
                english: "\(site): its menu has no \(meal.label.english) on \(PrintedMenu.dayName(day).english); nothing is sent",
                spanish: "\(site): su menú no tiene \(meal.label.spanish) el \(PrintedMenu.dayName(day).spanish); no se envía nada")
        case .need(let problem): problem.message
        }
    }
}
