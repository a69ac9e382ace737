import Foundation

/// Rules over one day's eating occasions: the daily meal limit, juice at one occasion only, a whole
/// grain-rich grain every day, and the adults' yogurt-for-milk swap once a day.
enum DayRules {
    /// At most 2 meals and 1 snack, or 1 meal and 2 snacks, per participant per day (emergency shelters:
    /// up to 3 meals, or 2 meals and 1 snack); only meals claimed for reimbursement count.
    static func maxMeals(_ meals: [Meal], scope: MealScope) -> [Finding] {
        guard scope.request.claimedForReimbursement else { return [] }
        let occasions = Set(meals.map(\.type))
        let snacks = occasions.filter(\.isSnack).count
        let full = occasions.count - snacks
        let allowed: Bool
        if scope.request.setting == .emergencyShelter {
            allowed = (full <= 3 && snacks == 0) || (full <= 2 && snacks <= 1)
        } else {
            allowed = (full <= 2 && snacks <= 1) || (full <= 1 && snacks <= 2)
        }
        guard !allowed else { return [] }
        let limit =
            scope.request.setting == .emergencyShelter
            ? ("up to 3 meals, or 2 meals and 1 snack", "hasta 3 comidas, o 2 comidas y 1 merienda")
            : ("2 meals and 1 snack, or 1 meal and 2 snacks", "2 comidas y 1 merienda, o 1 comida y 2 meriendas")
        return [
            scope.finding(
                .maxMeals, [],
                english:
                    "This day claims \(full) meal\(full == 1 ? "" : "s") and \(snacks) snack\(snacks == 1 ? "" : "s"); a participant may be claimed for at most \(limit.0) a day.",
                spanish:
                    "Este día reclama \(full) comida\(full == 1 ? "" : "s") y \(snacks) merienda\(snacks == 1 ? "" : "s"); se puede reclamar por participante como máximo \(limit.1) al día."
            )
        ]
    }

    /// Juice may credit at one eating occasion a day; returns, per meal index, the finding and the
    /// juice items withheld from crediting at the later occasions. Keyed by index, not meal type, so a
    /// day that names a meal twice still gets each finding once.
    static func juiceOnceDaily(_ meals: [Meal], scope: MealScope) -> (findings: [Int: Finding], withheld: [Int: Set<Int>]) {
        var findings: [Int: Finding] = [:]
        var withheld: [Int: Set<Int>] = [:]
        var first: Meal?
        for (mealIndex, meal) in meals.enumerated() {
            let juice = meal.items.indices.filter {
                meal.items[$0].isJuice && (meal.items[$0].component == .fruits || meal.items[$0].component == .vegetables)
            }
            guard !juice.isEmpty else { continue }
            guard let earlier = first else {
                first = meal
                continue
            }
            withheld[mealIndex] = Set(juice)
            findings[mealIndex] =
                MealScope(request: scope.request, day: scope.day, meal: meal.type).finding(
                    .juiceOnceDaily, juice.map { meal.items[$0] },
                    english:
                        "Juice is already served at \(earlier.type.label.english) this day; it may count at one eating occasion a day only. Serve whole fruit or a vegetable instead.",
                    spanish:
                        "Ya se sirve jugo en el \(earlier.type.label.spanish) este día; solo puede contar en una comida al día. Sirva fruta entera o una verdura."
                )
        }
        return (findings, withheld)
    }

    /// At least one grain a day is whole grain-rich (a vegetable standing in for grains also counts).
    static func wholeGrainRich(_ outcomes: [MealOutcome], scope: MealScope) -> [Finding] {
        let grains = outcomes.flatMap { $0.credits(toward: .grains) }.filter {
            $0.amount > 0 && $0.item.component != .meatsMeatAlternates
        }
        guard !grains.isEmpty,
            !grains.contains(where: { $0.item.attributes.wholeGrainRich == true || $0.item.component == .vegetables })
        else { return [] }
        return [
            scope.finding(
                .wholeGrainRichDaily, grains.map(\.item),
                english:
                    "No grain served this day is whole grain-rich; at least one a day must be (whole wheat tortillas, brown rice, oatmeal, whole grain bread).",
                spanish:
                    "Ningún grano servido este día es rico en granos integrales; al menos uno al día debe serlo (tortillas de trigo integral, arroz integral, avena, pan integral)."
            )
        ]
    }

    /// Adults' yogurt may replace milk at one meal a day.
    static func yogurtForMilkOnce(_ meals: [Meal], _ outcomes: [MealOutcome], scope: MealScope) -> [Finding] {
        let swaps = outcomes.indices.filter { index in
            outcomes[index].credits.contains { $0.component == .milk && $0.item.attributes.yogurt == true }
        }
        return swaps.dropFirst().map { index in
            let items = outcomes[index].credits.filter { $0.component == .milk && $0.item.attributes.yogurt == true }.map(\.item)
            return MealScope(request: scope.request, day: scope.day, meal: meals[index].type).finding(
                .adultYogurtForMilk, items,
                english:
                    "Yogurt already replaces milk at another meal this day; it may replace milk once a day only. Serve milk.",
                spanish:
                    "El yogur ya sustituye a la leche en otra comida este día; solo puede hacerlo una vez al día. Sirva leche.")
        }
    }
}
