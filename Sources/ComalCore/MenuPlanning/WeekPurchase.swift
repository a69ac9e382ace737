import Foundation

/// A menu week's food broken into **atoms** (one food for one age group at one item of one meal), so
/// that what the week's purchase costs can be shared back onto items and age groups exactly.
struct WeekPurchase {
    /// One item of the week, where it is served and to how many.
    struct Place {
        var day: String
        var meal: MealType
        var item: MenuItem
        var name: BilingualText
        var servings: Int
    }

    /// One food for one age group at one item: its exact amount in the week's unit for that food.
    struct Atom {
        var item: Int
        var ageGroup: MealPatternAgeGroup
        var food: Food.ID
        var exact: Decimal
    }

    var items: [Place] = []
    var atoms: [Atom] = []
    /// The week's needs, the atoms summed food by food, in first-seen order.
    var needs: [FoodNeed] = []
    var problems: [NeedProblem] = []

    init(menu: Menu, week: MenuWeek, plan: ServingPlan, foods: [Food.ID: Food]) {
        let recipes = Dictionary(menu.recipes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var index: [Food.ID: Int] = [:]
        for day in week.days {
            for meal in day.meals {
                let place = "\(day.label) \(meal.type.label.english)"
                for item in meal.items {
                    let name = item.dish.name(foods: foods, recipes: recipes)
                    let itemIndex = items.count
                    var servings = 0
                    for group in menu.ageGroups {
                        guard let serving = item.serving(for: group) else { continue }
                        let eaters = plan.eaters(group, day: day.label, meal: meal.type)
                        guard eaters > 0 else { continue }
                        servings += eaters
                        var builder = MenuNeeds.Builder(foods: foods)
                        switch item.dish {
                        case .food(let id): builder.addServed(id, [(serving, eaters)], place: place)
                        case .recipe(let id):
                            guard let recipe = recipes[id] else {
                                builder.problems.append(.unknownRecipe(id, place: place))
                                break
                            }
                            builder.addRecipe(recipe, [(serving, eaters)], place: place)
                        }
                        for problem in builder.problems where !problems.contains(problem) { problems.append(problem) }
                        for need in builder.needs {
                            guard let at = index[need.food.id] else {
                                index[need.food.id] = needs.count
                                needs.append(need)
                                atoms.append(Atom(item: itemIndex, ageGroup: group, food: need.food.id, exact: need.exact.amount))
                                continue
                            }
                            guard let converted = need.exact.converted(to: needs[at].exact.unit) else {
                                problems.append(
                                    .ingredientNotConvertible(
                                        food: need.food.name, quantity: need.exact, unit: needs[at].exact.unit, recipe: name))
                                continue
                            }
                            needs[at].exact.amount += converted.amount
                            for dish in need.dishes where !needs[at].dishes.contains(dish) { needs[at].dishes.append(dish) }
                            atoms.append(Atom(item: itemIndex, ageGroup: group, food: need.food.id, exact: converted.amount))
                        }
                    }
                    items.append(Place(day: day.label, meal: meal.type, item: item, name: name, servings: servings))
                }
            }
        }
    }

    /// Each food's cost shared onto its atoms by their exact amounts (largest remainder, to the cent),
    /// by atom index.
    func share(_ foodCosts: [Food.ID: Money]) -> [Int: Money] {
        var costs: [Int: Money] = [:]
        for (food, cost) in foodCosts {
            var weights: [Int: Int] = [:]
            for (index, atom) in atoms.enumerated() where atom.food == food {
                // Millionths of the purchase unit: far finer than any pack, far from Int's end.
                weights[index] = NSDecimalNumber(decimal: (atom.exact * 1_000_000).rounded(scale: 0, .plain)).intValue
            }
            guard weights.values.contains(where: { $0 > 0 }) else { continue }
            for (index, share) in LargestRemainder.split(cost, weights: weights) { costs[index] = share }
        }
        return costs
    }
}
