import Foundation

/// Offer versus serve: allowed only in at-risk afterschool and adult day care, never at snacks. The
/// meal offers every component; the participant takes at least three (declining 1 of 4 breakfast items,
/// 2 of 5 lunch components, 1 of 4 adult supper components, 2 of 5 at-risk supper components).
enum OfferVersusServeRules {
    /// Whether offer versus serve governs `meal`; reports it when the request asks for it where it is not allowed.
    static func applies(to meal: Meal, scope: MealScope, outcome: inout MealOutcome) -> Bool {
        guard scope.request.serviceStyle == .offerVersusServe else { return false }
        let settings: Set<CareSetting> = [.atRiskAfterschool, .adultDayCare]
        guard settings.contains(scope.request.setting) else {
            outcome.findings.append(
                scope.finding(
                    .offerVersusServe, [],
                    english:
                        "Offer versus serve is allowed only in at-risk afterschool programs and adult day care; serve every component to each child.",
                    spanish:
                        "Ofrecer en vez de servir solo se permite en programas extraescolares de riesgo y en guarderías de adultos; sirva todos los componentes a cada niño."
                ))
            return false
        }
        guard !meal.type.isSnack else {
            outcome.findings.append(
                scope.finding(
                    .offerVersusServe, [],
                    english: "Offer versus serve does not apply to snacks; serve both components.",
                    spanish: "Ofrecer en vez de servir no se aplica a las meriendas; sirva ambos componentes."))
            return false
        }
        let required = requiredComponents(meal.type, ageGroup: scope.ageGroup)
        if let offered = scope.request.offeredComponents {
            let missing = required.filter { group in !group.contains(where: offered.contains) }
            if !missing.isEmpty {
                let names = missing.map { $0.map(\.label.english).joined(separator: " or ") }.joined(separator: ", ")
                let nombres = missing.map { $0.map(\.label.spanish).joined(separator: " o ") }.joined(separator: ", ")
                outcome.findings.append(
                    scope.finding(
                        .offerVersusServe, [],
                        english:
                            "Under offer versus serve the meal must still offer every component; \(meal.type.label.english) does not offer \(names).",
                        spanish:
                            "Con ofrecer en vez de servir la comida debe ofrecer todos los componentes; el \(meal.type.label.spanish) no ofrece \(nombres)."
                    ))
            }
        }
        return true
    }

    /// Checks that the participant took at least three items (breakfast) or three components in full
    /// portions (lunch, supper).
    static func checkTaken(_ meal: Meal, scope: MealScope, outcome: inout MealOutcome) {
        let taken: Int
        if meal.type == .breakfast {
            taken = outcome.credits.filter { $0.amount > 0 }.count
        } else if let minimums = MealPatternMinimums(meal: meal.type, ageGroup: scope.ageGroup) {
            taken =
                FoodComponent.fiveComponents.filter { component in
                    let total = outcome.credits(toward: component).totalAmount
                    return total > 0 && total >= (minimums.minimum(of: component) ?? 0)
                }.count
        } else {
            taken = 0
        }
        guard taken < 3 else { return }
        let what = meal.type == .breakfast ? ("items", "alimentos") : ("components", "componentes")
        outcome.findings.append(
            scope.finding(
                .offerVersusServe, outcome.credits.map(\.item),
                english:
                    "Under offer versus serve a participant must take at least 3 \(what.0) at \(meal.type.label.english); this tray has \(taken).",
                spanish:
                    "Con ofrecer en vez de servir el participante debe tomar al menos 3 \(what.1) en el \(meal.type.label.spanish); esta bandeja tiene \(taken)."
            ))
    }

    /// The components a meal must offer, each as the alternatives that satisfy it.
    private static func requiredComponents(_ meal: MealType, ageGroup: MealPatternAgeGroup) -> [[FoodComponent]] {
        switch meal {
        case .breakfast: return [[.milk], [.vegetables, .fruits], [.grains, .meatsMeatAlternates]]
        case .supper where ageGroup == .adult: return [[.meatsMeatAlternates], [.vegetables], [.fruits, .vegetables], [.grains]]
        default: return [[.milk], [.meatsMeatAlternates], [.vegetables], [.fruits, .vegetables], [.grains]]
        }
    }
}
