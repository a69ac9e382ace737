import Foundation

/// What one menu week needs at one site: every food down through the recipes, as purchased, and what
/// could not be computed.
public struct MenuNeeds: Hashable, Sendable {
    /// The needs in the order the foods first appear on the menu.
    public var needs: [FoodNeed]
    public var problems: [NeedProblem]

    /// Adds up `week` of `menu` for the eaters in `plan`: servings per age group × serving size, recipes
    /// scaled from their portions down to their ingredients, all in each food's purchase unit.
    ///
    /// Amounts are summed exactly over the week and rounded up once, at the end (`FoodNeed.toBuy`), as the
    /// Food Buying Guide computes a purchase for the total servings.
    public static func compute(menu: Menu, week: MenuWeek, plan: ServingPlan, foods: [Food.ID: Food]) -> MenuNeeds {
        var builder = Builder(foods: foods)
        let recipes = Dictionary(menu.recipes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for day in week.days {
            for meal in day.meals {
                let place = "\(day.label) \(meal.type.label.english)"
                for item in meal.items {
                    let served = menu.ageGroups.compactMap { group -> (Serving, Int)? in
                        guard let serving = item.serving(for: group) else { return nil }
                        let eaters = plan.eaters(group, day: day.label, meal: meal.type)
                        return eaters > 0 ? (serving, eaters) : nil
                    }
                    guard !served.isEmpty else { continue }
                    switch item.dish {
                    case .food(let id):
                        builder.addServed(id, served, place: place)
                    case .recipe(let id):
                        guard let recipe = recipes[id] else {
                            builder.problems.append(.unknownRecipe(id, place: place))
                            continue
                        }
                        builder.addRecipe(recipe, served, place: place)
                    }
                }
            }
        }
        return MenuNeeds(needs: builder.needs, problems: builder.problems)
    }

    /// Accumulates needs food by food, keeping first-seen order so that output never depends on hashing.
    struct Builder {
        let foods: [Food.ID: Food]
        var needs: [FoodNeed] = []
        var problems: [NeedProblem] = []
        private var index: [Food.ID: Int] = [:]

        init(foods: [Food.ID: Food]) { self.foods = foods }

        mutating func addServed(_ id: Food.ID, _ served: [(Serving, Int)], place: String) {
            guard let food = foods[id] else { return problems.append(.unknownFood(id, place: place)) }
            guard let yield = food.yield else { return problems.append(.noYield(food: food.name, place: place)) }
            var total: Decimal = 0
            for (serving, eaters) in served {
                guard let each = PurchaseMeasure.purchaseAmount(of: serving, food: food) else {
                    return problems.append(
                        .servingNotConvertible(food: food.name, serving: serving, purchaseUnit: yield.purchaseUnit, place: place))
                }
                total += each * Decimal(eaters)
            }
            add(food, Quantity(total, yield.purchaseUnit), dish: food.name)
        }

        mutating func addRecipe(_ recipe: Recipe, _ served: [(Serving, Int)], place: String) {
            var portions: Decimal = 0
            for (serving, eaters) in served {
                guard let fraction = Menu.fraction(of: recipe.portion, served: serving) else {
                    return problems.append(
                        .recipePortion(recipe: recipe.name, serving: serving, portion: recipe.portion, place: place))
                }
                portions += fraction * Decimal(eaters)
            }
            let batches = portions / recipe.servings
            for ingredient in recipe.ingredients {
                guard let food = foods[ingredient.food] else {
                    problems.append(.unknownFood(ingredient.food, place: "\(place), \(recipe.name.english)"))
                    continue
                }
                let scaled = Quantity(ingredient.quantity.amount * batches, ingredient.quantity.unit)
                let unit = food.yield?.purchaseUnit ?? index[food.id].map { needs[$0].exact.unit } ?? scaled.unit
                guard let purchased = scaled.converted(to: unit) else {
                    problems.append(
                        .ingredientNotConvertible(food: food.name, quantity: ingredient.quantity, unit: unit, recipe: recipe.name)
                    )
                    continue
                }
                add(food, purchased, dish: recipe.name)
            }
        }

        private mutating func add(_ food: Food, _ quantity: Quantity, dish: BilingualText) {
            guard let at = index[food.id] else {
                index[food.id] = needs.count
                needs.append(FoodNeed(food: food, exact: quantity, dishes: [dish]))
                return
            }
            needs[at].exact.amount += quantity.amount
            if !needs[at].dishes.contains(dish) { needs[at].dishes.append(dish) }
        }
    }
}
