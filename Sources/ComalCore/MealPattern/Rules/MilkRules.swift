/// The milk rules by age: unflavored whole milk at age 1, unflavored milk at 2-5, any milk from 6, with
/// the fat levels allowed before and after the 2026 fluid-milk rule; and the adult yogurt-for-milk swap.
enum MilkRules {
    /// The participant's age in months as the milk rules read it: stated, or the youngest of the group.
    static func ageInMonths(_ request: MealPatternCheckRequest) -> Int {
        if let months = request.participantAgeMonths { return months }
        switch request.ageGroup {
        case .infant0to5Months: return 0
        case .infant6to11Months: return 6
        case .ages1to2: return 12
        case .ages3to5: return 36
        case .ages6to12: return 72
        case .ages13to18: return 156
        case .adult: return 216
        }
    }

    /// The finding that keeps a milk-component item from crediting, or nil when it may credit.
    static func refusal(of item: MealItem, in scope: MealScope) -> Finding? {
        let attributes = item.attributes
        if attributes.yogurt == true, attributes.substitutesFor == .milk { return adultYogurt(item, scope) }
        guard item.component == .milk || item.component == .breastmilkOrFormula else { return nil }
        if attributes.breastmilk == true { return nil }
        let months = ageInMonths(scope.request)
        if attributes.infantFormula == true || item.component == .breastmilkOrFormula {
            guard months > 13 else { return nil }
            return scope.finding(
                .milkAge1, [item],
                english:
                    "\(item.name): iron-fortified formula credits as milk only up to 13 months; serve unflavored whole milk.",
                spanish:
                    "\(item.spanishName): la fórmula fortificada con hierro cuenta como leche solo hasta los 13 meses; sirva leche entera sin sabor."
            )
        }
        if months < 24 { return ageOne(item, scope) }
        if months < 72 { return twoToFive(item, scope, months: months) }
        return sixAndOver(item, scope)
    }

    private static func ageOne(_ item: MealItem, _ scope: MealScope) -> Finding? {
        let attributes = item.attributes
        if attributes.flavored == true || (attributes.milkSubstitute != true && attributes.milkFat != .whole) {
            return scope.finding(
                .milkAge1, [item],
                english: "\(item.name) (\(describe(item).english)): one-year-olds (12-23 months) must get unflavored whole milk.",
                spanish:
                    "\(item.spanishName) (\(describe(item).spanish)): los niños de un año (12 a 23 meses) deben recibir leche entera sin sabor."
            )
        }
        return nil
    }

    private static func twoToFive(_ item: MealItem, _ scope: MealScope, months: Int) -> Finding? {
        let attributes = item.attributes
        if attributes.flavored == true {
            return scope.finding(
                .milk2to5, [item],
                english: "\(item.name) is flavored; children 2 through 5 must get unflavored milk.",
                spanish: "\(item.spanishName) tiene sabor; los niños de 2 a 5 años deben recibir leche sin sabor.")
        }
        guard attributes.milkSubstitute != true, scope.request.asOf < RuleDates.fluidMilkOptions else { return nil }
        let allowed: Set<CreditingAttributes.MilkFat> =
            months <= 25 ? [.whole, .reducedFat, .lowFat, .fatFree] : [.lowFat, .fatFree]
        if let fat = attributes.milkFat, allowed.contains(fat) { return nil }
        return scope.finding(
            .milk2to5, [item],
            english:
                "\(item.name) (\(describe(item).english)): before 2026-06-08 children 2 through 5 must get 1% or fat-free milk (whole or 2% only at 24-25 months).",
            spanish:
                "\(item.spanishName) (\(describe(item).spanish)): antes del 2026-06-08 los niños de 2 a 5 años deben recibir leche al 1% o sin grasa (entera o al 2% solo a los 24-25 meses)."
        )
    }

    private static func sixAndOver(_ item: MealItem, _ scope: MealScope) -> Finding? {
        let attributes = item.attributes
        guard attributes.milkSubstitute != true, scope.request.asOf < RuleDates.fluidMilkOptions else { return nil }
        if let fat = attributes.milkFat, fat == .lowFat || fat == .fatFree { return nil }
        return scope.finding(
            .milk6Plus, [item],
            english:
                "\(item.name) (\(describe(item).english)): before 2026-06-08 participants 6 and older must get 1% or fat-free milk.",
            spanish:
                "\(item.spanishName) (\(describe(item).spanish)): antes del 2026-06-08 los participantes de 6 años o más deben recibir leche al 1% o sin grasa."
        )
    }

    private static func adultYogurt(_ item: MealItem, _ scope: MealScope) -> Finding? {
        guard scope.ageGroup != .adult else { return nil }
        return scope.finding(
            .adultYogurtForMilk, [item],
            english: "\(item.name): yogurt may stand in for milk for adults only; serve milk to \(scope.who.english).",
            spanish:
                "\(item.spanishName): el yogur puede sustituir a la leche solo para adultos; sirva leche a \(scope.who.spanish).")
    }

    /// The milk's fat and flavor as the menu states them.
    private static func describe(_ item: MealItem) -> BilingualText {
        let fat = item.attributes.milkFat
        let fatEnglish = fat.map { $0 == .whole ? "whole" : $0.rawValue } ?? "fat level not given"
        let fatSpanish = fat.map { $0 == .whole ? "entera" : ($0 == .fatFree ? "sin grasa" : $0.rawValue) } ?? "sin indicar grasa"
        let flavored = item.attributes.flavored == true
        return BilingualText(
            english: "\(fatEnglish), \(flavored ? "flavored" : "unflavored")",
            spanish: "\(fatSpanish), \(flavored ? "con sabor" : "sin sabor")")
    }
}
