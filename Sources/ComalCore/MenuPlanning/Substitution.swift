import Foundation

/// Another food for one that is short at receiving or out of stock, that keeps every meal serving it as
/// compliant as it was (a food of the same component, served in the same amounts, which credits the
/// same), priced at the alliance's prices.
public struct Substitution: Hashable, Sendable {
    /// Where the food is served: the menu week's number, and the day, meal and item positions in it.
    public struct Place: Hashable, Sendable {
        public var week: Int
        public var day: Int
        public var meal: Int
        public var item: Int

        public init(week: Int, day: Int, meal: Int, item: Int) {
            self.week = week
            self.day = day
            self.meal = meal
            self.item = item
        }
    }

    public var food: Food
    /// The places it replaces the original at.
    public var places: [Place]
    /// The menu with the substitute in place, and what it costs at the site per child-day.
    public var menu: Menu
    public var perChildDay: Money
    /// The change against the original menu's cost per child-day (negative: cheaper).
    public var difference: Money

    /// The substitutes for `original` in `weeks` of `menu` (every week when nil), cheapest first: foods
    /// of the same component that some product prices and with which the check finds nothing it did not
    /// find before. Recipes that use the food as an ingredient are left as they are.
    public static func options(
        for original: Food.ID, in menu: Menu, weeks: [Int]?, site: Site, foods: [Food.ID: Food], products: [Product],
        suppliers: [Supplier], asOf: CalendarDate
    ) -> [Substitution] {
        guard let food = foods[original] else { return [] }
        var places: [Place] = []
        for week in menu.weeks where weeks?.contains(week.number) ?? true {
            for (dayIndex, day) in week.days.enumerated() {
                for (mealIndex, meal) in day.meals.enumerated() {
                    for (itemIndex, item) in meal.items.enumerated() where item.dish == .food(original) {
                        places.append(Place(week: week.number, day: dayIndex, meal: mealIndex, item: itemIndex))
                    }
                }
            }
        }
        guard !places.isEmpty, let before = try? menu.findings(foods: foods, asOf: asOf) else { return [] }
        let known = Set(before.map(Self.key))
        let baseline = MenuCost.make(menu: menu, site: site, foods: foods, products: products, suppliers: suppliers).perChildDay
        let priced = Set(products.map(\.food))
        var options: [Substitution] = []
        for candidate in foods.values.sorted(by: { $0.id.rawValue < $1.id.rawValue })
        where candidate.id != original && candidate.component == food.component && priced.contains(candidate.id.rawValue) {
            var changed = menu
            for place in places {
                guard let w = changed.weeks.firstIndex(where: { $0.number == place.week }) else { continue }
                var item = changed.weeks[w].days[place.day].meals[place.meal].items[place.item]
                // Facts written about the old food do not hold for the new one.
                item = MenuItem(dish: .food(candidate.id), servings: item.servings, creditAs: item.creditAs)
                changed.weeks[w].days[place.day].meals[place.meal].items[place.item] = item
            }
            guard let after = try? changed.findings(foods: foods, asOf: asOf), after.allSatisfy({ known.contains(Self.key($0)) })
            else { continue }
            let cost = MenuCost.make(menu: changed, site: site, foods: foods, products: products, suppliers: suppliers)
            guard !cost.unpriced.contains(where: { $0.need.food.id == candidate.id }) else { continue }
            options.append(
                Substitution(
                    food: candidate, places: places, menu: changed, perChildDay: cost.perChildDay,
                    difference: cost.perChildDay - baseline))
        }
        return options.sorted { ($0.perChildDay, $0.food.id.rawValue) < ($1.perChildDay, $1.food.id.rawValue) }
    }

    /// A finding as a place and a rule, to tell a new finding from one the menu already had.
    private static func key(_ finding: Finding) -> String {
        "\(finding.ageGroup.rawValue)|\(finding.day ?? "")|\(finding.meal?.rawValue ?? "")|\(finding.rule.rawValue)"
    }
}
