import ComalCore
import ComalStore
import ComalWeek

/// The kitchen's day for its staff: the counts it cooks for, the batch, the printable pages, the
/// departure temperatures to record, and what the sites flagged on their receipts.
struct KitchenDayPage: Page {
    static let template = "kitchen"

    struct Count: Sendable, Encodable {
        var site, meal, servings, source: String
    }

    struct BatchLine: Sendable, Encodable {
        var meal, item, make, asPurchased, held, allergens: String
        var servings: Int
    }

    struct Link: Sendable, Encodable {
        var name, path: String
    }

    struct Departure: Sendable, Encodable {
        var site, siteName, hot, cold: String
        var flags: [String]
    }

    var chrome: Chrome
    var k: KitchenLabels
    var kitchenName, dateText, date, previousPath, nextPath, temperaturePath: String
    var counts: [Count]
    var batch: [BatchLine]
    var pages: [Link]
    var departures: [Departure]
    var flagged: [String]
    var hasFlagged: Bool
    /// What the day could not work out (a site without a menu), for the cook to know.
    var notes: [String]
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(
        day: KitchenDay, readings: [Site.ID: [TemperatureReading]], receipts: [Site.ID: KitchenReceipt], notice: String?,
        problems: [String], context: WebContext
    ) {
        let language = context.language
        let k = KitchenLabels(language)
        self.k = k
        kitchenName = day.kitchen.name
        let date = day.date.description
        self.date = date
        let query = "?kitchen=\(day.kitchen.id)&date="
        let links = KitchenDayLinks(day.date, language: language) { "/kitchen\(query)\($0)" }
        (dateText, previousPath, nextPath) = (links.dateText, links.previousPath, links.nextPath)
        chrome = Chrome(title: "\(k.kitchenTitle) · \(links.dateText)", context: context)
        temperaturePath = "/kitchen/temperatures\(query)\(date)"
        counts = day.sites.flatMap { service in
            service.meals.map { meal in
                Count(
                    site: "\(service.site.id) \(service.site.name)", meal: meal.meal.label.text(in: language),
                    servings: meal.count.servings.sorted { $0.key < $1.key }.map { "\($0.key.label.text(in: language)): \($0.value)" }
                        .joined(separator: "; "),
                    source: meal.count.source.label.text(in: language))
            }
        }
        batch = day.batch.map { line in
            var make = line.amount.text(in: language)
            if let batches = line.recipeBatches { make += " (\(batches) × \(BilingualText(english: "recipe", spanish: "receta").text(in: language)))" }
            return BatchLine(
                meal: line.meal.label.text(in: language), item: line.name.text(in: language), make: make,
                asPurchased: line.purchase.map { "\($0.food.name.text(in: language)): \($0.toBuy.text(in: language))" }
                    .joined(separator: "; "),
                held: line.temperature.label.text(in: language),
                allergens: line.allergens.isEmpty ? "—" : line.allergens.map { $0.label.text(in: language) }.joined(separator: ", "),
                servings: line.servings)
        }
        pages = [
            ("batch", k.batchSheet), ("tickets", k.tickets), ("labels", k.labels), ("temperature-log", k.temperatureLog),
            ("receipts", k.receipts),
        ].map { Link(name: $0.1, path: "/kitchen/print/\($0.0)\(query)\(date)") }
        departures = day.sites.map { service in
            let taken = (readings[service.site.id] ?? []).filter { $0.stage == .departure }
            let value = { (kind: ServingTemperature) in taken.first { $0.temperature == kind }.map { "\($0.fahrenheit)" } ?? "" }
            return Departure(
                site: service.site.id.rawValue, siteName: service.site.name, hot: value(.hot), cold: value(.cold),
                flags: taken.compactMap { $0.flag?.message.text(in: language) })
        }
        flagged = receipts.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { site, receipt in
            receipt.shortfalls.map { line in
                "\(site): \(k.shortLabel) \(line.meal.label.text(in: language)), \(line.ageGroup.label.text(in: language)), \(line.name.text(in: language)): \(line.received) / \(line.ticket.text(in: language))"
            } + receipt.temperatureFlags.map { "\(site): \($0.message.text(in: language))" }
        }
        hasFlagged = !flagged.isEmpty
        self.notice = notice
        notes = day.problems.map { $0.message.text(in: language) }
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
