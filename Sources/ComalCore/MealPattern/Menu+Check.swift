import Foundation

/// Why a menu cannot be turned into meals to check: a reference or an amount the food table cannot resolve.
public enum MenuResolutionError: ExplainedError, Hashable, Sendable {
    case unknownFood(Food.ID, place: String)
    case unknownRecipe(Recipe.ID, place: String)
    case ingredientWithoutYield(recipe: Recipe.ID, food: Food.ID)
    case ingredientUnit(recipe: Recipe.ID, food: Food.ID, quantity: Quantity, purchaseUnit: MeasureUnit)
    case portionUnit(recipe: Recipe.ID, serving: Serving, portion: Serving, place: String)
    case creditAs(FoodComponent, food: Food.ID, allowed: [FoodComponent], place: String)

    public var explanation: BilingualText {
        switch self {
        case .unknownFood(let food, let place):
            BilingualText(
                english: "\(place): no food \"\(food)\" in the food table (catalogs/foods.csv); add it there or fix the id",
                spanish:
                    "\(place): no hay ningún alimento \"\(food)\" en la tabla de alimentos (catalogs/foods.csv); agréguelo ahí o corrija el id"
            )
        case .unknownRecipe(let recipe, let place):
            BilingualText(
                english: "\(place): no recipe \"\(recipe)\" in this menu's recipes",
                spanish: "\(place): no hay ninguna receta \"\(recipe)\" entre las recetas de este menú")
        case .ingredientWithoutYield(let recipe, let food):
            BilingualText(
                english: "recipe \(recipe): ingredient \(food) credits toward a component but has no yield in the food table",
                spanish:
                    "receta \(recipe): el ingrediente \(food) cuenta para un componente pero no tiene rendimiento en la tabla de alimentos"
            )
        case .ingredientUnit(let recipe, let food, let quantity, let unit):
            BilingualText(
                english:
                    "recipe \(recipe): \(quantity) of \(food) cannot be turned into its purchase unit \(unit.rawValue); write the quantity in \(unit.rawValue)",
                spanish:
                    "receta \(recipe): \(quantity) de \(food) no se puede convertir a su unidad de compra \(unit.rawValue); escriba la cantidad en \(unit.rawValue)"
            )
        case .portionUnit(let recipe, let serving, let portion, let place):
            BilingualText(
                english:
                    "\(place): \(serving) of recipe \(recipe) cannot be compared with its portion of \(portion); use the portion's unit",
                spanish:
                    "\(place): \(serving) de la receta \(recipe) no se puede comparar con su porción de \(portion); use la unidad de la porción"
            )
        case .creditAs(let component, let food, let allowed, let place):
            BilingualText(
                english:
                    "\(place): \(food) cannot credit as \(component.rawValue); it credits as \(allowed.map(\.rawValue).joined(separator: " or "))",
                spanish:
                    "\(place): \(food) no puede contar como \(component.label.spanish); cuenta como \(allowed.map(\.label.spanish).joined(separator: " o "))"
            )
        }
    }
}

extension Menu {
    /// One check request per age group and week, with days labelled `Week 2 Tue`, resolving foods and
    /// recipes through `foods`.
    public func checkRequests(foods: [Food.ID: Food], asOf: CalendarDate) throws(MenuResolutionError) -> [MealPatternCheckRequest]
    {
        let recipesByID = Dictionary(recipes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var requests: [MealPatternCheckRequest] = []
        for ageGroup in ageGroups {
            for week in weeks {
                var meals: [Meal] = []
                for day in week.days {
                    let label = week.checkedLabel(of: day)
                    for meal in day.meals {
                        var items: [MealItem] = []
                        for (index, item) in meal.items.enumerated() {
                            guard let serving = item.serving(for: ageGroup) else { continue }
                            let place = "\(label) \(meal.type.rawValue) item \(index + 1)"
                            items += try resolve(item, serving: serving, foods: foods, recipes: recipesByID, place: place)
                        }
                        meals.append(Meal(day: label, type: meal.type, items: items))
                    }
                }
                requests.append(MealPatternCheckRequest(asOf: asOf, setting: setting, ageGroup: ageGroup, meals: meals))
            }
        }
        return requests
    }

    /// Every finding for every age group and week of the menu.
    public func findings(foods: [Food.ID: Food], asOf: CalendarDate) throws(MenuResolutionError) -> [Finding] {
        try checkRequests(foods: foods, asOf: asOf).flatMap(MealPatternCheck.findings(for:))
    }

    func resolve(
        _ item: MenuItem, serving: Serving, foods: [Food.ID: Food], recipes: [Recipe.ID: Recipe],
        place: String
    ) throws(MenuResolutionError) -> [MealItem] {
        switch item.dish {
        case .food(let id):
            guard let food = foods[id] else { throw .unknownFood(id, place: place) }
            let component = try creditedComponent(food, item.creditAs, place: place)
            return [
                MealItem(
                    name: food.name.english, component: component, serving: Self.inServingUnit(serving, of: food),
                    attributes: food.attributes.overlaid(with: item.attributes), nameInSpanish: food.name.spanish)
            ]
        case .recipe(let id):
            guard let recipe = recipes[id] else { throw .unknownRecipe(id, place: place) }
            guard let fraction = Self.fraction(of: recipe.portion, served: serving) else {
                throw .portionUnit(recipe: id, serving: serving, portion: recipe.portion, place: place)
            }
            return try recipeItems(recipe, fraction: fraction, overrides: item.attributes, foods: foods)
        }
    }

    /// A recipe portion as one item per component it credits toward, each the sum of its ingredients in
    /// the component's measure, so the 1/8-cup and 1/4-oz minimums and grain rounding apply to the dish as
    /// a whole, as the Food Buying Guide credits recipes. Milk cooked into a dish credits nothing.
    private func recipeItems(
        _ recipe: Recipe, fraction: Decimal, overrides: CreditingAttributes,
        foods: [Food.ID: Food]
    ) throws(MenuResolutionError) -> [MealItem] {
        var groups: [(component: FoodComponent, parts: [(item: MealItem, amount: Decimal)])] = []
        for ingredient in recipe.ingredients {
            guard let food = foods[ingredient.food] else { throw .unknownFood(ingredient.food, place: "recipe \(recipe.id)") }
            let component = try creditedComponent(food, ingredient.creditAs, place: "recipe \(recipe.id)")
            guard component != .nonCreditable, component != .milk else { continue }
            guard let yield = food.yield else { throw .ingredientWithoutYield(recipe: recipe.id, food: food.id) }
            guard let edible = yield.edibleAmount(of: ingredient.quantity) else {
                throw .ingredientUnit(
                    recipe: recipe.id, food: food.id, quantity: ingredient.quantity, purchaseUnit: yield.purchaseUnit)
            }
            let part = MealItem(
                name: food.name.english, component: component,
                serving: Serving(edible.amount * fraction / recipe.servings, edible.unit), attributes: food.attributes)
            guard let amount = ItemCredit.measure(part, toward: component) else {
                throw .ingredientUnit(
                    recipe: recipe.id, food: food.id, quantity: ingredient.quantity, purchaseUnit: yield.purchaseUnit)
            }
            if let index = groups.firstIndex(where: { $0.component == component }) {
                groups[index].parts.append((part, amount))
            } else {
                groups.append((component, [(part, amount)]))
            }
        }
        return groups.map { group in
            let total = group.parts.reduce(Decimal(0)) { $0 + $1.amount }
            var attributes = group.parts[0].item.attributes
            attributes.leafyGreenRaw = nil
            attributes.driedFruit = nil
            attributes.ounceEquivalents = nil
            attributes.dishID = recipe.id.rawValue
            if group.component == .vegetables {
                let allBeans = group.parts.allSatisfy { $0.item.isBeansPeasLentils }
                attributes.vegetableKind = allBeans ? VegetableKind.beansPeasLentils : recipe.id.rawValue
            }
            if group.component == .grains {
                // Whole grain-rich when whole grain-rich ingredients give at least half the grain.
                let whole = group.parts.filter { $0.item.attributes.wholeGrainRich == true }.reduce(Decimal(0)) { $0 + $1.amount }
                attributes.wholeGrainRich = whole * 2 >= total
            }
            let name = groups.count > 1 ? "\(recipe.name.english) (\(group.component.label.english))" : recipe.name.english
            let nombre = groups.count > 1 ? "\(recipe.name.spanish) (\(group.component.label.spanish))" : recipe.name.spanish
            return MealItem(
                name: name, component: group.component, serving: Serving(total, group.component.creditingUnit!),
                attributes: attributes.overlaid(with: overrides), nameInSpanish: nombre)
        }
    }

    private func creditedComponent(_ food: Food, _ creditAs: FoodComponent?, place: String) throws(MenuResolutionError)
        -> FoodComponent
    {
        guard let creditAs else { return food.component }
        guard food.components.contains(creditAs) else {
            throw .creditAs(creditAs, food: food.id, allowed: food.components, place: place)
        }
        return creditAs
    }

    /// A serving written in the food's purchase unit (`1 each` banana) turned into the yield's serving
    /// measure (cups); any other serving is credited as written.
    static func inServingUnit(_ serving: Serving, of food: Food) -> Serving {
        guard let yield = food.yield, serving.unit != yield.servingSize.unit, serving.unit == .each,
            yield.purchaseUnit.dimension == .count,
            let edible = yield.edibleAmount(of: Quantity(serving.amount, .each))
        else { return serving }
        return edible
    }

    /// How many portions `served` is: same unit, or both volumes.
    static func fraction(of portion: Serving, served: Serving) -> Decimal? {
        guard portion.amount > 0 else { return nil }
        if portion.unit == served.unit { return served.amount / portion.amount }
        guard let portionCups = portion.cups, let servedCups = served.cups else { return nil }
        return servedCups / portionCups
    }
}

extension MenuWeek {
    /// The day label the check gives findings about `day` of this week (`Week 2 Tue`), which pages
    /// match findings to their days by.
    public func checkedLabel(of day: MenuDay) -> String { "Week \(number) \(day.label)" }
}
