import ComalCore
import ComalStore
import Foundation

/// The shared kitchen's steps over the store: working out a day (counts, batch, tickets), recording
/// what the satellites confirm and sign, and putting the kitchen's food into the weekly buy. Behind
/// `comal kitchen` and the kitchen's and directors' pages alike.
public struct KitchenDesk: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The kitchen named `id`, or the alliance's only one when `id` is nil.
    public func kitchen(_ id: String?) throws -> Kitchen {
        let kitchens = try database.kitchens()
        guard !kitchens.isEmpty else { throw KitchenError.noKitchen }
        guard let id else {
            guard kitchens.count == 1 else { throw KitchenError.severalKitchens(kitchens.map(\.id.rawValue)) }
            return kitchens[0]
        }
        guard let kitchen = kitchens.first(where: { $0.id.rawValue == id }) else {
            throw KitchenError.unknownKitchen(id, known: kitchens.map(\.id.rawValue))
        }
        return kitchen
    }

    /// The kitchen that cooks for `site`, if any.
    public func kitchen(for site: Site.ID) throws -> Kitchen? {
        try database.kitchens().first { $0.satellite(site) != nil }
    }

    /// The day `date` of `kitchen`, or of the next day it cooks from `today` (today if it cooks today).
    public func day(_ kitchen: Kitchen, date: CalendarDate?, today: CalendarDate) throws -> KitchenDay {
        let inputs = try Inputs(database: database, kitchen: kitchen)
        let date = try date ?? inputs.nextCookingDay(from: today)
        let window = try coveringWindow(date)
        var satellites: [KitchenDay.Satellite] = []
        for satellite in kitchen.satellites {
            guard let site = inputs.sites[satellite.site] else { throw KitchenError.unknownSite(satellite.site, kitchen: kitchen.id) }
            let menu = inputs.menus[satellite.site]
            let confirmed = try database.confirmedMealCounts(site: site.id, date: date)
            let recent = try database.recentKitchenReceipts(site: site.id, before: date, limit: MealCount.recentReceipts)
            var counts: [MealType: MealCount] = [:]
            for meal in satellite.meals {
                counts[meal.meal] = MealCount.expected(
                    enrollment: site.mealPatternEnrollment, ageGroups: menu?.ageGroups ?? [],
                    attendancePercent: kitchen.attendancePercent,
                    recentActuals: recent.compactMap { $0.servedCounts(meal.meal) }, confirmed: confirmed[meal.meal])
            }
            satellites.append(
                KitchenDay.Satellite(site: site, menu: menu, week: menu.map { $0.cycleWeek(for: window.id) } ?? 1, counts: counts))
        }
        return KitchenDay.make(kitchen: kitchen, date: date, satellites: satellites, foods: inputs.foods, facts: inputs.facts)
    }

    /// The order window whose delivery week (its delivery date and the six days after) holds `date`;
    /// the latest one when two do.
    func coveringWindow(_ date: CalendarDate) throws -> OrderWindow {
        let covering = try database.windows().filter { (0..<7).contains(date.dayNumber - $0.delivery.dayNumber) }
        guard let window = covering.max(by: { $0.delivery < $1.delivery }) else { throw KitchenError.noWindow(date) }
        return window
    }

    /// Stores the counts a satellite confirms or corrects for one meal of `date`. A site's own staff do
    /// it by the kitchen's deadline the day before (`enforcingDeadline`); the buyer may still change them after it.
    public func confirmCounts(
        site: Site.ID, date: CalendarDate, meal: MealType, servings: [MealPatternAgeGroup: Int], by: String, now: LocalDateTime,
        enforcingDeadline: Bool = false
    ) throws {
        guard let kitchen = try kitchen(for: site) else { throw KitchenError.notASatellite(site) }
        if enforcingDeadline, let due = Self.countsDue(kitchen, for: date), now > due { throw KitchenError.countsClosed(due: due) }
        try database.confirmMealCount(site: site, date: date, meal: meal, servings: servings, by: by, at: now)
    }

    /// When a site's counts for `date` are due: the kitchen's time on the day before.
    public static func countsDue(_ kitchen: Kitchen, for date: CalendarDate) -> LocalDateTime? {
        CalendarDate(dayNumber: date.dayNumber - 1).map { LocalDateTime(date: $0, time: kitchen.countsDue) }
    }

    /// What the kitchen needs to know about foods beyond the food table, and the satellites' sites and menus.
    struct Inputs {
        let foods: [Food.ID: Food]
        let facts: [Food.ID: KitchenDay.FoodFacts]
        let sites: [Site.ID: Site]
        let menus: [Site.ID: Menu]
        let kitchen: Kitchen

        init(database: AppDatabase, kitchen: Kitchen) throws {
            guard let foods = try database.foods() else { throw KitchenError.foodTableMissing }
            self.foods = foods
            self.kitchen = kitchen
            facts = Self.facts(try database.products())
            sites = Dictionary(try database.sites().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var menus: [Site.ID: Menu] = [:]
            for satellite in kitchen.satellites {
                // A site with several menus eats the first by id, as the order page suggests from it.
                if let stored = try database.siteMenus(site: satellite.site).first {
                    menus[satellite.site] = try database.menu(stored)
                }
            }
            self.menus = menus
        }

        /// Per food: how most of its products are stored (the coldest on a tie) and every allergen any declares.
        static func facts(_ products: [Product]) -> [Food.ID: KitchenDay.FoodFacts] {
            let allergens = PrintedMenu.allergensByFood(products)
            var facts: [Food.ID: KitchenDay.FoodFacts] = [:]
            for (food, offers) in Dictionary(grouping: products.filter { !$0.food.isEmpty }, by: \.food) {
                let storages = Dictionary(grouping: offers, by: \.storage).mapValues(\.count)
                let storage = storages.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
                facts[Food.ID(food)] = KitchenDay.FoodFacts(
                    storage: storage, allergens: (allergens[Food.ID(food)] ?? []).sorted { $0.rawValue < $1.rawValue })
            }
            return facts
        }

        /// Whether any satellite's menu serves one of its meals on `date`'s weekday, in any week.
        func cooks(on date: CalendarDate) -> Bool {
            let label = KitchenDay.dayLabel(date).lowercased()
            return kitchen.satellites.contains { satellite in
                let meals = Set(satellite.meals.map(\.meal))
                return menus[satellite.site]?.weeks.contains { week in
                    week.days.contains { $0.label.lowercased().prefix(3) == label && $0.meals.contains { meals.contains($0.type) } }
                } ?? false
            }
        }

        func nextCookingDay(from today: CalendarDate) throws -> CalendarDate {
            for offset in 0..<14 {
                guard let date = CalendarDate(dayNumber: today.dayNumber + offset) else { break }
                if cooks(on: date) { return date }
            }
            throw KitchenError.noCookingDay(from: today)
        }
    }
}
