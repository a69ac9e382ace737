import ComalCore
import Foundation

/// Plans a cycle menu at the least cost that meets the meal pattern, then checks it with the checker:
/// a plan is never trusted because the model said so. A finding the model did not foresee (two items
/// that together break a rule) forbids that meal's or day's combination and the model is solved again.
public enum MenuPlanner {
    /// How far the planning has got, for a progress bar.
    public struct Progress: Sendable {
        public enum Phase: String, Sendable { case solving, checking }
        public var phase: Phase
        /// 1 for the first solve, one more for each time the check sent the model back.
        public var round: Int
    }

    /// How close to the least cost a plan must be proven to end the search: one per cent, pennies a
    /// child-day, where proving the last of it can take CBC minutes.
    public static let relativeGap = 0.01

    /// The most times the check may send a plan back before the planner gives up.
    public static let largestRounds = 25

    /// Plans `request` from `pool`, priced with `products`, checked as of `asOf`, in at most `timeLimit`.
    public static func plan(
        _ request: MenuPlanRequest, pool: PlanCandidatePool, foods: [Food.ID: Food], products: [Product], suppliers: [Supplier],
        asOf: CalendarDate, timeLimit: Duration, progress: (Progress) -> Void = { _ in }
    ) throws(MenuPlanError) -> MenuPlan {
        let clock = ContinuousClock()
        let started = clock.now
        try validate(request, pool: pool)
        let (candidates, prices, unpriced) = priced(pool.candidates, eaters: request.eaters, products: products, suppliers: suppliers)
        for dish in request.keep where !candidates.contains(where: { $0.dishID == dish }) {
            throw .keptDishNotPriced(dish)
        }
        try checkVariety(request, candidates: candidates)
        var model = MenuPlanModel(request: request, candidates: candidates, prices: prices)
        var round = 1
        var lastFindings: [Finding] = []
        while true {
            let left = timeLimit - (clock.now - started)
            guard left > .zero else { throw lastFindings.isEmpty ? .noPlanInTime : .findingsRemain(lastFindings) }
            progress(Progress(phase: .solving, round: round))
            let solution = CbcSolver.solve(model.program, timeLimit: left, relativeGap: relativeGap, heuristics: false)
            switch solution.outcome {
            case .infeasible:
                throw lastFindings.isEmpty ? .infeasible : .findingsRemain(lastFindings)
            case .noSolutionInTime:
                throw lastFindings.isEmpty ? .noPlanInTime : .findingsRemain(lastFindings)
            case .optimal, .feasible: break
            }
            progress(Progress(phase: .checking, round: round))
            let chosen = model.choices.indices.filter { solution.isChosen(model.choices[$0].variable) }
            let menu = decode(chosen, model: model)
            let findings: [Finding]
            do { findings = try menu.findings(foods: foods, asOf: asOf) } catch { throw .unreadable(error.explanation) }
            if findings.isEmpty {
                return MenuPlan(
                    menu: menu, isOptimal: solution.outcome == .optimal, rounds: round,
                    expectedCost: model.purchaseCost(solution),
                    candidates: candidates.count, leftOut: pool.leftOut + unpriced, elapsed: clock.now - started)
            }
            guard round < largestRounds else { throw .findingsRemain(findings) }
            for (index, finding) in findings.enumerated() {
                let members = cut(for: finding, chosen: chosen, model: model)
                guard !members.isEmpty else { throw .findingsRemain(findings) }
                model.forbid(members, name: "check_\(round)_\(index)")
            }
            lastFindings = findings
            round += 1
        }
    }

    private static func validate(_ request: MenuPlanRequest, pool: PlanCandidatePool) throws(MenuPlanError) {
        guard (1...MenuPlanRequest.largestWeeks).contains(request.weeks) else { throw .weeks(request.weeks) }
        guard (1...MenuPlanRequest.largestSpacingDays).contains(request.spacingDays) else { throw .spacing(request.spacingDays) }
        guard !request.days.isEmpty, request.days.contains(where: { !$0.meals.isEmpty }) else { throw .noMeals }
        for dish in request.keep where !pool.candidates.contains(where: { $0.dishID == dish }) {
            throw .unknownKeptDish(dish, known: Set(pool.candidates.map(\.dishID)).sorted())
        }
    }

    /// With no dish twice a week at one kind of meal, a meal served on five days needs five dishes for
    /// each component it requires: said at once, with the dishes there are, rather than as infeasible.
    private static func checkVariety(_ request: MenuPlanRequest, candidates: [PlanCandidate]) throws(MenuPlanError) {
        let meals = Set(request.days.flatMap(\.meals))
        for meal in meals.sorted() where !meal.isSnack {
            let days = request.days.filter { $0.meals.contains(meal) }.count
            let required: [[FoodComponent]] =
                meal == .breakfast ? [[.vegetables, .fruits], [.grains]] : [[.meatsMeatAlternates], [.vegetables], [.fruits], [.grains]]
            for group in request.ageGroups where !group.isInfant {
                for components in required {
                    let dishes = Set(
                        candidates.filter { candidate in
                            candidate.meal == meal && components.contains { candidate.credit(toward: $0, for: group) > 0 }
                        }.map(\.dishID))
                    if dishes.count < days {
                        throw .tooFewDishes(meal: meal, components: components, ageGroup: group, days: days, dishes: dishes.sorted())
                    }
                }
            }
        }
    }

    /// The candidates every food of which some product prices, the prices, and the ones left out.
    private static func priced(
        _ candidates: [PlanCandidate], eaters: [MealPatternAgeGroup: Int], products: [Product], suppliers: [Supplier]
    ) -> ([PlanCandidate], [Food.ID: EachPrice], [PlanCandidatePool.LeftOut]) {
        // A food is priced for the most one serving of a candidate takes: a week's least purchase of it.
        var typical: [Food.ID: Quantity] = [:]
        for candidate in candidates {
            for (group, needs) in candidate.needs {
                for (food, quantity) in needs {
                    let scaled = Quantity(quantity.amount * Decimal(max(eaters[group] ?? 0, 1)), quantity.unit)
                    guard let known = typical[food] else {
                        typical[food] = scaled
                        continue
                    }
                    if let converted = scaled.converted(to: known.unit), converted.amount > known.amount { typical[food] = converted }
                }
            }
        }
        let prices = EachPrice.forNeeds(typical, products: products, suppliers: suppliers)
        var kept: [PlanCandidate] = []
        var leftOut: [PlanCandidatePool.LeftOut] = []
        for candidate in candidates {
            let missing = candidate.needs.values.flatMap { $0 }.first { food, quantity in
                guard let price = prices[food] else { return true }
                return quantity.converted(to: price.unit) == nil
            }
            if let (food, quantity) = missing {
                let sold = products.contains { $0.food == food.rawValue }
                leftOut.append(
                    PlanCandidatePool.LeftOut(
                        meal: candidate.meal, name: candidate.name,
                        reason: sold
                            ? BilingualText(
                                english: "the catalogs sell \(food.rawValue) only in packs its need in \(quantity.unit.rawValue) cannot be turned into",
                                spanish: "los catálogos venden \(food.rawValue) solo en empaques a los que su necesidad en \(quantity.unit.rawValue) no se puede convertir")
                            : BilingualText(
                                english: "no product in the catalogs prices \(food.rawValue)",
                                spanish: "ningún producto de los catálogos tiene precio para \(food.rawValue)")))
            } else {
                kept.append(candidate)
            }
        }
        return (kept, prices, leftOut)
    }

    /// Rules broken by two items together, whatever else the meal holds: the finding names both.
    private static let pairRules: Set<MealPatternRule> = [
        .beansOneComponent, .nuts, .adultYogurtForMilk, .snackOneBeverage, .juiceOnceDaily,
    ]

    /// The chosen items a finding forbids together there: the two items a pair rule names, else everything
    /// chosen at the meal (or day, or week) it is about, the combination that broke the rule.
    private static func cut(for finding: Finding, chosen: [Int], model: MenuPlanModel) -> [Int] {
        let request = model.request
        let there = chosen.filter { index in
            let choice = model.choices[index]
            guard let day = finding.day else { return true }
            guard day == "Week \(choice.week + 1) \(request.days[choice.day].label)" else { return false }
            guard let meal = finding.meal else { return true }
            return meal == choice.meal
        }
        guard pairRules.contains(finding.rule) else { return there }
        let named = there.filter { index in
            let name = model.candidates[model.choices[index].candidate].name.english
            return finding.items.contains { $0 == name || $0.hasPrefix("\(name) (") }
        }
        return named.count >= 2 ? named : there
    }

    /// The menu the chosen items make: each meal's items milk first, then by component and name.
    static func decode(_ chosen: [Int], model: MenuPlanModel) -> Menu {
        let request = model.request
        var recipes: [Recipe] = []
        var weeks: [MenuWeek] = []
        for week in 0..<request.weeks {
            var days: [MenuDay] = []
            for (dayIndex, day) in request.days.enumerated() {
                var meals: [MenuMeal] = []
                for meal in day.meals {
                    let picked = chosen.map { model.choices[$0] }.filter { $0.week == week && $0.day == dayIndex && $0.meal == meal }
                        .map { model.candidates[$0.candidate] }
                        .sorted { (order(of: $0), $0.name.english) < (order(of: $1), $1.name.english) }
                    for recipe in picked.compactMap(\.recipe) where !recipes.contains(recipe) { recipes.append(recipe) }
                    meals.append(MenuMeal(type: meal, items: picked.map(\.item)))
                }
                days.append(MenuDay(label: day.label, meals: meals))
            }
            weeks.append(MenuWeek(number: week + 1, days: days))
        }
        return Menu(
            id: request.id, name: request.name, setting: request.setting, ageGroups: request.ageGroups,
            recipes: recipes.sorted { $0.id.rawValue < $1.id.rawValue }, weeks: weeks)
    }

    private static func order(of candidate: PlanCandidate) -> Int {
        let components = candidate.credits.values.flatMap { $0 }.map(\.component)
        return FoodComponent.fiveComponents.firstIndex { components.contains($0) } ?? FoodComponent.fiveComponents.count
    }
}
