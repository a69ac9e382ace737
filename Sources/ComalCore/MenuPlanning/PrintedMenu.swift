import Foundation

/// A menu week as parents read it on the wall: days across, meals down, each item with the age groups it
/// is for when not all, whole grain-rich items and allergens marked.
public struct PrintedMenu: Hashable, Sendable {
    /// One line of a cell.
    public struct Entry: Hashable, Sendable {
        public var name: BilingualText
        /// The age groups served this item, or empty when every age group of the menu is, or every one from
        /// age 1 on (milk differs by age; infants eat their own foods).
        public var onlyFor: [MealPatternAgeGroup]
        public var wholeGrainRich: Bool
        public var allergens: [Allergen]
    }

    /// One meal across the days; `cells[i]` is the meal on `days[i]`, empty when it is not served that day.
    public struct Row: Hashable, Sendable {
        public var meal: MealType
        public var cells: [[Entry]]
    }

    public var menuName: BilingualText
    public var week: Int
    public var days: [BilingualText]
    public var rows: [Row]
    /// Allergens that appear anywhere this week, for the legend.
    public var allergensPresent: [Allergen]
    public var hasWholeGrainRich: Bool
    /// Whether the menu feeds infants, so that untagged items mean every child from age 1.
    public var servesInfants: Bool

    /// Week `weekNumber` of `menu`; `allergens` says which allergens each food carries (from the catalogs'
    /// product labels); a recipe carries those of its ingredients.
    public static func make(menu: Menu, week weekNumber: Int, foods: [Food.ID: Food], allergens: [Food.ID: Set<Allergen>])
        throws(MenuWeekError) -> PrintedMenu
    {
        let week = try menu.week(weekNumber)
        let recipes = Dictionary(menu.recipes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let mealTypes = Set(week.days.flatMap { $0.meals.map(\.type) }).sorted()
        // Where infants eat too, an item for every child from age 1 needs no tag; the legend says so.
        let children = menu.ageGroups.filter { !$0.isInfant }
        var seenAllergens = Set<Allergen>()
        var anyWholeGrain = false
        let rows = mealTypes.map { type in
            Row(
                meal: type,
                cells: week.days.map { day in
                    let items = day.meals.filter { $0.type == type }.flatMap(\.items)
                    return items.compactMap { item -> Entry? in
                        let served = menu.ageGroups.filter { item.serving(for: $0) != nil }
                        let onlyFor = served == menu.ageGroups || served == children ? [] : served
                        let entry: Entry
                        switch item.dish {
                        case .food(let id):
                            guard let food = foods[id] else { return nil }
                            entry = Entry(
                                name: food.name, onlyFor: onlyFor,
                                wholeGrainRich: food.attributes.overlaid(with: item.attributes).wholeGrainRich == true,
                                allergens: (allergens[id] ?? []).sorted { $0.rawValue < $1.rawValue })
                        case .recipe(let id):
                            guard let recipe = recipes[id] else { return nil }
                            let ingredients = recipe.ingredients.compactMap { foods[$0.food] }
                            let wholeGrain =
                                item.attributes.wholeGrainRich
                                ?? ingredients.contains { $0.component == .grains && $0.attributes.wholeGrainRich == true }
                            entry = Entry(
                                name: recipe.name, onlyFor: onlyFor, wholeGrainRich: wholeGrain,
                                allergens: Set(ingredients.flatMap { allergens[$0.id] ?? [] }).sorted {
                                    $0.rawValue < $1.rawValue
                                })
                        }
                        seenAllergens.formUnion(entry.allergens)
                        anyWholeGrain = anyWholeGrain || entry.wholeGrainRich
                        return entry
                    }
                })
        }
        return PrintedMenu(
            menuName: menu.name, week: weekNumber, days: week.days.map { dayName($0.label) }, rows: rows,
            allergensPresent: seenAllergens.sorted { $0.rawValue < $1.rawValue }, hasWholeGrainRich: anyWholeGrain,
            servesInfants: menu.ageGroups.contains(where: \.isInfant))
    }

    /// `Mon` as `Monday` / `Lunes`; a label the menu spells otherwise is kept as written.
    public static func dayName(_ label: String) -> BilingualText {
        let names: [String: (String, String)] = [
            "mon": ("Monday", "Lunes"), "tue": ("Tuesday", "Martes"), "wed": ("Wednesday", "Miércoles"),
            "thu": ("Thursday", "Jueves"), "fri": ("Friday", "Viernes"), "sat": ("Saturday", "Sábado"),
            "sun": ("Sunday", "Domingo"),
        ]
        guard let (english, spanish) = names[String(label.lowercased().prefix(3))] else {
            return BilingualText(english: label, spanish: label)
        }
        return BilingualText(english: english, spanish: spanish)
    }
}

extension Allergen {
    /// The allergen as a parent reads it.
    public var label: BilingualText {
        switch self {
        case .milk: BilingualText(english: "milk", spanish: "leche")
        case .egg: BilingualText(english: "egg", spanish: "huevo")
        case .fish: BilingualText(english: "fish", spanish: "pescado")
        case .shellfish: BilingualText(english: "shellfish", spanish: "mariscos")
        case .peanuts: BilingualText(english: "peanuts", spanish: "cacahuates")
        case .wheat: BilingualText(english: "wheat", spanish: "trigo")
        case .soy: BilingualText(english: "soy", spanish: "soya")
        case .sesame: BilingualText(english: "sesame", spanish: "ajonjolí")
        case .treeNuts: BilingualText(english: "tree nuts", spanish: "nueces de árbol")
        }
    }
}

extension PrintedMenu {
    /// Which allergens each food carries: every allergen any product linked to it declares on its
    /// label, so the wall menu warns for the strictest product a site might receive.
    public static func allergensByFood(_ products: [Product]) -> [Food.ID: Set<Allergen>] {
        var byFood: [Food.ID: Set<Allergen>] = [:]
        for product in products { byFood[Food.ID(product.food), default: []].formUnion(product.allergens) }
        return byFood
    }
}
