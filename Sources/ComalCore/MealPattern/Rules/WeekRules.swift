/// Rules over a week: a meat/meat alternate may replace the whole grain component at breakfast at most
/// three times a week.
enum WeekRules {
    /// Reports each breakfast after the third in which a meat/meat alternate replaced the grains.
    static func breakfastMeatForGrain(_ breakfasts: [(meal: Meal, outcome: MealOutcome)], request: MealPatternCheckRequest)
        -> [Finding]
    {
        let substituted = breakfasts.filter(\.outcome.meatReplacedGrains)
        return substituted.dropFirst(3).map { entry in
            let items =
                entry.outcome.credits(toward: .grains).map(\.item)
                + entry.outcome.credits(toward: .meatsMeatAlternates).map(\.item)
            var seen = Set<String>()
            return MealScope(request: request, day: entry.meal.day, meal: .breakfast).finding(
                .breakfastMeatForGrain, items.filter { seen.insert($0.name).inserted },
                english:
                    "This is breakfast number \(substituted.count) this week where a meat/meat alternate replaces the grains; that is allowed at most 3 times a week. Serve a grain.",
                spanish:
                    "Este es el desayuno número \(substituted.count) de la semana en que la carne o sustituto reemplaza los granos; se permite como máximo 3 veces por semana. Sirva un grano."
            )
        }
    }
}
