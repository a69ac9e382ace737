import ComalCore
import ComalStore

/// Substituting a food on a site's stored menu when it is short or out of stock: the options that keep
/// every meal compliant, cheapest first, and the change made on the site's menu with its reason in the
/// audit log, so the menu record and the production records printed from it show what was served.
public struct MenuSubstitution: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The substitutes for `food` on `site`'s menu `menu` in `weeks` (every week when nil).
    public func options(site id: Site.ID, menu menuID: Menu.ID, food: Food.ID, weeks: [Int]?, asOf: CalendarDate) throws
        -> [Substitution]
    {
        let (site, menu, foods) = try load(id, menuID)
        guard foods[food] != nil else { throw SubstitutionError.unknownFood(food) }
        guard menu.weeks.contains(where: { week in (weeks?.contains(week.number) ?? true) && week.days.contains { day in
            day.meals.contains { $0.items.contains { $0.dish == .food(food) } } } })
        else { throw SubstitutionError.notOnMenu(food, menu: menuID) }
        return Substitution.options(
            for: food, in: menu, weeks: weeks, site: site, foods: foods, products: try database.products(),
            suppliers: try database.suppliers(), asOf: asOf)
    }

    /// Replaces `food` with `substitute` on the site's menu, only if it is one of the options, saving the
    /// menu with an audit entry naming both foods, the places and `reason`.
    @discardableResult
    public func apply(
        site id: Site.ID, menu menuID: Menu.ID, food: Food.ID, substitute: Food.ID, weeks: [Int]?, reason: String, actor: String,
        now: LocalDateTime
    ) throws -> Substitution {
        guard let chosen = try options(site: id, menu: menuID, food: food, weeks: weeks, asOf: now.date).first(where: {
            $0.food.id == substitute
        }) else { throw SubstitutionError.notASubstitute(substitute, for: food) }
        guard var source = try database.siteMenu(site: id, menu: menuID)?.source else {
            throw MenuStoreError.unknownMenu(site: id, menu: menuID)
        }
        for place in chosen.places {
            guard let week = chosen.menu.weeks.first(where: { $0.number == place.week }) else { continue }
            let item = week.days[place.day].meals[place.meal].items[place.item]
            source = try MenuEditor.apply(
                .set(index: place.item, dish: .food(substitute), serve: item.servings),
                at: MenuEditor.Place(week: place.week, day: place.day, meal: place.meal), to: source)
        }
        let where_ = chosen.places.map { place in
            let week = chosen.menu.weeks.first { $0.number == place.week }
            let day = week?.days[place.day]
            return "week \(place.week) \(day?.label ?? "") \(day?.meals[place.meal].type.rawValue ?? "")"
        }
        try database.saveSiteMenu(
            site: id, menu: menuID, yaml: source, now: now, actor: actor,
            detail: "substituted \(substitute) for \(food) (\(reason)) at \(where_.joined(separator: ", "))")
        return chosen
    }

    private func load(_ id: Site.ID, _ menuID: Menu.ID) throws -> (Site, Menu, [Food.ID: Food]) {
        guard let site = try database.site(id) else { throw MenuStoreError.unknownSite(id) }
        guard let stored = try database.siteMenu(site: id, menu: menuID) else { throw MenuStoreError.unknownMenu(site: id, menu: menuID) }
        guard let foods = try database.foods() else { throw MenuStoreError.noFoodTable }
        return (site, try database.menu(stored), foods)
    }
}

/// Why a substitution cannot be offered or made.
public enum SubstitutionError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownFood(Food.ID)
    case notOnMenu(Food.ID, menu: Menu.ID)
    case notASubstitute(Food.ID, for: Food.ID)

    public var description: String {
        switch self {
        case .unknownFood(let food): "there is no food \"\(food)\" in the food table"
        case .notOnMenu(let food, let menu): "\(food) is not served as itself on menu \(menu) in those weeks"
        case .notASubstitute(let substitute, let food):
            "\(substitute) cannot replace \(food) without a new finding or a price; list the options without --use"
        }
    }
}
