import ComalCore
import ComalStore

extension MenuSubstitution {
    /// A food the site's menus serve that its last received delivery brought short: where the cook
    /// starts a substitution.
    public struct ShortAtReceiving: Hashable, Sendable {
        public var food: Food
        public var product: Product
        public var delivery: CalendarDate
        /// Eaches the site was to get, and how many of them did not come.
        public var allocated: Int
        public var short: Int
        public var reason: Receipt.Reason?
        /// The site's menus that serve the food.
        public var menus: [Menu.ID]
    }

    /// The foods the site's menus serve that came short for it in the latest delivery received: the
    /// latest window whose receiving left this site short of anything.
    public func shortAtReceiving(site id: Site.ID) throws -> [ShortAtReceiving] {
        guard let foods = try database.foods() else { return [] }
        let menus = try database.siteMenus(site: id).map { try database.menu($0) }
        guard !menus.isEmpty else { return [] }
        for window in try database.windows().sorted(by: { $0.delivery > $1.delivery }) where window.state >= .received {
            guard let consolidation = try database.consolidation(window: window.id) else { continue }
            var found: [ShortAtReceiving] = []
            for line in consolidation.purchases.flatMap(\.lines) {
                guard let allocation = line.allocations.first(where: { $0.recipient == .site(id) }), allocation.shortAtReceiving > 0,
                    let food = foods[Food.ID(line.product.food)]
                else { continue }
                let serving = menus.filter { menu in
                    menu.weeks.contains { $0.days.contains { $0.meals.contains { $0.items.contains { $0.dish == .food(food.id) } } } }
                }
                guard !serving.isEmpty else { continue }
                found.append(
                    ShortAtReceiving(
                        food: food, product: line.product, delivery: window.delivery,
                        allocated: allocation.allocatedEaches + allocation.shortAtReceiving, short: allocation.shortAtReceiving,
                        reason: line.receipt?.reason, menus: serving.map(\.id)))
            }
            if !found.isEmpty { return found }
        }
        return []
    }
}
