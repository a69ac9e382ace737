import Foundation

/// The production record a cook keeps for the CACFP reviewer: for each day, meal and menu item, the
/// portion and planned servings per age group and how much to prepare; actual servings and leftovers
/// are left blank for the cook to fill in.
public struct ProductionRecord: Hashable, Sendable {
    /// One menu item at one meal.
    public struct Line: Hashable, Sendable {
        public var day: String
        public var meal: MealType
        public var dish: BilingualText
        /// The portion of each age group of the menu; nil where the group is not served the item.
        public var portions: [MealPatternAgeGroup: Serving]
        public var planned: [MealPatternAgeGroup: Int]
        /// Everything served, in kitchen measure (cups, LB, EA), rounded up; nil for ounce equivalents,
        /// which only the purchase amount can show.
        public var toPrepare: Quantity?
        /// A food's total as purchased (#10 CN, LB), rounded up; nil for recipes.
        public var asPurchased: Quantity?
        /// How many times to make the recipe, rounded up to the hundredth; nil for foods.
        public var recipeBatches: Decimal?

        /// Servings planned over every age group.
        public var plannedTotal: Int { planned.values.reduce(0, +) }
    }

    public var menuName: BilingualText
    public var week: Int
    /// The menu's age groups, the columns of the record.
    public var ageGroups: [MealPatternAgeGroup]
    public var lines: [Line]
    public var problems: [NeedProblem]

    /// The record of week `weekNumber` of `menu` for the eaters in `plan`.
    public static func make(menu: Menu, week weekNumber: Int, plan: ServingPlan, foods: [Food.ID: Food])
        throws(MenuWeekError) -> ProductionRecord
    {
        let week = try menu.week(weekNumber)
        let recipes = Dictionary(menu.recipes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var record = ProductionRecord(menuName: menu.name, week: weekNumber, ageGroups: menu.ageGroups, lines: [], problems: [])
        for day in week.days {
            for meal in day.meals {
                let place = "\(day.label) \(meal.type.label.english)"
                for item in meal.items {
                    var line = Line(
                        day: day.label, meal: meal.type, dish: BilingualText(english: "", spanish: ""), portions: [:],
                        planned: [:])
                    var served: [(Serving, Int)] = []
                    for group in menu.ageGroups {
                        guard let serving = item.serving(for: group) else { continue }
                        let eaters = plan.eaters(group, day: day.label, meal: meal.type)
                        line.portions[group] = serving
                        line.planned[group] = eaters
                        served.append((serving, eaters))
                    }
                    switch item.dish {
                    case .food(let id):
                        guard let food = foods[id] else {
                            record.problems.append(.unknownFood(id, place: place))
                            continue
                        }
                        line.dish = food.name
                        line.toPrepare = kitchenTotal(served)
                        line.asPurchased = purchaseTotal(served, food: food)
                    case .recipe(let id):
                        guard let recipe = recipes[id] else {
                            record.problems.append(.unknownRecipe(id, place: place))
                            continue
                        }
                        line.dish = recipe.name
                        let portions = served.reduce(Decimal(0)) { sum, part in
                            sum + (Menu.fraction(of: recipe.portion, served: part.0) ?? 0) * Decimal(part.1)
                        }
                        line.toPrepare = kitchenTotal([(recipe.portion * portions, 1)])
                        line.recipeBatches = (portions / recipe.servings).rounded(scale: 2, .up)
                    }
                    record.lines.append(line)
                }
            }
        }
        return record
    }

    /// The servings added up in a cook's measure: volumes in cups, weights in pounds, pieces as eaches;
    /// nil when the units differ in kind or are ounce equivalents.
    static func kitchenTotal(_ served: [(Serving, Int)]) -> Quantity? {
        var total: Quantity?
        for (serving, eaters) in served {
            let part: Quantity
            if let cups = serving.cups {
                part = Quantity(cups * Decimal(eaters), .cup)
            } else if let grams = serving.grams {
                part = Quantity(grams * Decimal(eaters) / 1000, .kilogram).converted(to: .pound)!
            } else if serving.unit == .each || serving.unit == .largeEgg {
                part = Quantity(serving.amount * Decimal(eaters), .each)
            } else {
                return nil
            }
            guard let sum = total else {
                total = part
                continue
            }
            guard part.unit == sum.unit else { return nil }
            total?.amount += part.amount
        }
        return total.map(PurchaseMeasure.roundedUp)
    }

    /// The servings as purchased, through the food's yield, rounded up.
    static func purchaseTotal(_ served: [(Serving, Int)], food: Food) -> Quantity? {
        guard let unit = food.yield?.purchaseUnit else { return nil }
        var total: Decimal = 0
        for (serving, eaters) in served {
            guard let amount = PurchaseMeasure.purchaseAmount(of: serving, food: food) else { return nil }
            total += amount * Decimal(eaters)
        }
        return PurchaseMeasure.roundedUp(Quantity(total, unit))
    }
}

extension Serving {
    /// This serving `count` times over.
    static func * (lhs: Serving, rhs: Decimal) -> Serving { Serving(lhs.amount * rhs, lhs.unit) }
}
