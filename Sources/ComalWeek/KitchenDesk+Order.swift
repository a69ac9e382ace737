import ComalCore
import ComalStore
import Foundation

extension KitchenDesk {
    /// The kitchen site's order for a window: what its own menu week needs for its own children, plus
    /// what the kitchen cooks for its satellites on every day of the window's delivery week, as one set
    /// of needs so that the cases are chosen once, like any site's suggested order.
    public struct KitchenOrder: Sendable {
        public var order: SuggestedOrder
        /// The days whose batches are in it.
        public var days: [CalendarDate]
    }

    /// Suggests the kitchen's order for `window` (nothing is stored).
    public func suggestOrder(_ kitchen: Kitchen, window id: OrderWindow.ID) throws -> KitchenOrder {
        guard case .site(let siteID) = kitchen.location else { throw KitchenError.kitchenAtHub(kitchen.id) }
        guard let window = try database.window(id) else { throw CycleError.noSuchWindow(id) }
        guard let site = try database.site(siteID) else { throw KitchenError.unknownSite(siteID, kitchen: kitchen.id) }
        guard let foods = try database.foods() else { throw KitchenError.foodTableMissing }
        var needs: [FoodNeed] = []
        var problems: [NeedProblem] = []
        if let stored = try database.siteMenus(site: siteID).first {
            let menu = try database.menu(stored)
            let (plan, notServed) = ServingPlan.enrollment(of: site, for: menu)
            let own = MenuNeeds.compute(menu: menu, week: try menu.week(menu.cycleWeek(for: id)), plan: plan, foods: foods)
            needs = own.needs
            problems += notServed.sorted { $0.key < $1.key }.map { .enrolledNotServed($0.key, count: $0.value) } + own.problems
        }
        var days: [CalendarDate] = []
        for offset in 0..<7 {
            guard let date = CalendarDate(dayNumber: window.delivery.dayNumber + offset),
                try coveringWindow(date).id == id
            else { continue }
            let day = try self.day(kitchen, date: date, today: date)
            guard !day.batch.isEmpty else { continue }
            days.append(date)
            for need in day.batch.flatMap(\.purchase) { Self.add(need, to: &needs, problems: &problems) }
            for case .need(let problem) in day.problems where !problems.contains(problem) { problems.append(problem) }
        }
        let order = SuggestedOrder.suggest(
            site: siteID, needs: needs, problems: problems, products: try database.products(), suppliers: try database.suppliers())
        return KitchenOrder(order: order, days: days)
    }

    /// Replaces the kitchen site's order in `window` with the suggestion, as `comal order suggest` does.
    public func placeOrder(_ kitchen: Kitchen, window: OrderWindow.ID, now: LocalDateTime) throws -> (
        KitchenOrder, OrderImportSummary
    ) {
        let suggested = try suggestOrder(kitchen, window: window)
        let summary = try OrderSuggestion(database: database).replaceOrder(
            of: suggested.order.site, window: window, with: suggested.order, now: now, basedOn: nil)
        return (suggested, summary)
    }

    /// `need` added to the need for the same food, in that need's unit, or appended.
    private static func add(_ need: FoodNeed, to needs: inout [FoodNeed], problems: inout [NeedProblem]) {
        guard let at = needs.firstIndex(where: { $0.food.id == need.food.id }) else { return needs.append(need) }
        guard let converted = need.exact.converted(to: needs[at].exact.unit) else {
            return problems.append(.ingredientNotConvertible(
                food: need.food.name, quantity: need.exact, unit: needs[at].exact.unit, recipe: need.dishes.first ?? need.food.name))
        }
        needs[at].exact.amount += converted.amount
        for dish in need.dishes where !needs[at].dishes.contains(dish) { needs[at].dishes.append(dish) }
    }
}
