import Foundation

/// What a menu costs one site at the alliance's current prices: each week's need of each food, through
/// the yields, rounded up to the eaches (inner units) the group purchase would allocate to the site, at
/// its share of the case price of the cheapest product (the alliance buys whole cases and splits them
/// among its sites); that cost is shared back, to the cent, onto the items and age groups that need each
/// food in proportion to their exact amounts. A child-day is one enrolled child of the menu's age
/// groups on one menu day.
public struct MenuCost: Hashable, Sendable {
    /// One menu item on one day and meal of one week.
    public struct Item: Hashable, Sendable {
        public var week: Int
        public var day: String
        public var meal: MealType
        public var dish: MenuItem.Dish
        public var name: BilingualText
        public var servings: Int
        public var cost: Money
        /// Whether a food it needs has no priced product, so its cost leaves that food out.
        public var isPartlyUnpriced: Bool

        /// The cost of one serving, rounded half up to the cent; zero when nobody eats it.
        public var perServing: Money { servings > 0 ? cost.share(1, of: servings) : .zero }
    }

    /// One meal of one day.
    public struct Meal: Hashable, Sendable {
        public var week: Int
        public var day: String
        public var meal: MealType
        public var cost: Money
        public var eaters: Int

        public var perChild: Money { eaters > 0 ? cost.share(1, of: eaters) : .zero }
    }

    /// A week's cost and child-days.
    public struct Week: Hashable, Sendable {
        public var number: Int
        public var cost: Money
        public var childDays: Int
    }

    /// What one age group's food costs over the cycle.
    public struct AgeGroupCost: Hashable, Sendable {
        public var ageGroup: MealPatternAgeGroup
        public var cost: Money
        public var childDays: Int

        public var perChildDay: Money { childDays > 0 ? cost.share(1, of: childDays) : .zero }
    }

    public var site: Site.ID
    public var weeks: [Week]
    public var meals: [Meal]
    public var items: [Item]
    public var ageGroups: [AgeGroupCost]
    /// Foods no product prices (listed, not costed), with the dishes that need them.
    public var unpriced: [UnmetNeed]
    public var problems: [NeedProblem]

    public var total: Money { weeks.map(\.cost).sum() }
    public var childDays: Int { weeks.reduce(0) { $0 + $1.childDays } }
    /// The cycle's cost per child-day, rounded half up to the cent.
    public var perChildDay: Money { childDays > 0 ? total.share(1, of: childDays) : .zero }
    /// The average week.
    public var perWeek: Money { weeks.isEmpty ? .zero : total.share(1, of: weeks.count) }
}

extension MenuCost {
    /// The cost of every week of `menu` at `site`, feeding everyone it enrolls in the menu's age groups.
    public static func make(
        menu: Menu, site: Site, foods: [Food.ID: Food], products: [Product], suppliers: [Supplier]
    ) -> MenuCost {
        let (plan, notServed) = ServingPlan.enrollment(of: site, for: menu)
        var cost = MenuCost(
            site: site.id, weeks: [], meals: [], items: [], ageGroups: [], unpriced: [],
            problems: notServed.sorted { $0.key < $1.key }.map { .enrolledNotServed($0.key, count: $0.value) })
        var groupCosts: [MealPatternAgeGroup: Money] = [:]
        var groupDays: [MealPatternAgeGroup: Int] = [:]
        for week in menu.weeks {
            let bought = WeekPurchase(menu: menu, week: week, plan: plan, foods: foods)
            for problem in bought.problems where !cost.problems.contains(problem) { cost.problems.append(problem) }
            let priced = AlliancePrice.price(bought.needs, products: products, suppliers: suppliers)
            for unmet in priced.unmet where !cost.unpriced.contains(where: { $0.need.food.id == unmet.need.food.id }) {
                cost.unpriced.append(unmet)
            }
            let atomCosts = bought.share(priced.costs)
            let unpricedFoods = Set(priced.unmet.map(\.need.food.id))
            var weekCost = Money.zero
            for (index, place) in bought.items.enumerated() {
                let atoms = bought.atoms.indices.filter { bought.atoms[$0].item == index }
                let itemCost = atoms.map { atomCosts[$0] ?? .zero }.sum()
                for atom in atoms { groupCosts[bought.atoms[atom].ageGroup, default: .zero] += atomCosts[atom] ?? .zero }
                cost.items.append(
                    Item(
                        week: week.number, day: place.day, meal: place.meal, dish: place.item.dish, name: place.name,
                        servings: place.servings, cost: itemCost,
                        isPartlyUnpriced: atoms.contains { unpricedFoods.contains(bought.atoms[$0].food) }))
                weekCost += itemCost
            }
            for day in week.days {
                for meal in day.meals {
                    let eaters = menu.ageGroups.reduce(0) { $0 + plan.eaters($1, day: day.label, meal: meal.type) }
                    let mealCost = cost.items.filter { $0.week == week.number && $0.day == day.label && $0.meal == meal.type }
                        .map(\.cost).sum()
                    cost.meals.append(Meal(week: week.number, day: day.label, meal: meal.type, cost: mealCost, eaters: eaters))
                }
            }
            let days = week.days.filter { !$0.meals.isEmpty }.count
            for group in menu.ageGroups { groupDays[group, default: 0] += days * (plan.everyMeal[group] ?? 0) }
            cost.weeks.append(
                Week(number: week.number, cost: weekCost, childDays: days * menu.ageGroups.reduce(0) { $0 + (plan.everyMeal[$1] ?? 0) }))
        }
        cost.ageGroups = menu.ageGroups.map {
            AgeGroupCost(ageGroup: $0, cost: groupCosts[$0] ?? .zero, childDays: groupDays[$0] ?? 0)
        }
        return cost
    }
}
