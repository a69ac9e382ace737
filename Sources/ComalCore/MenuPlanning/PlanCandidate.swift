import Foundation

/// A menu item the planner may put on a meal: a food or recipe in the amounts a cook already serves it
/// at that kind of meal in one of the alliance's menus, with what it credits for each age group (by the
/// checker's own crediting) and what one eater of each age group takes to buy.
///
/// Drawing items from menus cooks wrote, rather than inventing amounts, keeps a planned menu in
/// portions a kitchen recognises.
public struct PlanCandidate: Hashable, Sendable {
    public var meal: MealType
    /// The item, served only to the plan's age groups.
    public var item: MenuItem
    /// The recipe a recipe item needs, copied into the planned menu.
    public var recipe: Recipe?
    public var name: BilingualText
    /// What it credits, by age group served; an age group absent is not served it.
    public var credits: [MealPatternAgeGroup: [ItemCrediting]]
    /// What one eater of each age group takes, food by food, in each food's purchase unit.
    public var needs: [MealPatternAgeGroup: [Food.ID: Quantity]]
    /// The allergens the products of its foods declare.
    public var allergens: Set<Allergen>

    /// The food or recipe, whatever the amounts: what variety counts.
    public var dish: String {
        switch item.dish {
        case .food(let id): "food:\(id.rawValue)"
        case .recipe(let id): "recipe:\(id.rawValue)"
        }
    }

    /// The id a cook names it by (`oats-rolled`, `green-chile-chicken-posole`).
    public var dishID: String { item.dish.id }

    /// Whether it is milk, which is served at every meal and so is exempt from variety.
    public var isMilk: Bool { credits.values.contains { $0.contains { $0.component == .milk } } }

    /// Whether it is juice, which credits at one occasion a day.
    public var isJuice: Bool { credits.values.contains { $0.contains(where: \.isJuice) } }

    /// Its credit toward `component` for `ageGroup`.
    public func credit(toward component: FoodComponent, for ageGroup: MealPatternAgeGroup) -> Decimal {
        (credits[ageGroup] ?? []).filter { $0.component == component }.reduce(Decimal(0)) { $0 + $1.amount }
    }

    /// Whether it meets the daily whole grain-rich rule for `ageGroup`.
    public func meetsWholeGrainRich(for ageGroup: MealPatternAgeGroup) -> Bool {
        (credits[ageGroup] ?? []).contains(where: \.meetsWholeGrainRich)
    }
}

/// The items a plan may draw on and the ones left out, with why, so a cook can see what the planner
/// would not use.
public struct PlanCandidatePool: Sendable {
    /// One item of a source menu the planner will not use.
    public struct LeftOut: Hashable, Sendable {
        public var meal: MealType
        public var name: BilingualText
        public var reason: BilingualText

        public init(meal: MealType, name: BilingualText, reason: BilingualText) {
            self.meal = meal
            self.name = name
            self.reason = reason
        }
    }

    public var candidates: [PlanCandidate]
    public var leftOut: [LeftOut]

    /// The distinct items of `menus` at `meals`, served to `ageGroups` and credited as a `setting` menu
    /// on `asOf`. Left out: items refused for an age group they serve, items that credit nothing, that
    /// stand in for another component (a meat for grains, yogurt for milk: rules counted across meals),
    /// whose needs cannot be worked out, that carry an allergen in `avoiding`, or that need a food in
    /// `outOfSeason`.
    public static func make(
        from menus: [Menu], meals: [MealType], ageGroups: [MealPatternAgeGroup], setting: CareSetting,
        foods: [Food.ID: Food], allergens: [Food.ID: Set<Allergen>], avoiding: Set<Allergen>,
        outOfSeason: Set<Food.ID> = [], asOf: CalendarDate
    ) -> PlanCandidatePool {
        var pool = PlanCandidatePool(candidates: [], leftOut: [])
        var seen = Set<String>()
        var recipes: [Recipe.ID: Recipe] = [:]
        for menu in menus {
            let source = Menu(
                id: menu.id, name: menu.name, setting: setting, ageGroups: ageGroups, recipes: menu.recipes, weeks: [])
            for week in menu.weeks {
                for day in week.days {
                    for meal in day.meals where meals.contains(meal.type) {
                        for item in meal.items {
                            var trimmed = item
                            trimmed.servings = item.servings.filter { ageGroups.contains($0.ageGroup) }
                            guard !trimmed.servings.isEmpty, seen.insert("\(meal.type.rawValue) \(trimmed)").inserted else {
                                continue
                            }
                            let recipe = menu.recipes.first { if case .recipe(let id) = item.dish { $0.id == id } else { false } }
                            if let recipe, let known = recipes[recipe.id], known != recipe {
                                pool.leftOut.append(
                                    LeftOut(meal: meal.type, name: recipe.name, reason: .sameRecipeID(recipe.id.rawValue, menu.id.rawValue)))
                                continue
                            }
                            switch candidate(
                                trimmed, recipe: recipe, at: meal.type, in: source, foods: foods, allergens: allergens,
                                avoiding: avoiding, outOfSeason: outOfSeason, asOf: asOf)
                            {
                            case .success(let candidate):
                                if let recipe { recipes[recipe.id] = recipe }
                                pool.candidates.append(candidate)
                            case .failure(let reason):
                                pool.leftOut.append(
                                    LeftOut(meal: meal.type, name: name(of: item, recipe: recipe, foods: foods), reason: reason.text))
                            }
                        }
                    }
                }
            }
        }
        return pool
    }

    private struct Reason: Error { var text: BilingualText }

    private static func name(of item: MenuItem, recipe: Recipe?, foods: [Food.ID: Food]) -> BilingualText {
        item.dish.name(foods: foods, recipes: recipe.map { [$0.id: $0] } ?? [:])
    }

    private static func candidate(
        _ item: MenuItem, recipe: Recipe?, at meal: MealType, in menu: Menu, foods: [Food.ID: Food],
        allergens: [Food.ID: Set<Allergen>], avoiding: Set<Allergen>, outOfSeason: Set<Food.ID>, asOf: CalendarDate
    ) -> Result<PlanCandidate, Reason> {
        let attributes: CreditingAttributes
        switch item.dish {
        case .food(let id): attributes = (foods[id]?.attributes ?? CreditingAttributes()).overlaid(with: item.attributes)
        case .recipe: attributes = item.attributes
        }
        if attributes.replacesGrains == true || attributes.substitutesFor != nil {
            return .failure(Reason(text: .standsIn))
        }
        var credits: [MealPatternAgeGroup: [ItemCrediting]] = [:]
        var needs: [MealPatternAgeGroup: [Food.ID: Quantity]] = [:]
        for serving in item.servings {
            let group = serving.ageGroup
            let credited: [ItemCrediting]?
            do { credited = try menu.crediting(of: item, at: meal, for: group, foods: foods, asOf: asOf) } catch {
                return .failure(Reason(text: error.explanation))
            }
            guard let credited else { return .failure(Reason(text: .refused(group))) }
            credits[group] = credited
            var builder = MenuNeeds.Builder(foods: foods)
            switch item.dish {
            case .food(let id): builder.addServed(id, [(serving.serving, 1)], place: meal.rawValue)
            case .recipe:
                guard let recipe else { return .failure(Reason(text: .noNeeds)) }
                builder.addRecipe(recipe, [(serving.serving, 1)], place: meal.rawValue)
            }
            guard builder.problems.isEmpty else { return .failure(Reason(text: .noNeeds)) }
            needs[group] = Dictionary(builder.needs.map { ($0.food.id, $0.exact) }, uniquingKeysWith: { first, _ in first })
        }
        guard credits.values.contains(where: { $0.contains { $0.amount > 0 } }) else { return .failure(Reason(text: .creditsNothing)) }
        let foodIDs = needs.values.flatMap(\.keys)
        let carried = Set(foodIDs.flatMap { allergens[$0] ?? [] })
        if let avoided = carried.intersection(avoiding).sorted(by: { $0.rawValue < $1.rawValue }).first {
            return .failure(Reason(text: .allergen(avoided)))
        }
        if let food = foodIDs.filter(outOfSeason.contains).sorted(by: { $0.rawValue < $1.rawValue }).first {
            return .failure(Reason(text: .outOfSeason(food)))
        }
        return .success(
            PlanCandidate(
                meal: meal, item: item, recipe: recipe, name: name(of: item, recipe: recipe, foods: foods), credits: credits,
                needs: needs, allergens: carried))
    }
}

extension MenuItem.Dish {
    /// The food's or recipe's name; its id when the table or the menu has none by it.
    func name(foods: [Food.ID: Food], recipes: [Recipe.ID: Recipe]) -> BilingualText {
        let found: BilingualText? =
            switch self {
            case .food(let id): foods[id]?.name
            case .recipe(let id): recipes[id]?.name
            }
        return found ?? BilingualText(english: id, spanish: id)
    }
}

extension BilingualText {
    fileprivate static let standsIn = BilingualText(
        english: "it stands in for another component (a meat for grains, yogurt for milk), which is limited across meals",
        spanish: "sustituye a otro componente (carne por granos, yogur por leche), lo que tiene límites entre comidas")
    fileprivate static let noNeeds = BilingualText(
        english: "what it takes to buy cannot be worked out from the food table's yields",
        spanish: "no se puede calcular cuánto comprar con los rendimientos de la tabla de alimentos")
    fileprivate static let creditsNothing = BilingualText(
        english: "it credits toward no component on its own", spanish: "no cuenta para ningún componente por sí solo")

    fileprivate static func refused(_ group: MealPatternAgeGroup) -> BilingualText {
        BilingualText(
            english: "the meal pattern does not credit it for \(group.label.english) at this meal",
            spanish: "el patrón de comidas no lo acredita para \(group.label.spanish) en esta comida")
    }

    fileprivate static func allergen(_ allergen: Allergen) -> BilingualText {
        BilingualText(english: "it carries \(allergen.rawValue), which the plan avoids", spanish: "contiene \(allergen.rawValue), que el plan evita")
    }

    fileprivate static func outOfSeason(_ food: Food.ID) -> BilingualText {
        BilingualText(
            english: "\(food.rawValue) is not in season locally that month", spanish: "\(food.rawValue) no es de temporada local ese mes")
    }

    fileprivate static func sameRecipeID(_ recipe: String, _ menu: String) -> BilingualText {
        BilingualText(
            english: "menu \(menu) has a different recipe under the id \(recipe) than an earlier menu",
            spanish: "el menú \(menu) tiene otra receta con el id \(recipe) que un menú anterior")
    }
}
