import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek
import Foundation

/// `comal kitchen counts`: a satellite's expected counts for a date, confirmed or corrected.
struct KitchenCountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counts",
        abstract: "Show a satellite's expected meal counts for a day, or confirm them (--set lunch:3-5=38,1-2=12).")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The satellite site's id.") var site: String
    @Option(help: "The day (YYYY-MM-DD); default the kitchen's next cooking day.") var date: CalendarDate?
    @Option(name: .customLong("set"), help: "A meal's counts, meal:AGE=N,…; repeat for each meal.") var counts: [MealCounts] = []
    @Option(help: "Who confirms (default: the buyer's name).") var by: String?

    func run() throws {
        let database = try self.database.open()
        let desk = KitchenDesk(database: database)
        let now = try localNow(in: database)
        let siteID = Site.ID(site)
        var (day, service, _) = try desk.ticket(site: siteID, date: date, today: now.date)
        if !counts.isEmpty {
            let actor = try actorName(by, in: database)
            for entry in counts {
                guard service.meals.contains(where: { $0.meal == entry.meal }) else {
                    throw ValidationError("\(site) gets no \(entry.meal.rawValue) from the kitchen on \(day.date)")
                }
                try desk.confirmCounts(site: siteID, date: day.date, meal: entry.meal, servings: entry.counts, by: actor, now: now)
            }
            (day, service, _) = try desk.ticket(site: siteID, date: day.date, today: now.date)
        }
        print("\(site) on \(day.date):")
        for meal in service.meals {
            let counts = meal.count.servings.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }
            print("  \(meal.meal.rawValue): \(counts.joined(separator: ",")) (\(meal.count.source.label.english))")
        }
    }
}

/// `comal kitchen temps`: temperatures at departure (the kitchen) or arrival (the site).
struct KitchenTempsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "temps", abstract: "Record the hot and cold food temperatures of a site's meals at departure or arrival.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The satellite site's id.") var site: String
    @Option(help: "departure or arrival.") var stage: TemperatureReading.Stage
    @Option(help: "The hot food's reading in °F.") var hot: Fahrenheit?
    @Option(help: "The cold food's reading in °F.") var cold: Fahrenheit?
    @Option(help: "The day (YYYY-MM-DD); default today.") var date: CalendarDate?
    @Option(help: "Who took them (default: the buyer's name).") var by: String?

    func run() throws {
        let database = try self.database.open()
        let now = try localNow(in: database)
        let taken = readings(stage, hot: hot, cold: cold)
        guard !taken.isEmpty else { throw ValidationError("give --hot, --cold or both") }
        let flags = try KitchenDesk(database: database).recordTemperatures(
            taken, site: Site.ID(site), date: date ?? now.date, by: try actorName(by, in: database), now: now)
        print("Recorded \(taken.count) \(stage.rawValue) reading\(taken.count == 1 ? "" : "s") for \(site).")
        for flag in flags { print("FLAG: \(flag.message.english)") }
    }
}

/// `comal kitchen receipt`: the site's signed receipt.
struct KitchenReceiptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt",
        abstract: "Record a satellite's signed receipt: what arrived short, meals served, arrival temperatures.",
        discussion: """
            Every container arrived as the ticket says unless --received names it (meal:AGE:FOOD=AMOUNT in the ticket's \
            unit); served counts are the ticket's unless --served gives them (meal:AGE=N,…). Shortfalls are flagged \
            to the kitchen; served counts become the site's next expected counts.
            """)
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The satellite site's id.") var site: String
    @Option(help: "The day (YYYY-MM-DD); default today.") var date: CalendarDate?
    @Option(help: "What arrived of a container, meal:AGE:FOOD=AMOUNT; repeat.") var received: [ReceivedAmount] = []
    @Option(help: "Meals served, meal:AGE=N,…; repeat for each meal.") var served: [MealCounts] = []
    @Option(help: "The hot food's arrival reading in °F.") var hot: Fahrenheit?
    @Option(help: "The cold food's arrival reading in °F.") var cold: Fahrenheit?
    @Option(help: "Who signs (default: the buyer's name).") var by: String?

    func run() throws {
        let database = try self.database.open()
        let now = try localNow(in: database)
        let entry = KitchenDesk.ReceiptEntry(
            received: Dictionary(received.map { ($0.key, $0.amount) }, uniquingKeysWith: { _, last in last }),
            served: Dictionary(served.map { ($0.meal, $0.counts) }, uniquingKeysWith: { _, last in last }),
            arrival: readings(.arrival, hot: hot, cold: cold))
        let receipt = try KitchenDesk(database: database).recordReceipt(
            site: Site.ID(site), date: date ?? now.date, entry: entry, by: try actorName(by, in: database), now: now)
        print("Receipt of \(site) for \(receipt.date) signed by \(receipt.signedBy): \(receipt.lines.count) containers.")
        for line in receipt.shortfalls {
            print(
                "SHORT: \(line.meal.rawValue) \(line.ageGroup.rawValue) \(line.name.english): \(line.received) of \(line.ticket.text) (\(line.servingsShort) servings)"
            )
        }
        for flag in receipt.temperatureFlags { print("FLAG: \(flag.message.english)") }
    }
}
