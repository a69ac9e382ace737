/// How many children (and adults) of each age group eat each meal of a menu week: the site's enrollment
/// by default, or planned attendance where the director knows a day or meal differs.
public struct ServingPlan: Hashable, Sendable {
    /// A day and meal of the menu week, as the menu labels them (`Mon`, lunch).
    public struct Occasion: Hashable, Sendable {
        public var day: String
        public var meal: MealType

        /// Creates an occasion.
        public init(day: String, meal: MealType) {
            self.day = day
            self.meal = meal
        }
    }

    /// Eaters of every meal not planned otherwise.
    public var everyMeal: [MealPatternAgeGroup: Int]
    /// Planned attendance that replaces `everyMeal` at one day and meal.
    public var planned: [Occasion: [MealPatternAgeGroup: Int]]

    /// Creates a plan.
    public init(everyMeal: [MealPatternAgeGroup: Int], planned: [Occasion: [MealPatternAgeGroup: Int]] = [:]) {
        self.everyMeal = everyMeal
        self.planned = planned
    }

    /// Eaters of one age group at one day and meal.
    public func eaters(_ ageGroup: MealPatternAgeGroup, day: String, meal: MealType) -> Int {
        (planned[Occasion(day: day, meal: meal)] ?? everyMeal)[ageGroup] ?? 0
    }

    /// The plan that feeds everyone enrolled at `site` every meal of `menu`, and the enrolled the menu
    /// does not serve (infants on a menu without an infant group, or with two of them, since enrollment
    /// does not say which infants eat solids), so that they are reported rather than silently left out.
    public static func enrollment(of site: Site, for menu: Menu) -> (plan: ServingPlan, notServed: [AgeGroup: Int]) {
        var everyMeal: [MealPatternAgeGroup: Int] = [:]
        var notServed: [AgeGroup: Int] = [:]
        let infantGroups = menu.ageGroups.filter(\.isInfant)
        for (ageGroup, count) in site.enrollment where count > 0 {
            let served: MealPatternAgeGroup?
            switch ageGroup {
            case .infant: served = infantGroups.count == 1 ? infantGroups[0] : nil
            case .ages1to2: served = .ages1to2
            case .ages3to5: served = .ages3to5
            case .ages6to12: served = .ages6to12
            case .ages13to18: served = .ages13to18
            case .adult: served = .adult
            }
            if let served, menu.ageGroups.contains(served) {
                everyMeal[served, default: 0] += count
            } else {
                notServed[ageGroup] = count
            }
        }
        return (ServingPlan(everyMeal: everyMeal), notServed)
    }
}
