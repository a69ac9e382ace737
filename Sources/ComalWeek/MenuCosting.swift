import ComalCore
import ComalStore

/// Costing a menu at a site at the alliance's current prices: behind `comal menu cost` and the cook's
/// pages alike.
public struct MenuCosting: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// What `menu` costs at `site`, every week, with today's catalogs.
    public func cost(_ menu: Menu, site id: Site.ID, foods: [Food.ID: Food]) throws -> MenuCost {
        guard let site = try database.site(id) else { throw MenuStoreError.unknownSite(id) }
        return MenuCost.make(
            menu: menu, site: site, foods: foods, products: try database.products(), suppliers: try database.suppliers())
    }

    /// The margin of `menu` at `site`: its cost against what CACFP pays under `terms` and `rates`.
    public func margin(
        _ menu: Menu, site id: Site.ID, foods: [Food.ID: Food], terms: ClaimingTerms, rates: [ReimbursementRate], year: ProgramYear?,
        today: CalendarDate
    ) throws -> MenuMargin {
        let cost = try self.cost(menu, site: id, foods: foods)
        guard let site = try database.site(id) else { throw MenuStoreError.unknownSite(id) }
        return try MenuMargin.make(menu: menu, cost: cost, site: site, terms: terms, rates: rates, year: year, today: today)
    }
}

/// A margin as `comal menu margin --format json` prints it; money is `{"cents", "formatted"}`.
public struct MenuMarginJSON: Codable, Sendable, Equatable {
    public struct Figures: Codable, Sendable, Equatable {
        public var reimbursement: MenuCostJSON.Amount
        public var sponsorShare: MenuCostJSON.Amount
        public var cost: MenuCostJSON.Amount
        public var margin: MenuCostJSON.Amount

        init(_ figures: MenuMargin.Figures) {
            reimbursement = .init(figures.reimbursement)
            sponsorShare = .init(figures.sponsorShare)
            cost = .init(figures.cost)
            margin = .init(figures.margin)
        }
    }

    public struct Meal: Codable, Sendable, Equatable {
        public var meal: String
        public var rate: MenuCostJSON.Amount
        public var claimedDays: Int
        public var servedDays: Int
        public var cost: MenuCostJSON.Amount
    }

    public var site: String
    public var menu: String
    public var programYear: String
    public var yearNote: String?
    public var method: String
    public var perChildDay: Figures
    public var perMonth: Figures
    public var childDaysPerMonth: Int
    public var meals: [Meal]
    public var derivedRates: [String]

    public init(_ margin: MenuMargin, site: String, menu: Menu) {
        self.site = site
        self.menu = menu.id.rawValue
        programYear = margin.year.description
        yearNote = margin.yearNote
        method = margin.terms.method.label
        perChildDay = Figures(margin.perChildDay)
        perMonth = Figures(margin.perMonth)
        childDaysPerMonth = margin.childDaysPerMonth
        meals = margin.meals.map {
            Meal(meal: $0.meal.rawValue, rate: .init($0.rate), claimedDays: $0.claimedDays, servedDays: $0.servedDays, cost: .init($0.cost))
        }
        derivedRates = margin.derivedRates.map { "\($0.siteKind.rawValue) \($0.category.rawValue) \($0.meal.rawValue) \($0.rate.formatted): \($0.source)" }
    }
}

/// A menu's cost as `comal menu cost --format json` prints it. Money is `{"cents", "formatted"}`.
public struct MenuCostJSON: Codable, Sendable, Equatable {
    public struct Amount: Codable, Sendable, Equatable {
        public var cents: Int
        public var formatted: String

        init(_ money: Money) {
            cents = money.cents
            formatted = money.formatted
        }
    }

    public struct Week: Codable, Sendable, Equatable {
        public var week: Int
        public var cost: Amount
        public var childDays: Int
    }

    public struct AgeGroup: Codable, Sendable, Equatable {
        public var ageGroup: String
        public var cost: Amount
        public var childDays: Int
        public var perChildDay: Amount
    }

    public struct Meal: Codable, Sendable, Equatable {
        public var week: Int
        public var day: String
        public var meal: String
        public var cost: Amount
        public var eaters: Int
        public var perChild: Amount
    }

    public struct Item: Codable, Sendable, Equatable {
        public var week: Int
        public var day: String
        public var meal: String
        public var food: String
        public var name: String
        public var servings: Int
        public var cost: Amount
        public var perServing: Amount
        public var partlyUnpriced: Bool
    }

    public struct Unpriced: Codable, Sendable, Equatable {
        public var food: String
        public var name: String
        public var dishes: [String]
        public var reason: String
    }

    public var site: String
    public var menu: String
    public var total: Amount
    public var perWeek: Amount
    public var perChildDay: Amount
    public var childDays: Int
    public var weeks: [Week]
    public var ageGroups: [AgeGroup]
    public var meals: [Meal]
    public var items: [Item]
    public var unpriced: [Unpriced]
    public var problems: [String]

    public init(_ cost: MenuCost, menu: Menu) {
        site = cost.site.rawValue
        self.menu = menu.id.rawValue
        total = Amount(cost.total)
        perWeek = Amount(cost.perWeek)
        perChildDay = Amount(cost.perChildDay)
        childDays = cost.childDays
        weeks = cost.weeks.map { Week(week: $0.number, cost: Amount($0.cost), childDays: $0.childDays) }
        ageGroups = cost.ageGroups.map {
            AgeGroup(ageGroup: $0.ageGroup.rawValue, cost: Amount($0.cost), childDays: $0.childDays, perChildDay: Amount($0.perChildDay))
        }
        meals = cost.meals.map {
            Meal(
                week: $0.week, day: $0.day, meal: $0.meal.rawValue, cost: Amount($0.cost), eaters: $0.eaters,
                perChild: Amount($0.perChild))
        }
        items = cost.items.map {
            Item(
                week: $0.week, day: $0.day, meal: $0.meal.rawValue, food: $0.dish.id, name: $0.name.english, servings: $0.servings,
                cost: Amount($0.cost), perServing: Amount($0.perServing), partlyUnpriced: $0.isPartlyUnpriced)
        }
        unpriced = cost.unpriced.map {
            Unpriced(
                food: $0.need.food.id.rawValue, name: $0.need.food.name.english, dishes: $0.need.dishes.map(\.english),
                reason: $0.explanation(in: .english))
        }
        problems = cost.problems.map(\.message.english)
    }
}
