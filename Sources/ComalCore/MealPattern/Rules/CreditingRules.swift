import Foundation

/// Crediting rules that weigh one item against another in the same meal: beans credited twice, nuts
/// over half the meat/meat alternate before the 2024 rule, and adult yogurt serving as milk and meat
/// alternate at once.
enum CreditingRules {
    static func apply(to meal: Meal, scope: MealScope, outcome: inout MealOutcome) {
        beansOneComponent(scope: scope, outcome: &outcome)
        nutsHalfBefore2024(meal: meal, scope: scope, outcome: &outcome)
        yogurtTwice(scope: scope, outcome: &outcome)
    }

    /// Beans, peas and lentils credit as a vegetable or as a meat alternate, not both: in one meal before
    /// the 2024 rule, in one dish (same `dish_id`, or the same item named twice) from 2024-07-01.
    private static func beansOneComponent(scope: MealScope, outcome: inout MealOutcome) {
        let asVegetable = outcome.credits.filter { $0.item.isBeansPeasLentils && $0.component == .vegetables }
        let asMeat = outcome.credits.filter { $0.item.isBeansPeasLentils && $0.component == .meatsMeatAlternates }
        let sameDish = scope.request.asOf >= RuleDates.rule2024
        func dish(_ item: MealItem) -> String { item.attributes.dishID ?? item.name }
        let doubled = asVegetable.filter { vegetable in
            asMeat.contains { !sameDish || dish($0.item) == dish(vegetable.item) }
        }
        guard !doubled.isEmpty else { return }
        outcome.credits.removeAll { doubled.contains($0) }
        let meats = asMeat.filter { meat in doubled.contains { !sameDish || dish($0.item) == dish(meat.item) } }
        let place = sameDish ? ("dish", "platillo") : ("meal", "comida")
        outcome.report(
            scope.finding(
                .beansOneComponent, meats.map(\.item) + doubled.map(\.item),
                english:
                    "Beans, peas or lentils are credited as both a meat alternate and a vegetable in one \(place.0); they count as one or the other, so the vegetable credit is dropped. Serve another vegetable.",
                spanish:
                    "Los frijoles, chícharos o lentejas se acreditan como sustituto de carne y como verdura en un mismo \(place.1); cuentan como uno u otro, así que no cuentan como verdura. Sirva otra verdura."
            ),
            about: .vegetables)
    }

    /// Before 2024-07-01 nuts and seeds could meet at most half the lunch or supper meat/meat alternate.
    private static func nutsHalfBefore2024(meal: Meal, scope: MealScope, outcome: inout MealOutcome) {
        guard scope.request.asOf < RuleDates.rule2024, meal.type.isLunchOrSupper,
            let minimum = MealPatternMinimums(meal: meal.type, ageGroup: scope.ageGroup)?.meatsMeatAlternates
        else { return }
        let meats = outcome.credits(toward: .meatsMeatAlternates)
        let nuts = meats.filter { $0.item.attributes.nutOrSeed == true }.totalAmount
        let others = meats.filter { $0.item.attributes.nutOrSeed != true }.totalAmount
        guard nuts > 0, min(nuts, minimum / 2) + others < minimum else { return }
        outcome.report(
            scope.finding(
                .nuts, meats.map(\.item),
                english:
                    "Before 2024-07-01 nuts and seeds may meet only half of the meat/meat alternate at \(meal.type.label.english) (\(Serving(minimum / 2, .ounceEquivalent)) of \(Serving(minimum, .ounceEquivalent))); add another meat or meat alternate.",
                spanish:
                    "Antes del 2024-07-01 las nueces y semillas pueden cubrir solo la mitad de la carne o sustituto en el \(meal.type.label.spanish) (\(Serving(minimum / 2, .ounceEquivalent)) de \(Serving(minimum, .ounceEquivalent))); agregue otra carne o sustituto."
            ),
            about: .meatsMeatAlternates)
    }

    /// Adults' yogurt may replace milk, but not in a meal where yogurt is also the meat alternate.
    private static func yogurtTwice(scope: MealScope, outcome: inout MealOutcome) {
        let forMilk = outcome.credits.filter { $0.component == .milk && $0.item.attributes.yogurt == true }
        let asMeat = outcome.credits.filter { $0.component == .meatsMeatAlternates && $0.item.attributes.yogurt == true }
        guard !forMilk.isEmpty, !asMeat.isEmpty else { return }
        outcome.credits.removeAll { forMilk.contains($0) }
        outcome.report(
            scope.finding(
                .adultYogurtForMilk, forMilk.map(\.item) + asMeat.map(\.item),
                english:
                    "Yogurt stands in for milk in a meal where yogurt is also the meat alternate; serve milk, or another meat alternate.",
                spanish:
                    "El yogur sustituye a la leche en una comida donde el yogur también es el sustituto de carne; sirva leche u otro sustituto de carne."
            ),
            about: .milk)
    }
}
