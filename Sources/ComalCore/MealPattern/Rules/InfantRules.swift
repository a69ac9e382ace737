import Foundation

/// The infant pattern (7 CFR 226.20(b)): breastmilk or iron-fortified formula at every meal, and for an
/// infant ready for solids also iron-fortified infant cereal or a meat alternate and a vegetable or fruit
/// (snacks: bread, crackers or cereal and a vegetable or fruit). No juice before 12 months.
enum InfantRules {
    static func check(_ meal: Meal, scope: MealScope) -> MealOutcome {
        var outcome = MealOutcome()
        let isSnack = meal.type.isSnack
        for item in meal.items where item.component != .nonCreditable {
            if let refusal = refusal(of: item, isSnack: isSnack, scope: scope) ?? ItemRules.refusal(of: item, in: scope) {
                // Cow's milk stands where breastmilk or formula should be.
                outcome.report(refusal, about: item.component == .milk ? .breastmilkOrFormula : item.component)
                continue
            }
            outcome.credits.append(ItemCredit(infant: item))
        }
        liquid(meal, scope: scope, outcome: &outcome)
        if scope.ageGroup == .infant6to11Months, scope.request.eatsSolids { solids(meal, scope: scope, outcome: &outcome) }
        return outcome
    }

    private static func isBreastmilkOrFormula(_ item: MealItem) -> Bool {
        item.component == .breastmilkOrFormula || item.attributes.breastmilk == true || item.attributes.infantFormula == true
    }

    private static func refusal(of item: MealItem, isSnack: Bool, scope: MealScope) -> Finding? {
        let attributes = item.attributes
        if attributes.juice == true {
            return scope.finding(
                .infantNoJuice, [item],
                english: "\(item.name): infants under 12 months may not be served fruit or vegetable juice.",
                spanish:
                    "\(item.spanishName): a los bebés menores de 12 meses no se les puede servir jugo de fruta ni de verdura.")
        }
        if attributes.infantFormula == true, attributes.ironFortified != true {
            return scope.finding(
                .infantIron, [item],
                english: "\(item.name): infant formula must be iron-fortified.",
                spanish: "\(item.spanishName): la fórmula infantil debe estar fortificada con hierro.")
        }
        if item.component == .grains, !isSnack, attributes.ironFortified != true {
            return scope.finding(
                .infantIron, [item],
                english:
                    "\(item.name): at infant breakfast, lunch and supper only iron-fortified infant cereal counts as a grain.",
                spanish:
                    "\(item.spanishName): en el desayuno, almuerzo y cena de bebés solo cuenta el cereal infantil fortificado con hierro."
            )
        }
        if item.component == .milk, !isBreastmilkOrFormula(item) {
            return scope.finding(
                .infantQuantity, [item],
                english: "\(item.name): infants under 12 months get breastmilk or iron-fortified formula, not cow's milk.",
                spanish:
                    "\(item.spanishName): los bebés menores de 12 meses reciben leche materna o fórmula fortificada con hierro, no leche de vaca."
            )
        }
        if !isBreastmilkOrFormula(item), attributes.suppliedBy == .parent {
            return scope.finding(
                .infantQuantity, [item],
                english:
                    "\(item.name) is brought by the parent; once an infant eats solids, the provider must supply the foods other than breastmilk or formula.",
                spanish:
                    "\(item.spanishName) lo trae el padre o la madre; cuando el bebé come sólidos, el proveedor debe dar los alimentos que no sean leche materna o fórmula."
            )
        }
        return nil
    }

    /// Breastmilk or formula: 4 fl oz (0-5 months), 6 fl oz (6-11 months) or 2 fl oz (6-11 months, snack);
    /// less breastmilk is fine for an infant who regularly takes less.
    private static func liquid(_ meal: Meal, scope: MealScope, outcome: inout MealOutcome) {
        guard !outcome.reported.contains(.breastmilkOrFormula) else { return }
        let minimum: Decimal = scope.ageGroup == .infant0to5Months ? 4 : (meal.type.isSnack ? 2 : 6)
        let liquids = outcome.credits.filter { isBreastmilkOrFormula($0.item) }
        let total = liquids.totalAmount
        let breastmilkOnly = !liquids.isEmpty && liquids.allSatisfy { $0.item.attributes.breastmilk == true }
        guard total < minimum, !breastmilkOnly else { return }
        let has = Serving(total, .fluidOunce), need = Serving(minimum, .fluidOunce)
        outcome.findings.append(
            scope.finding(
                .infantQuantity, liquids.map(\.item),
                english:
                    "\(scope.occasion.english.capitalizedFirst) gives \(has) of breastmilk or formula; \(scope.who.english) need at least \(need).",
                spanish:
                    "\(scope.occasion.spanish.capitalizedFirst) da \(has) de leche materna o fórmula; \(scope.who.spanish) necesitan al menos \(need)."
            ))
    }

    /// Once ready for solids, each required food group must be offered in some amount.
    private static func solids(_ meal: Meal, scope: MealScope, outcome: inout MealOutcome) {
        let served = Set(outcome.credits.filter { $0.amount > 0 }.map(\.item.component))
        let groups: [([FoodComponent], BilingualText)] =
            meal.type.isSnack
            ? [
                ([.grains], BilingualText(english: "bread, crackers or cereal", spanish: "pan, galletas ni cereal")),
                ([.vegetables, .fruits], BilingualText(english: "vegetable or fruit", spanish: "verdura ni fruta")),
            ]
            : [
                (
                    [.grains, .meatsMeatAlternates],
                    BilingualText(
                        english: "iron-fortified infant cereal or meat alternate",
                        spanish: "cereal infantil fortificado con hierro ni sustituto de carne")
                ),
                ([.vegetables, .fruits], BilingualText(english: "vegetable or fruit", spanish: "verdura ni fruta")),
            ]
        // Judged on what credits: juice refused for an infant leaves the meal without its fruit.
        for (components, label) in groups where !components.contains(where: served.contains) {
            outcome.findings.append(
                scope.finding(
                    .infantQuantity, [],
                    english:
                        "\(scope.occasion.english.capitalizedFirst) has no \(label.english); an infant ready for solid foods must be offered it.",
                    spanish:
                        "\(scope.occasion.spanish.capitalizedFirst) no tiene \(label.spanish); a un bebé listo para sólidos se le debe ofrecer."
                ))
        }
    }
}

extension ItemCredit {
    /// An infant's item, credited as served: infant amounts are tablespoons and fluid ounces, with no
    /// 1/8-cup minimum.
    init(infant item: MealItem) {
        let amount =
            item.serving.cups.map { item.component == .breastmilkOrFormula || item.component == .milk ? $0 * 8 : $0 }
            ?? item.serving.amount
        self.item = item
        self.component = item.component
        self.amount = amount
        self.unrounded = amount
        self.adjustment = nil
    }
}
