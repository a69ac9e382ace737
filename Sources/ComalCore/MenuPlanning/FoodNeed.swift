import Foundation

/// How much of one food a menu week needs at one site, as purchased.
public struct FoodNeed: Hashable, Sendable {
    public var food: Food
    /// The exact amount the servings add up to, in the food's purchase unit (or, for a food without a
    /// yield such as oil or a spice, in the unit its recipes name).
    public var exact: Quantity
    /// The dishes that use it, in menu order, so a director can see where the amount comes from.
    public var dishes: [BilingualText]

    /// Creates a need.
    public init(food: Food, exact: Quantity, dishes: [BilingualText]) {
        self.food = food
        self.exact = exact
        self.dishes = dishes
    }

    /// The amount to buy: `exact` rounded up as the Food Buying Guide says.
    public var toBuy: Quantity { PurchaseMeasure.roundedUp(exact) }
}

/// Why part of a menu's need could not be computed; each is reported with the rest of the needs, never dropped.
public enum NeedProblem: Hashable, Sendable {
    case unknownFood(Food.ID, place: String)
    case unknownRecipe(Recipe.ID, place: String)
    case recipePortion(recipe: BilingualText, serving: Serving, portion: Serving, place: String)
    /// A food served as it is but without a yield in the food table, so no purchase amount follows.
    case noYield(food: BilingualText, place: String)
    case servingNotConvertible(food: BilingualText, serving: Serving, purchaseUnit: MeasureUnit, place: String)
    case ingredientNotConvertible(food: BilingualText, quantity: Quantity, unit: MeasureUnit, recipe: BilingualText)
    /// Enrolled children the menu has no age group for.
    case enrolledNotServed(AgeGroup, count: Int)
    /// Stock recorded in a unit the need cannot be compared with; it is not subtracted.
    case onHandNotConvertible(food: BilingualText, onHand: Quantity, unit: MeasureUnit)

    /// What happened and what to do, for the director.
    public var message: BilingualText {
        switch self {
        case .unknownFood(let food, let place):
            BilingualText(
                english: "\(place): no food \"\(food)\" in the food table; add it to catalogs/foods.csv or fix the menu",
                spanish:
                    "\(place): el alimento \"\(food)\" no está en la tabla de alimentos; agréguelo a catalogs/foods.csv o corrija el menú"
            )
        case .unknownRecipe(let recipe, let place):
            BilingualText(
                english: "\(place): no recipe \"\(recipe)\" in the menu",
                spanish: "\(place): no hay receta \"\(recipe)\" en el menú")
        case .recipePortion(let recipe, let serving, let portion, let place):
            BilingualText(
                english:
                    "\(place): \(serving) of \(recipe.english) cannot be compared with its portion of \(portion); serve it in the portion's unit",
                spanish:
                    "\(place): \(serving) de \(recipe.spanish) no se puede comparar con su porción de \(portion); sírvala en la unidad de la porción"
            )
        case .noYield(let food, let place):
            BilingualText(
                english:
                    "\(place): \(food.english) has no yield in the food table, so its purchase amount is unknown; add purchase_unit, serving_size and servings_per_unit",
                spanish:
                    "\(place): \(food.spanish) no tiene rendimiento en la tabla de alimentos; no se sabe cuánto comprar. Agregue purchase_unit, serving_size y servings_per_unit"
            )
        case .servingNotConvertible(let food, let serving, let unit, let place):
            BilingualText(
                english:
                    "\(place): \(serving) of \(food.english) cannot be turned into its purchase unit \(unit.rawValue); serve it in the yield's unit",
                spanish:
                    "\(place): \(serving) de \(food.spanish) no se puede convertir a su unidad de compra \(unit.rawValue); use la unidad del rendimiento"
            )
        case .ingredientNotConvertible(let food, let quantity, let unit, let recipe):
            BilingualText(
                english:
                    "\(recipe.english): \(quantity) of \(food.english) cannot be turned into \(unit.rawValue); write the ingredient in \(unit.rawValue)",
                spanish:
                    "\(recipe.spanish): \(quantity) de \(food.spanish) no se puede convertir a \(unit.rawValue); escriba el ingrediente en \(unit.rawValue)"
            )
        case .enrolledNotServed(let ageGroup, let count):
            BilingualText(
                english: "\(count) enrolled in age group \(ageGroup.rawValue) are not on this menu; nothing is bought for them",
                spanish:
                    "\(count) inscritos del grupo de edad \(ageGroup.rawValue) no están en este menú; no se compra nada para ellos"
            )
        case .onHandNotConvertible(let food, let onHand, let unit):
            BilingualText(
                english:
                    "\(food.english): \(onHand.plain) on hand cannot be compared with the need in \(unit.rawValue), so it is not subtracted; record it in \(unit.rawValue)",
                spanish:
                    "\(food.spanish): las existencias de \(onHand.plain) no se pueden comparar con lo necesario en \(unit.rawValue) y no se restan; anótelas en \(unit.rawValue)"
            )
        }
    }
}

/// Why a menu week cannot be planned at all.
public enum MenuWeekError: Error, Hashable, Sendable, CustomStringConvertible {
    case noSuchWeek(Int, available: [Int])

    public var description: String {
        switch self {
        case .noSuchWeek(let week, let available):
            "the menu has no week \(week); its weeks are \(available.map(String.init).joined(separator: ", "))"
        }
    }
}

extension Menu {
    /// The week numbered `number`.
    public func week(_ number: Int) throws(MenuWeekError) -> MenuWeek {
        guard let week = weeks.first(where: { $0.number == number }) else {
            throw .noSuchWeek(number, available: weeks.map(\.number))
        }
        return week
    }
}
