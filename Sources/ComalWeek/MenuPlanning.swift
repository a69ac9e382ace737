import ComalCore
import ComalPlanner
import ComalStore
import Foundation

/// Planning a site's menu by optimisation: behind `comal menu plan` and the cook's planning job alike.
/// The plan draws its items from the site's stored menus, serves the days and meals its menu serves,
/// and is costed for its enrollment at the alliance's current prices.
public struct MenuPlanning: Sendable {
    /// What the cook asks for beyond the site.
    public struct Wishes: Sendable {
        public var weeks: Int
        /// Nil: the age groups of the site's menu.
        public var ageGroups: [MealPatternAgeGroup]?
        /// Dishes served at least once every week.
        public var keep: [String]
        public var avoiding: Set<Allergen>
        public var spacingDays: Int
        /// The site's menu the plan takes its days, meals and age groups from; nil: its first.
        public var menu: Menu.ID?
        /// More menus whose items the plan may use, beside the site's own.
        public var sources: [Menu]
        /// Fresh produce only in its local season that month (1-12), by the stored seasons; nil: any.
        public var inSeason: Int?
        public var timeLimit: Duration

        public init(
            weeks: Int, ageGroups: [MealPatternAgeGroup]? = nil, keep: [String] = [], avoiding: Set<Allergen> = [],
            spacingDays: Int = 2, menu: Menu.ID? = nil, sources: [Menu] = [], inSeason: Int? = nil,
            timeLimit: Duration = .seconds(120)
        ) {
            self.inSeason = inSeason
            self.sources = sources
            self.weeks = weeks
            self.ageGroups = ageGroups
            self.keep = keep
            self.avoiding = avoiding
            self.spacingDays = spacingDays
            self.menu = menu
            self.timeLimit = timeLimit
        }

        /// The longest a cook may let the planner search.
        public static let largestTimeLimit = Duration.seconds(600)
    }

    /// A plan with what it and the menu it started from cost the site.
    public struct Outcome: Sendable {
        public var plan: MenuPlan
        public var yaml: String
        public var cost: MenuCost
        /// The site's menu the plan started from, and its cost.
        public var current: (menu: Menu, cost: MenuCost)
    }

    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Plans `wishes.weeks` weeks for `site` as of `today`, reporting progress.
    public func plan(
        site id: Site.ID, wishes: Wishes, today: CalendarDate, progress: (MenuPlanner.Progress) -> Void = { _ in }
    ) throws -> Outcome {
        guard let site = try database.site(id) else { throw MenuStoreError.unknownSite(id) }
        guard let foods = try database.foods() else { throw MenuStoreError.noFoodTable }
        let stored = try database.siteMenus(site: id)
        guard !stored.isEmpty else { throw MenuPlanError.noMeals }
        let menus = try stored.map { try database.menu($0) }
        let template: Menu
        if let wanted = wishes.menu {
            guard let found = menus.first(where: { $0.id == wanted }) else { throw MenuStoreError.unknownMenu(site: id, menu: wanted) }
            template = found
        } else {
            template = menus[0]
        }
        guard wishes.timeLimit > .zero, wishes.timeLimit <= Wishes.largestTimeLimit else {
            throw MenuPlanningError.timeLimit(wishes.timeLimit)
        }
        let ageGroups = wishes.ageGroups ?? template.ageGroups.filter { !$0.isInfant }
        if let infant = ageGroups.first(where: \.isInfant) { throw MenuPlanningError.infants(infant) }
        guard !ageGroups.isEmpty else { throw MenuPlanningError.noAgeGroups }
        var outOfSeason = Set<Food.ID>()
        if let month = wishes.inSeason {
            guard (1...12).contains(month) else { throw MenuPlanningError.month(month) }
            let seasons = try database.produceSeasons()
            guard !seasons.isEmpty else { throw MenuPlanningError.noSeasons }
            outOfSeason = ProduceSeason.outOfSeason(seasons, in: month)
        }
        let products = try database.products()
        let suppliers = try database.suppliers()
        let pool = PlanCandidatePool.make(
            from: [template] + menus.filter { $0.id != template.id } + wishes.sources, meals: Self.meals(of: template), ageGroups: ageGroups,
            setting: template.setting, foods: foods, allergens: PrintedMenu.allergensByFood(products), avoiding: wishes.avoiding,
            outOfSeason: outOfSeason, asOf: today)
        var planned = template
        planned.ageGroups = ageGroups
        let eaters = ServingPlan.enrollment(of: site, for: planned).plan.everyMeal
        let weeksLabel = BilingualText(english: "\(wishes.weeks)-week", spanish: "de \(wishes.weeks) semanas")
        let request = MenuPlanRequest(
            id: Menu.ID("\(id.rawValue.lowercased())-plan"),
            name: BilingualText(
                english: "\(site.name) \(weeksLabel.english) planned menu", spanish: "Menú planeado \(weeksLabel.spanish) de \(site.name)"),
            setting: template.setting, ageGroups: ageGroups, eaters: eaters, days: Self.days(of: template), weeks: wishes.weeks,
            keep: wishes.keep, spacingDays: wishes.spacingDays)
        let plan = try MenuPlanner.plan(
            request, pool: pool, foods: foods, products: products, suppliers: suppliers, asOf: today,
            timeLimit: wishes.timeLimit, progress: progress)
        let yaml = try MenuWriter.yaml(
            plan.menu,
            comment: [
                "Planned by `comal menu plan` on \(today) for \(id) (\(site.name)) from its menu \(template.id):",
                "\(wishes.weeks) week(s), the least cost at the alliance's prices that meets the CACFP meal pattern,",
                "checked by the checker. Format: menus/menu.schema.json and docs/menus.md.",
            ])
        // Costed with the site, products and suppliers already read for the plan, as `MenuCosting` costs.
        func cost(_ menu: Menu) -> MenuCost {
            MenuCost.make(menu: menu, site: site, foods: foods, products: products, suppliers: suppliers)
        }
        return Outcome(plan: plan, yaml: yaml, cost: cost(plan.menu), current: (template, cost(template)))
    }

    /// Makes the plan one of the site's menus, as `comal menu assign` would.
    public func assign(_ outcome: Outcome, site: Site.ID, now: LocalDateTime, actor: String) throws {
        try database.assignMenu(yaml: outcome.yaml, file: "\(outcome.plan.menu.id).yaml", sites: [site], now: now, actor: actor)
    }

    /// The meal types a menu serves, in the order of the day.
    static func meals(of menu: Menu) -> [MealType] {
        Set(menu.weeks.flatMap(\.days).flatMap(\.meals).map(\.type)).sorted()
    }

    /// The days of the menu's first week and the meals each serves.
    static func days(of menu: Menu) -> [MenuPlanRequest.Day] {
        (menu.weeks.first?.days ?? []).map { day in
            var seen = Set<MealType>()
            return MenuPlanRequest.Day(label: day.label, meals: day.meals.map(\.type).filter { seen.insert($0).inserted })
        }
    }
}

/// Why a plan was not started, before the planner runs.
public enum MenuPlanningError: ExplainedError, Hashable, Sendable {
    case timeLimit(Duration)
    case infants(MealPatternAgeGroup)
    case noAgeGroups
    case month(Int)
    case noSeasons

    public var explanation: BilingualText {
        switch self {
        case .timeLimit(let limit):
            BilingualText(
                english: "the time limit is more than 0 and at most 600 seconds, not \(limit.components.seconds)",
                spanish: "el límite de tiempo es más de 0 y como máximo 600 segundos, no \(limit.components.seconds)")
        case .infants(let group):
            BilingualText(
                english: "the planner plans for children and adults; \(group.label.english) follow the infant pattern, planned by hand",
                spanish: "el planificador planea para niños y adultos; \(group.label.spanish) siguen el patrón de bebés, que se planea a mano")
        case .month(let month):
            BilingualText(english: "a month is 1 to 12, not \(month)", spanish: "un mes es de 1 a 12, no \(month)")
        case .noSeasons:
            BilingualText(
                english: "no produce seasons are stored; store them with `comal import seasons seasons/nm-produce-seasons.csv`",
                spanish: "no hay temporadas de productos guardadas; guárdelas con `comal import seasons seasons/nm-produce-seasons.csv`")
        case .noAgeGroups:
            BilingualText(english: "name at least one age group to plan for", spanish: "indique al menos un grupo de edad para planear")
        }
    }
}
