import ComalCore

/// The names of a satellite's kitchen forms' fields, written by the page and read by the controller:
/// one place, so that the two always agree.
enum KitchenFormFields {
    /// What arrived of one container of the ticket.
    static func received(_ meal: MealType, _ group: MealPatternAgeGroup, _ dish: MenuItem.Dish) -> String {
        "received-\(meal.rawValue)-\(group.rawValue)-\(dish.id)"
    }

    /// How many of an age group ate a meal.
    static func served(_ meal: MealType, _ group: MealPatternAgeGroup) -> String { "served-\(meal.rawValue)-\(group.rawValue)" }

    /// How many of an age group the site expects at a meal.
    static func count(_ meal: MealType, _ group: MealPatternAgeGroup) -> String { "count-\(meal.rawValue)-\(group.rawValue)" }
}
