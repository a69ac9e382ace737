import Foundation

/// What a satellite signs for on a kitchen day: how much of each container arrived, how many it served
/// by meal and age group, and the arrival temperatures. CACFP asks every receiving site for this
/// record; a shortfall against the ticket goes back to the kitchen, and the served counts become the
/// site's next expected counts.
public struct KitchenReceipt: Hashable, Sendable, Codable {
    /// One container of the ticket and what of it arrived.
    public struct Line: Hashable, Sendable, Codable {
        public var meal: MealType
        public var ageGroup: MealPatternAgeGroup
        /// The food's or recipe's id, as the menu names it.
        public var food: String
        public var name: BilingualText
        /// The ticket's amount and servings.
        public var ticket: KitchenAmount
        public var servings: Int
        /// How much arrived, in the ticket's unit.
        public var received: Decimal

        public init(
            meal: MealType, ageGroup: MealPatternAgeGroup, food: String, name: BilingualText, ticket: KitchenAmount,
            servings: Int, received: Decimal
        ) {
            self.meal = meal
            self.ageGroup = ageGroup
            self.food = food
            self.name = name
            self.ticket = ticket
            self.servings = servings
            self.received = received
        }

        /// The servings the missing amount would have made, rounded up: a part serving short is a
        /// child without a full portion.
        public var servingsShort: Int {
            guard received < ticket.value, ticket.value > 0 else { return 0 }
            let missing = (ticket.value - received) / ticket.value * Decimal(servings)
            return NSDecimalNumber(decimal: missing.rounded(scale: 0, .up)).intValue
        }
    }

    /// How many were served one meal in one age group.
    public struct Served: Hashable, Sendable, Codable {
        public var meal: MealType
        public var ageGroup: MealPatternAgeGroup
        public var count: Int

        public init(meal: MealType, ageGroup: MealPatternAgeGroup, count: Int) {
            self.meal = meal
            self.ageGroup = ageGroup
            self.count = count
        }
    }

    public var kitchen: Kitchen.ID
    public var site: Site.ID
    public var date: CalendarDate
    public var lines: [Line]
    public var served: [Served]
    public var arrival: [TemperatureReading]
    public var signedBy: String
    public var signedAt: LocalDateTime

    public init(
        kitchen: Kitchen.ID, site: Site.ID, date: CalendarDate, lines: [Line], served: [Served],
        arrival: [TemperatureReading], signedBy: String, signedAt: LocalDateTime
    ) {
        self.kitchen = kitchen
        self.site = site
        self.date = date
        self.lines = lines
        self.served = served
        self.arrival = arrival
        self.signedBy = signedBy
        self.signedAt = signedAt
    }

    /// The lines that arrived short of the ticket, for the kitchen to resolve.
    public var shortfalls: [Line] { lines.filter { $0.received < $0.ticket.value } }

    /// The arrival readings out of range, with what to do.
    public var temperatureFlags: [TemperatureFlag] { arrival.compactMap(\.flag) }

    /// Served counts of `meal` by age group; nil when the receipt records none for it.
    public func servedCounts(_ meal: MealType) -> [MealPatternAgeGroup: Int]? {
        let rows = served.filter { $0.meal == meal }
        guard !rows.isEmpty else { return nil }
        return Dictionary(rows.map { ($0.ageGroup, $0.count) }, uniquingKeysWith: +)
    }

    /// The receipt a site would sign if everything on `service` arrived: the form starts from it.
    public static func expected(
        _ service: KitchenDay.SiteService, kitchen: Kitchen.ID, date: CalendarDate, signedBy: String, at: LocalDateTime
    ) -> KitchenReceipt {
        var lines: [Line] = []
        var served: [Served] = []
        for meal in service.meals {
            for group in MealPatternAgeGroup.allCases {
                guard let count = meal.count.servings[group] else { continue }
                served.append(Served(meal: meal.meal, ageGroup: group, count: count))
            }
            for item in meal.items {
                for container in item.containers {
                    lines.append(
                        Line(
                            meal: meal.meal, ageGroup: container.ageGroup, food: item.dish.id, name: item.name,
                            ticket: container.amount, servings: container.servings, received: container.amount.value))
                }
            }
        }
        return KitchenReceipt(
            kitchen: kitchen, site: service.site.id, date: date, lines: lines, served: served, arrival: [], signedBy: signedBy,
            signedAt: at)
    }
}

extension MenuItem.Dish {
    /// The food's or the recipe's id, as the menu file writes it.
    public var id: String {
        switch self {
        case .food(let food): food.rawValue
        case .recipe(let recipe): recipe.rawValue
        }
    }
}
