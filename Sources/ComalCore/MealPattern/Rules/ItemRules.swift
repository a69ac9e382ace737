import Foundation

/// Rules about one item on its own: whether it may credit at all (grain-based desserts, sugary cereal
/// and yogurt, tofu, deep-fried food, nuts that never credit, vegetables for grains).
///
/// An item a rule refuses credits nothing; the finding says why, so the missing component is not
/// reported a second time.
enum ItemRules {
    /// The finding that keeps `item` from crediting, or nil when it may credit.
    static func refusal(of item: MealItem, in scope: MealScope) -> Finding? {
        deepFry(item, scope) ?? grainBasedDessert(item, scope) ?? cerealSugar(item, scope)
            ?? yogurtSugar(item, scope) ?? tofu(item, scope) ?? nuts(item, scope) ?? vegetableForGrain(item, scope)
    }

    static func deepFry(_ item: MealItem, _ scope: MealScope) -> Finding? {
        let attributes = item.attributes
        if attributes.deepFatFriedOnSite == true {
            return scope.finding(
                .deepFry, [item],
                english:
                    "\(item.name) is deep-fat fried on site, so it is not part of a reimbursable meal. Bake or roast it instead.",
                spanish:
                    "\(item.spanishName) se fríe en aceite abundante en el sitio, así que no forma parte de una comida reembolsable. Hornéelo o áselo."
            )
        }
        let method = (attributes.reheatedMethod ?? "").lowercased()
        if attributes.commerciallyPrefried == true, method.contains("fry") || method.contains("fried") {
            return scope.finding(
                .deepFry, [item],
                english: "\(item.name) is pre-fried and reheated by frying (\(method)); reheat it in the oven instead.",
                spanish: "\(item.spanishName) viene prefrito y se recalienta friéndolo (\(method)); recaliéntelo en el horno.")
        }
        return nil
    }

    static func grainBasedDessert(_ item: MealItem, _ scope: MealScope) -> Finding? {
        guard item.component == .grains, item.attributes.grainBasedDessert == true else { return nil }
        return scope.finding(
            .grainBasedDessert, [item],
            english:
                "\(item.name) is a grain-based dessert; it never counts as a grain in CACFP. Serve bread, tortillas, crackers or a grain dish instead.",
            spanish:
                "\(item.spanishName) es un postre de granos; nunca cuenta como grano en CACFP. Sirva pan, tortillas, galletas saladas o un platillo de granos."
        )
    }

    static func cerealSugar(_ item: MealItem, _ scope: MealScope) -> Finding? {
        guard item.attributes.breakfastCereal == true else { return nil }
        let addedSugars = scope.request.asOf >= RuleDates.addedSugars
        let perOunce = addedSugars ? item.attributes.addedSugarGramsPerOunce : item.attributes.totalSugarGramsPerOunce
        let kind = addedSugars ? ("added sugars", "azúcares añadidos") : ("total sugars", "azúcares totales")
        guard let perOunce else {
            return scope.finding(
                .cerealSugar, [item],
                english:
                    "\(item.name) is a breakfast cereal, but the menu does not give its \(kind.0) per ounce; it may have at most 6 g per dry ounce. Add it from the label.",
                spanish:
                    "\(item.spanishName) es un cereal de desayuno, pero el menú no indica sus \(kind.1) por onza; puede tener como máximo 6 g por onza seca. Agréguelo de la etiqueta."
            )
        }
        guard perOunce > 6 else { return nil }
        return scope.finding(
            .cerealSugar, [item],
            english:
                "\(item.name) has \(perOunce) g of \(kind.0) per dry ounce; a cereal may have at most 6 g. Choose a less sweet cereal.",
            spanish:
                "\(item.spanishName) tiene \(perOunce) g de \(kind.1) por onza seca; un cereal puede tener como máximo 6 g. Elija un cereal menos dulce."
        )
    }

    static func yogurtSugar(_ item: MealItem, _ scope: MealScope) -> Finding? {
        guard item.attributes.yogurt == true else { return nil }
        if item.attributes.commerciallyPrepared == false {
            return scope.finding(
                .yogurtSugar, [item],
                english: "\(item.name) is homemade yogurt, which does not credit. Serve store-bought yogurt.",
                spanish: "\(item.spanishName) es yogur casero, que no cuenta. Sirva yogur comprado.")
        }
        let addedSugars = scope.request.asOf >= RuleDates.addedSugars
        let perOunce = addedSugars ? item.attributes.addedSugarGramsPerOunce : item.attributes.totalSugarGramsPerOunce
        // 12 g added sugars per 6 oz from 2025-10-01; 23 g total sugars per 6 oz before.
        let limitPer6Ounces: Decimal = addedSugars ? 12 : 23
        let kind = addedSugars ? ("added sugars", "azúcares añadidos") : ("total sugars", "azúcares totales")
        guard let perOunce else {
            return scope.finding(
                .yogurtSugar, [item],
                english:
                    "\(item.name) is yogurt, but the menu does not give its \(kind.0) per ounce; yogurt may have at most \(limitPer6Ounces) g per 6 oz. Add it from the label.",
                spanish:
                    "\(item.spanishName) es yogur, pero el menú no indica sus \(kind.1) por onza; el yogur puede tener como máximo \(limitPer6Ounces) g por 6 oz. Agréguelo de la etiqueta."
            )
        }
        guard perOunce * 6 > limitPer6Ounces else { return nil }
        return scope.finding(
            .yogurtSugar, [item],
            english:
                "\(item.name) has \(perOunce * 6) g of \(kind.0) per 6 oz; yogurt may have at most \(limitPer6Ounces) g. Choose a less sweet yogurt.",
            spanish:
                "\(item.spanishName) tiene \(perOunce * 6) g de \(kind.1) por 6 oz; el yogur puede tener como máximo \(limitPer6Ounces) g. Elija un yogur menos dulce."
        )
    }

    static func tofu(_ item: MealItem, _ scope: MealScope) -> Finding? {
        guard item.isTofu, item.component == .meatsMeatAlternates else { return nil }
        if scope.ageGroup.isInfant, scope.request.asOf < RuleDates.infantTofu {
            return scope.finding(
                .tofu, [item],
                english: "\(item.name): tofu credits for infants only from 2023-11-29.",
                spanish: "\(item.spanishName): el tofu cuenta para bebés solo a partir del 2023-11-29.")
        }
        if item.attributes.commerciallyPrepared != true {
            return scope.finding(
                .tofu, [item],
                english:
                    "\(item.name): only commercially prepared tofu credits; mark it commercially prepared if it comes from a store.",
                spanish: "\(item.spanishName): solo cuenta el tofu preparado comercialmente; márquelo así si viene de la tienda.")
        }
        guard item.attributes.yogurt != true else { return nil }
        // 2.2 oz (1/4 cup) must hold at least 5 g of protein to be 1 oz eq.
        let ounces: Decimal? =
            item.serving.unit == .ounce
            ? item.serving.amount
            : item.serving.cups.map { $0 * 4 * Decimal(string: "2.2")! }
        guard let protein = item.attributes.proteinGramsPerServing, let ounces, ounces > 0 else {
            return scope.finding(
                .tofu, [item],
                english:
                    "\(item.name): give the tofu's protein per serving from the label; 2.2 oz must hold at least 5 g of protein to count.",
                spanish:
                    "\(item.spanishName): indique la proteína por porción del tofu según la etiqueta; 2.2 oz deben tener al menos 5 g de proteína para contar."
            )
        }
        guard protein * Decimal(string: "2.2")! < 5 * ounces else { return nil }
        return scope.finding(
            .tofu, [item],
            english:
                "\(item.name) has \(protein) g of protein in \(ounces.fractionText) oz; tofu needs at least 5 g per 2.2 oz to count.",
            spanish:
                "\(item.spanishName) tiene \(protein) g de proteína en \(ounces.fractionText) oz; el tofu necesita al menos 5 g por 2.2 oz para contar."
        )
    }

    static func nuts(_ item: MealItem, _ scope: MealScope) -> Finding? {
        guard item.attributes.nutOrSeed == true else { return nil }
        let name = item.name.lowercased()
        guard ["acorn", "chestnut", "coconut", "bellota", "castaña", "coco"].contains(where: name.contains)
        else { return nil }
        return scope.finding(
            .nuts, [item],
            english: "\(item.name): acorns, chestnuts and coconut do not credit as a meat alternate.",
            spanish: "\(item.spanishName): las bellotas, las castañas y el coco no cuentan como sustituto de carne.")
    }

    static func vegetableForGrain(_ item: MealItem, _ scope: MealScope) -> Finding? {
        guard item.attributes.substitutesFor == .grains else { return nil }
        if item.component != .vegetables {
            return scope.finding(
                .vegetableForGrain, [item],
                english:
                    "\(item.name): only vegetables may stand in for grains (at breakfast, mark a meat/meat alternate with replaces_grains).",
                spanish:
                    "\(item.spanishName): solo las verduras pueden sustituir a los granos (en el desayuno, marque la carne o sustituto con replaces_grains)."
            )
        }
        guard !scope.request.eligibleForVegetableGrainSubstitution else { return nil }
        return scope.finding(
            .vegetableForGrain, [item],
            english:
                "\(item.name) is served in place of grains, which only tribal-serving programs and sites in American Samoa, Guam, Hawaii, Puerto Rico and the U.S. Virgin Islands may do. Serve a grain.",
            spanish:
                "\(item.spanishName) se sirve en lugar de granos, lo que solo pueden hacer programas que atienden a comunidades indígenas y sitios en Samoa Americana, Guam, Hawái, Puerto Rico e Islas Vírgenes. Sirva un grano."
        )
    }
}
