import Foundation

/// A component that is served but falls short of its minimum, reported under the rule that made it
/// short: an item under the minimum creditable amount, grain rounding, raw leafy greens counted at half,
/// dried fruit, or plainly too little food.
enum ComponentShortfall {
    /// The finding for `credits` of `component` totalling less than `minimum`.
    static func finding(
        _ component: FoodComponent, credits: [ItemCredit], minimum: Decimal, scope: MealScope,
        label: BilingualText? = nil
    ) -> Finding {
        let total = credits.totalAmount
        let rule = cause(credits: credits, minimum: minimum)
        let unit = component.creditingUnit ?? .cup
        let what = label ?? component.label
        let need = Serving(minimum, unit).description
        let has = Serving(total, unit).description
        func detail(_ name: (MealItem) -> String) -> String {
            credits.map { "\(name($0.item)) \($0.item.serving.description) → \(Serving($0.amount, unit).description)" }
                .joined(separator: "; ")
        }
        let (whyEnglish, whySpanish) = explanation(rule)
        return scope.finding(
            rule, credits.map(\.item),
            english:
                "\(scope.occasion.english.capitalizedFirst) credits \(has) of \(what.english) (\(detail(\.name))); \(scope.who.english) need at least \(need).\(whyEnglish)",
            spanish:
                "\(scope.occasion.spanish.capitalizedFirst) acredita \(has) de \(what.spanish) (\(detail(\.spanishName))); para \(scope.who.spanish) se necesita al menos \(need).\(whySpanish)"
        )
    }

    /// The rule to blame: an item under the minimum creditable amount, a grain rounded down, raw leafy
    /// greens whose raw volume would have been enough, dried fruit; else the minimum itself.
    static func cause(credits: [ItemCredit], minimum: Decimal) -> MealPatternRule {
        if credits.contains(where: { $0.adjustment == .minimumCreditable }) { return .minimumCreditable }
        if credits.contains(where: { $0.adjustment == .grainCredit }) { return .grainCredit }
        let served = credits.reduce(Decimal(0)) { $0 + ($1.item.serving.cups ?? $1.unrounded) }
        if credits.contains(where: { $0.adjustment == .leafyGreens }), served >= minimum { return .leafyGreens }
        if credits.contains(where: { $0.adjustment == .driedFruit }) { return .driedFruit }
        return .minimumQuantity
    }

    private static func explanation(_ rule: MealPatternRule) -> (String, String) {
        switch rule {
        case .minimumCreditable:
            (
                " A vegetable or fruit under 1/8 cup, or a meat/meat alternate under 1/4 oz, does not count.",
                " Una verdura o fruta de menos de 1/8 de taza, o una carne o sustituto de menos de 1/4 oz, no cuenta."
            )
        case .grainCredit:
            (
                " Grains count in steps of 1/4 oz eq, rounded down.",
                " Los granos cuentan en pasos de 1/4 oz eq, redondeando hacia abajo."
            )
        case .leafyGreens:
            (
                " Raw leafy greens count as half their volume (1 cup = 1/2 cup).",
                " Las hojas verdes crudas cuentan la mitad de su volumen (1 taza = 1/2 taza)."
            )
        case .driedFruit:
            (
                " Dried fruit counts double (1/4 cup = 1/2 cup); serve more of it or add another fruit.",
                " La fruta seca cuenta el doble (1/4 de taza = 1/2 taza); sirva más o agregue otra fruta."
            )
        default:
            (" Serve more.", " Sirva más.")
        }
    }
}

extension String {
    /// The text with its first letter in capitals, for a sentence that starts with a meal's name.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
