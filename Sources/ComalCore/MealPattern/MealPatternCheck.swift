/// The CACFP meal-pattern check: every rule of `docs/cacfp.md` applied at its level (item, meal, day,
/// week) to a request's meals, giving findings as data.
///
/// The request is read as one week of one age group's meals; a request holding one meal is checked as
/// that day's whole menu. Same request, same findings, in the same order: by day as first named, then
/// meal by meal in the order given, then the day's own findings; week findings last.
public enum MealPatternCheck {
    /// The findings for `request`; none means the meals comply.
    public static func findings(for request: MealPatternCheckRequest) -> [Finding] {
        var findings: [Finding] = []
        var breakfasts: [(meal: Meal, outcome: MealOutcome)] = []
        for day in request.dayLabels {
            let meals = request.meals.filter { $0.day == day }
            let dayScope = MealScope(request: request, day: day, meal: nil)
            findings += DayRules.maxMeals(meals, scope: dayScope)
            let juice: (findings: [Int: Finding], withheld: [Int: Set<Int>]) =
                request.ageGroup.isInfant ? ([:], [:]) : DayRules.juiceOnceDaily(meals, scope: dayScope)
            var outcomes: [MealOutcome] = []
            for (index, meal) in meals.enumerated() {
                let scope = MealScope(request: request, day: day, meal: meal.type)
                let outcome =
                    request.ageGroup.isInfant
                    ? InfantRules.check(meal, scope: scope)
                    : MealRules.check(meal, scope: scope, withheld: juice.withheld[index] ?? [])
                findings += juice.findings[index].map { [$0] } ?? []
                findings += outcome.findings
                outcomes.append(outcome)
                if meal.type == .breakfast { breakfasts.append((meal, outcome)) }
            }
            if !request.ageGroup.isInfant {
                findings += DayRules.wholeGrainRich(outcomes, scope: dayScope)
                findings += DayRules.yogurtForMilkOnce(meals, outcomes, scope: dayScope)
            }
        }
        findings += WeekRules.breakfastMeatForGrain(breakfasts, request: request)
        return findings
    }
}
