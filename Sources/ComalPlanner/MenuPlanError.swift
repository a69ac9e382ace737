import ComalCore

/// Why no menu could be planned, in words a cook can act on.
public enum MenuPlanError: ExplainedError, Hashable, Sendable {
    case weeks(Int)
    case spacing(Int)
    case noMeals
    case unknownKeptDish(String, known: [String])
    case keptDishNotPriced(String)
    /// Fewer dishes credit a component at a meal than the days it is served, and no dish may come twice a week.
    case tooFewDishes(meal: MealType, components: [FoodComponent], ageGroup: MealPatternAgeGroup, days: Int, dishes: [String])
    /// No choice of the items meets every rule together.
    case infeasible
    case noPlanInTime
    /// The check kept finding what the model did not foresee.
    case findingsRemain([Finding])
    /// A source menu could not be read as a plan.
    case unreadable(BilingualText)

    public var explanation: BilingualText {
        switch self {
        case .weeks(let weeks):
            BilingualText(
                english: "a plan has 1 to \(MenuPlanRequest.largestWeeks) weeks, not \(weeks)",
                spanish: "un plan tiene de 1 a \(MenuPlanRequest.largestWeeks) semanas, no \(weeks)")
        case .spacing(let days):
            BilingualText(
                english: "the spacing between a dish's servings is 1 to \(MenuPlanRequest.largestSpacingDays) days, not \(days)",
                spanish: "el espacio entre las veces que se sirve un platillo es de 1 a \(MenuPlanRequest.largestSpacingDays) días, no \(days)")
        case .noMeals:
            BilingualText(
                english: "the site's menu serves no meals to plan; assign it a menu first (comal menu assign)",
                spanish: "el menú del sitio no sirve comidas que planear; asígnele un menú primero (comal menu assign)")
        case .unknownKeptDish(let dish, let known):
            BilingualText(
                english: "no menu the plan draws on serves \"\(dish)\" to keep; known dishes: \(known.joined(separator: ", "))",
                spanish: "ningún menú del que parte el plan sirve \"\(dish)\" para conservarlo; platillos conocidos: \(known.joined(separator: ", "))")
        case .keptDishNotPriced(let dish):
            BilingualText(
                english: "\"\(dish)\" is to be kept, but a food in it has no product in the catalogs to price it",
                spanish: "\"\(dish)\" debe conservarse, pero uno de sus alimentos no tiene producto con precio en los catálogos")
        case .tooFewDishes(let meal, let components, let group, let days, let dishes):
            BilingualText(
                english:
                    "\(meal.label.english) is served \(days) days a week and no dish twice a week, but the menus offer \(group.label.english) only \(dishes.count) dish(es) with \(components.map(\.label.english).joined(separator: " or ")) at \(meal.label.english)\(dishes.isEmpty ? "" : ": \(dishes.joined(separator: ", "))"); add a menu with more (--from), or avoid fewer allergens",
                spanish:
                    "el \(meal.label.spanish) se sirve \(days) días a la semana y ningún platillo dos veces por semana, pero los menús ofrecen a \(group.label.spanish) solo \(dishes.count) platillo(s) con \(components.map(\.label.spanish).joined(separator: " o ")) en el \(meal.label.spanish)\(dishes.isEmpty ? "" : ": \(dishes.joined(separator: ", "))"); agregue un menú con más (--from) o evite menos alérgenos")
        case .infeasible:
            BilingualText(
                english:
                    "no menu of these items meets every rule at once; keep fewer dishes, avoid fewer allergens, ask for less spacing, or add a menu with more items",
                spanish:
                    "ningún menú con estos platillos cumple todas las reglas a la vez; conserve menos platillos, evite menos alérgenos, pida menos espacio entre repeticiones o agregue un menú con más platillos")
        case .noPlanInTime:
            BilingualText(
                english: "no menu was found in the time given; allow more time (--time-limit) or plan fewer weeks",
                spanish: "no se encontró un menú en el tiempo dado; dé más tiempo (--time-limit) o planee menos semanas")
        case .findingsRemain(let findings):
            BilingualText(
                english:
                    "the planned menus kept breaking rules the plan did not foresee: \(findings.prefix(3).map(\.message.english).joined(separator: " "))",
                spanish:
                    "los menús planeados seguían sin cumplir reglas que el plan no previó: \(findings.prefix(3).map(\.message.spanish).joined(separator: " "))")
        case .unreadable(let reason): reason
        }
    }
}
