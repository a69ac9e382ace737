import ComalCore
import ComalStore
import Foundation

extension KitchenDesk {
    /// Records temperatures taken for `site`'s meals on `date` (departure by the kitchen, or arrival by
    /// the site) and returns those out of range, with what to do.
    public func recordTemperatures(
        _ readings: [TemperatureReading], site: Site.ID, date: CalendarDate, by: String, now: LocalDateTime
    ) throws -> [TemperatureFlag] {
        guard let kitchen = try kitchen(for: site) else { throw KitchenError.notASatellite(site) }
        for reading in readings where !TemperatureReading.plausibleF.contains(reading.fahrenheit) {
            throw KitchenRecordError.implausibleTemperature(reading.fahrenheit)
        }
        try database.saveKitchenTemperatures(kitchen: kitchen.id, date: date, site: site, readings, by: by, at: now)
        return readings.compactMap(\.flag)
    }

    /// What a site receives and signs for on `date`: the day's ticket, and the receipt it signed if any.
    public func ticket(site: Site.ID, date: CalendarDate?, today: CalendarDate) throws -> (
        day: KitchenDay, service: KitchenDay.SiteService, receipt: KitchenReceipt?
    ) {
        guard let kitchen = try kitchen(for: site) else { throw KitchenError.notASatellite(site) }
        let day = try self.day(kitchen, date: date, today: today)
        guard let service = day.sites.first(where: { $0.site.id == site }) else { throw KitchenError.notASatellite(site) }
        return (day, service, try database.kitchenReceipts(kitchen: kitchen.id, date: day.date)[site])
    }

    /// What a site says arrived and was served, to be checked against the ticket.
    public struct ReceiptEntry: Sendable {
        /// Amounts received that differ from the ticket, by meal, age group and food id.
        public var received: [ReceiptKey: Decimal]
        /// Meals served, by meal and age group; an age group left out keeps the ticket's count.
        public var served: [MealType: [MealPatternAgeGroup: Int]]
        public var arrival: [TemperatureReading]

        public init(
            received: [ReceiptKey: Decimal], served: [MealType: [MealPatternAgeGroup: Int]], arrival: [TemperatureReading]
        ) {
            self.received = received
            self.served = served
            self.arrival = arrival
        }
    }

    /// A container of a ticket: meal, age group and the food's or recipe's id.
    public struct ReceiptKey: Hashable, Sendable {
        public var meal: MealType
        public var ageGroup: MealPatternAgeGroup
        public var food: String

        public init(meal: MealType, ageGroup: MealPatternAgeGroup, food: String) {
            self.meal = meal
            self.ageGroup = ageGroup
            self.food = food
        }
    }

    /// Records `site`'s signed receipt for `date`: the ticket's lines with what arrived, the counts
    /// served, and arrival temperatures, all in one transaction. A container that is not on the ticket,
    /// an amount or count out of bounds, or a reading no thermometer gives is refused and nothing is
    /// stored. Shortfalls and out-of-range temperatures come back on the receipt for the kitchen.
    public func recordReceipt(
        site: Site.ID, date: CalendarDate, entry: ReceiptEntry, by: String, now: LocalDateTime
    ) throws -> KitchenReceipt {
        guard date <= now.date else { throw KitchenRecordError.notArrivedYet(date) }
        let (day, service, _) = try ticket(site: site, date: date, today: date)
        guard !service.meals.isEmpty else { throw KitchenRecordError.noMeals(site, date) }
        var receipt = KitchenReceipt.expected(service, kitchen: day.kitchen.id, date: day.date, signedBy: by, at: now)
        for (key, amount) in entry.received {
            let matching = receipt.lines.indices.filter {
                receipt.lines[$0].meal == key.meal && receipt.lines[$0].ageGroup == key.ageGroup && receipt.lines[$0].food == key.food
            }
            guard !matching.isEmpty else { throw KitchenRecordError.notOnTicket(key.meal, key.ageGroup, key.food) }
            for index in matching {
                guard amount >= 0, amount <= receipt.lines[index].ticket.value * KitchenRecordError.largestOverTicket else {
                    throw KitchenRecordError.amountOutOfRange(food: key.food, amount: amount, ticket: receipt.lines[index].ticket)
                }
                receipt.lines[index].received = amount
            }
        }
        for (meal, counts) in entry.served {
            guard service.meals.contains(where: { $0.meal == meal }) else { throw KitchenRecordError.mealNotOnTicket(meal) }
            for group in MealPatternAgeGroup.allCases {
                guard let count = counts[group] else { continue }
                guard (0...Site.largestEnrollment).contains(count) else { throw KitchenRecordError.countOutOfRange(count) }
                receipt.served.removeAll { $0.meal == meal && $0.ageGroup == group }
                receipt.served.append(KitchenReceipt.Served(meal: meal, ageGroup: group, count: count))
            }
        }
        for reading in entry.arrival where !TemperatureReading.plausibleF.contains(reading.fahrenheit) {
            throw KitchenRecordError.implausibleTemperature(reading.fahrenheit)
        }
        receipt.arrival = entry.arrival.filter { $0.stage == .arrival }
        try database.saveKitchenReceipt(receipt)
        return receipt
    }
}

/// Why a record from a site or the kitchen was refused, naming what to fix.
public enum KitchenRecordError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A site may record more than the ticket sent (a kitchen that sent extra), up to this many times it.
    static let largestOverTicket: Decimal = 10

    case notOnTicket(MealType, MealPatternAgeGroup, String)
    case mealNotOnTicket(MealType)
    case amountOutOfRange(food: String, amount: Decimal, ticket: KitchenAmount)
    case countOutOfRange(Int)
    case implausibleTemperature(Decimal)
    /// A receipt is signed when the meals have come, not before.
    case notArrivedYet(CalendarDate)
    /// The kitchen sends the site nothing that day, so there is nothing to sign for.
    case noMeals(Site.ID, CalendarDate)

    public var description: String {
        switch self {
        case .notOnTicket(let meal, let group, let food):
            "\(meal.rawValue), \(group.rawValue), \(food) is not on the ticket; name a container the ticket lists"
        case .mealNotOnTicket(let meal): "\(meal.rawValue) is not on the ticket"
        case .amountOutOfRange(let food, let amount, let ticket):
            "\(food): \(amount) received is not between 0 and 10 times the \(ticket.text) sent"
        case .countOutOfRange(let count): "\(count) served is not a count from 0 to \(Site.largestEnrollment)"
        case .implausibleTemperature(let degrees):
            "\(degrees) °F is not a food temperature (between -40 and 250 °F); check the reading"
        case .notArrivedYet(let date): "the meals of \(date) have not come yet; sign the receipt when they arrive"
        case .noMeals(let site, let date): "the kitchen sends \(site) no meals on \(date); give the day the meals came with --date"
        }
    }
}
