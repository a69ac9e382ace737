import Foundation

/// A snack is two different components, each at its minimum; only one of them may be a beverage, so
/// when milk is one, juice cannot be the other.
enum SnackRules {
    static func check(scope: MealScope, outcome: inout MealOutcome) {
        guard let meal = scope.meal, let minimums = MealPatternMinimums(meal: meal, ageGroup: scope.ageGroup) else { return }
        let creditable = FoodComponent.fiveComponents
        func total(_ component: FoodComponent) -> Decimal {
            outcome.credits(toward: component).totalAmount
        }
        // With milk served, juice cannot be the second component.
        let juice = total(.milk) > 0 ? outcome.credits.filter(\.item.isJuice) : []
        outcome.credits.removeAll { juice.contains($0) }
        let met = creditable.filter { total($0) >= minimums.minimum(of: $0)! }
        guard met.count < 2 else { return }
        if !juice.isEmpty {
            let milk = outcome.credits(toward: .milk).map(\.item)
            outcome.findings.append(
                scope.finding(
                    .snackOneBeverage, milk + juice.map(\.item),
                    english:
                        "\(scope.occasion.english.capitalizedFirst) is milk and juice: only one snack component may be a beverage, so the juice does not count. Serve a food (fruit, crackers, cheese) with the milk.",
                    spanish:
                        "\(scope.occasion.spanish.capitalizedFirst) es leche y jugo: solo un componente de la merienda puede ser bebida, así que el jugo no cuenta. Sirva un alimento (fruta, galletas, queso) con la leche."
                ))
            return
        }
        // Judged on what credits: a refused item's component is not served.
        let served = creditable.filter { !outcome.credits(toward: $0).isEmpty }
        if served.count < 2 {
            let names = served.map(\.label.english).joined(separator: ", ")
            let nombres = served.map(\.label.spanish).joined(separator: ", ")
            outcome.findings.append(
                scope.finding(
                    .snackComponents, outcome.credits.map(\.item),
                    english:
                        "\(scope.occasion.english.capitalizedFirst) serves \(served.count) component\(served.count == 1 ? "" : "s")\(names.isEmpty ? "" : " (\(names))"); a snack needs two different components (two fruits are one component).",
                    spanish:
                        "\(scope.occasion.spanish.capitalizedFirst) sirve \(served.count) componente\(served.count == 1 ? "" : "s")\(nombres.isEmpty ? "" : " (\(nombres))"); una merienda necesita dos componentes distintos (dos frutas son un solo componente)."
                ))
            return
        }
        for component in served where !met.contains(component) {
            let credits = outcome.credits(toward: component)
            guard !credits.isEmpty else { continue }
            outcome.report(
                ComponentShortfall.finding(component, credits: credits, minimum: minimums.minimum(of: component)!, scope: scope),
                about: component)
        }
    }
}
