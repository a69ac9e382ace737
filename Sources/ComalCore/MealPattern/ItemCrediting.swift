import Foundation

/// What one menu item counts toward for one age group at one kind of meal, by the checker's own
/// crediting (conversions, minimum creditable amounts, grain rounding, refusals): the menu planner's
/// constraints are written in these numbers, so that a plan and its check agree on every item.
public struct ItemCrediting: Hashable, Sendable {
    /// The component the item counts toward (a vegetable standing in for grains counts toward grains).
    public var component: FoodComponent
    /// In the component's measure: fl oz, oz eq or cups.
    public var amount: Decimal
    /// Whether it is a grain that meets the daily whole grain-rich rule.
    public var meetsWholeGrainRich: Bool
    /// Whether it is 100% juice, which credits at one eating occasion a day and not beside milk at a snack.
    public var isJuice: Bool
}

extension Menu {
    /// What `item` counts for when `ageGroup` is served it at a meal of type `meal`: one entry per
    /// component it credits toward (a recipe may credit several), or nil when a rule refuses it there
    /// (fried on site, too sweet, the wrong milk for the age) or its amount cannot be credited.
    ///
    /// Nil as well when `ageGroup` is not served the item. Rules that weigh one item against another in
    /// the same meal or day (beans twice, juice twice) are the check's to find.
    public func crediting(
        of item: MenuItem, at meal: MealType, for ageGroup: MealPatternAgeGroup, foods: [Food.ID: Food], asOf: CalendarDate
    ) throws(MenuResolutionError) -> [ItemCrediting]? {
        guard let serving = item.serving(for: ageGroup), !ageGroup.isInfant else { return nil }
        let recipesByID = Dictionary(recipes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let resolved = try resolve(item, serving: serving, foods: foods, recipes: recipesByID, place: "\(meal.rawValue) item")
        let request = MealPatternCheckRequest(asOf: asOf, setting: setting, ageGroup: ageGroup, meals: [])
        let scope = MealScope(request: request, day: nil, meal: meal)
        var credits: [ItemCrediting] = []
        for part in resolved where part.component != .nonCreditable {
            switch MealRules.verdict(on: part, at: meal, scope: scope) {
            case .refused: return nil
            case .credits(let credit):
                credits.append(
                    ItemCrediting(
                        component: credit.component, amount: credit.amount,
                        meetsWholeGrainRich: credit.component == .grains && credit.amount > 0
                            && part.component != .meatsMeatAlternates
                            && (part.attributes.wholeGrainRich == true || part.component == .vegetables),
                        isJuice: part.isJuice && (part.component == .fruits || part.component == .vegetables)))
            }
        }
        return credits
    }
}
