import Foundation

/// Checks one eating occasion for children and adults: which items credit, toward which component,
/// then the components the meal type requires (breakfast, lunch and supper, snack) and their minimums.
enum MealRules {
    /// Checks `meal`; `withheld` are items a day rule already refused (juice after the first occasion).
    static func check(_ meal: Meal, scope: MealScope, withheld: Set<Int>) -> MealOutcome {
        var outcome = MealOutcome()
        let offerVersusServe = OfferVersusServeRules.applies(to: meal, scope: scope, outcome: &outcome)
        for (index, item) in meal.items.enumerated() where item.component != .nonCreditable {
            if withheld.contains(index) {
                outcome.reported.insert(item.component)
                continue
            }
            switch verdict(on: item, at: meal.type, scope: scope) {
            case .credits(let credit): outcome.credits.append(credit)
            case .refused(let finding, let component): outcome.report(finding, about: component)
            }
        }
        CreditingRules.apply(to: meal, scope: scope, outcome: &outcome)
        switch meal.type {
        case .breakfast: breakfast(scope: scope, offerVersusServe: offerVersusServe, outcome: &outcome)
        case .lunch, .supper: lunchOrSupper(scope: scope, offerVersusServe: offerVersusServe, outcome: &outcome)
        case .amSnack, .pmSnack, .eveningSnack: SnackRules.check(scope: scope, outcome: &outcome)
        }
        if offerVersusServe { OfferVersusServeRules.checkTaken(meal, scope: scope, outcome: &outcome) }
        return outcome
    }

    /// What one item counts for at a meal of type `mealType`, before the meal's other items are weighed:
    /// its credit, or the finding that refuses it and the component it then leaves the meal without.
    enum ItemVerdict {
        case credits(ItemCredit)
        case refused(Finding, FoodComponent)
    }

    /// The verdict on `item` alone; the check and the planner's crediting both read it, so that a
    /// planned menu is built from the same credits it is checked by.
    static func verdict(on item: MealItem, at mealType: MealType, scope: MealScope) -> ItemVerdict {
        if let refusal = MilkRules.refusal(of: item, in: scope) ?? ItemRules.refusal(of: item, in: scope) {
            return .refused(refusal, target(of: item, scope: scope))
        }
        if item.attributes.replacesGrains == true, mealType != .breakfast {
            return .refused(
                scope.finding(
                    .breakfastMeatForGrain, [item],
                    english:
                        "\(item.name): a meat/meat alternate may replace grains at breakfast only; serve a grain at \(mealType.label.english).",
                    spanish:
                        "\(item.spanishName): la carne o sustituto puede reemplazar los granos solo en el desayuno; sirva un grano en el \(mealType.label.spanish)."
                ),
                .grains)
        }
        let component = target(of: item, scope: scope)
        guard let credit = ItemCredit(item, toward: component) else {
            return .refused(unitFinding(item, component: component, scope: scope), component)
        }
        return .credits(credit)
    }

    /// The component an item counts toward: its own, or the one it stands in for.
    static func target(of item: MealItem, scope: MealScope) -> FoodComponent {
        if item.component == .vegetables, item.attributes.substitutesFor == .grains { return .grains }
        if item.attributes.yogurt == true, item.attributes.substitutesFor == .milk { return .milk }
        if item.component == .meatsMeatAlternates, item.attributes.replacesGrains == true { return .grains }
        if item.component == .breastmilkOrFormula { return .milk }
        return item.component
    }

    private static func unitFinding(_ item: MealItem, component: FoodComponent, scope: MealScope) -> Finding {
        if component == .grains {
            return scope.finding(
                .grainCredit, [item],
                english:
                    "\(item.name) (\(item.serving)): cannot tell how many oz eq of grain it gives. Add its oz eq, its creditable grain grams, or its Exhibit A group with a weight.",
                spanish:
                    "\(item.spanishName) (\(item.serving)): no se puede saber cuántas oz eq de grano aporta. Agregue sus oz eq, sus gramos de grano acreditable o su grupo del Anexo A con un peso."
            )
        }
        let unit = component.creditingUnit?.symbol ?? "cup"
        return scope.finding(
            .minimumQuantity, [item],
            english:
                "\(item.name) (\(item.serving)): cannot credit an amount in \(item.serving.unit.symbol) as \(component.label.english); give it in \(unit).",
            spanish:
                "\(item.spanishName) (\(item.serving)): no se puede acreditar una cantidad en \(item.serving.unit.symbol) como \(component.label.spanish); indíquela en \(unit)."
        )
    }

    /// A component the meal type requires but the meal does not serve.
    static func missing(_ component: BilingualText, rule: MealPatternRule, scope: MealScope) -> Finding {
        scope.finding(
            rule, [],
            english:
                "\(scope.occasion.english.capitalizedFirst) has no \(component.english); \(scope.occasion.english) must include it.",
            spanish: "\(scope.occasion.spanish.capitalizedFirst) no tiene \(component.spanish); debe incluirlo.")
    }

    /// Reports `component` missing or short against `minimum`, judged on what credits: an item refused for
    /// its own reason (fried on site, too much sugar) leaves the meal without it, and that is reported too.
    static func require(
        _ component: FoodComponent, minimum: Decimal, credits: [ItemCredit], rule: MealPatternRule,
        label: BilingualText? = nil, optional: Bool, scope: MealScope, outcome: inout MealOutcome
    ) {
        let total = credits.totalAmount
        guard total < minimum else { return }
        if credits.isEmpty {
            if !optional { outcome.report(missing(label ?? component.label, rule: rule, scope: scope), about: component) }
        } else {
            outcome.report(
                ComponentShortfall.finding(component, credits: credits, minimum: minimum, scope: scope, label: label),
                about: component)
        }
    }

    private static func breakfast(scope: MealScope, offerVersusServe: Bool, outcome: inout MealOutcome) {
        guard let minimums = MealPatternMinimums(meal: .breakfast, ageGroup: scope.ageGroup) else { return }
        require(
            .milk, minimum: minimums.milk, credits: outcome.credits(toward: .milk), rule: .breakfastComponents,
            optional: offerVersusServe, scope: scope, outcome: &outcome)
        let produce = outcome.credits(toward: .vegetables) + outcome.credits(toward: .fruits)
        require(
            .vegetables, minimum: minimums.vegetables, credits: produce, rule: .breakfastComponents,
            label: BilingualText(english: "vegetables or fruits", spanish: "verduras o frutas"),
            optional: offerVersusServe, scope: scope, outcome: &outcome)
        var grains = outcome.credits(toward: .grains)
        let meats = outcome.credits(toward: .meatsMeatAlternates)
        if grains.isEmpty, !outcome.reported.contains(.grains), !meats.isEmpty {
            // No grain served: the meat/meat alternate stands in for the whole grain component.
            grains = meats.map { credit in
                var moved = credit
                moved.component = .grains
                return moved
            }
        }
        let total = grains.totalAmount
        let grainOnly = grains.filter { $0.item.component != .meatsMeatAlternates }.totalAmount
        outcome.meatReplacedGrains = total >= minimums.grains && grainOnly < minimums.grains
        require(
            .grains, minimum: minimums.grains, credits: grains, rule: .breakfastComponents,
            label: grains.contains(where: { $0.item.component == .meatsMeatAlternates })
                ? BilingualText(
                    english: "grains (or a meat/meat alternate in their place)",
                    spanish: "granos (o carne o sustituto en su lugar)")
                : nil,
            optional: offerVersusServe, scope: scope, outcome: &outcome)
    }

    private static func lunchOrSupper(scope: MealScope, offerVersusServe: Bool, outcome: inout MealOutcome) {
        guard let meal = scope.meal, let minimums = MealPatternMinimums(meal: meal, ageGroup: scope.ageGroup) else { return }
        let adultSupper = meal == .supper && scope.ageGroup == .adult
        let rule = MealPatternRule.lunchSupperComponents
        require(
            .milk, minimum: minimums.milk, credits: outcome.credits(toward: .milk), rule: rule,
            optional: offerVersusServe || adultSupper, scope: scope, outcome: &outcome)
        require(
            .meatsMeatAlternates, minimum: minimums.meatsMeatAlternates ?? 0,
            credits: outcome.credits(toward: .meatsMeatAlternates), rule: rule, optional: offerVersusServe,
            scope: scope, outcome: &outcome)
        let vegetables = outcome.credits(toward: .vegetables)
        require(
            .vegetables, minimum: minimums.vegetables, credits: vegetables, rule: rule, optional: offerVersusServe,
            scope: scope, outcome: &outcome)
        let fruits = outcome.credits(toward: .fruits)
        let fruitTotal = fruits.totalAmount
        if fruitTotal < minimums.fruits {
            if VegetableForFruit.covers(vegetables, vegetableMinimum: minimums.vegetables, fruitMinimum: minimums.fruits) {
                // A second kind of vegetable replaces the whole fruit component.
            } else if fruits.isEmpty, vegetables.reduce(Decimal(0), { $0 + $1.amount }) > minimums.vegetables {
                outcome.report(VegetableForFruit.finding(vegetables, minimums: minimums, scope: scope), about: .fruits)
            } else {
                require(
                    .fruits, minimum: minimums.fruits, credits: fruits, rule: rule, optional: offerVersusServe,
                    scope: scope, outcome: &outcome)
            }
        }
        require(
            .grains, minimum: minimums.grains, credits: outcome.credits(toward: .grains), rule: rule,
            optional: offerVersusServe, scope: scope, outcome: &outcome)
    }
}
