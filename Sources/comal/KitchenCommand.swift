import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek
import Foundation

/// `comal kitchen`: the shared kitchen's day, counts, receipts, temperatures, route and order.
struct KitchenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kitchen",
        abstract: "The shared kitchen: what to cook for its satellite sites, and the records back from them.",
        subcommands: [
            KitchenDayCommand.self, KitchenCountsCommand.self, KitchenTempsCommand.self, KitchenReceiptCommand.self,
            KitchenRouteCommand.self, KitchenOrderCommand.self,
        ])
}

/// Options every kitchen subcommand shares: the database and which kitchen.
struct KitchenOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The kitchen's id, as in the alliance file; may be left out when the alliance has one.") var kitchen: String?
}

struct KitchenDayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day",
        abstract: "What the kitchen cooks on a date: counts per site, meal and age group, the containers, and the batch.",
        discussion: """
            --date defaults to the next day the kitchen cooks (today if it cooks today). --out writes the printable \
            pages (batch sheet, tickets, container labels, temperature log, receipts) in English and Spanish, and PDFs \
            when Chromium is installed.
            """)
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: KitchenOptions
    @Option(help: "The day to cook for (YYYY-MM-DD).") var date: CalendarDate?
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "A directory to write the printable pages into (created if missing).") var out: String?

    func run() async throws {
        let database = try options.database.open()
        let desk = KitchenDesk(database: database)
        let kitchen = try desk.kitchen(options.kitchen)
        let now = try localNow(in: database)
        let day = try desk.day(kitchen, date: date, today: now.date)
        switch format {
        case .json: print(try KitchenDayJSON.encoded(day))
        case .text: print(KitchenDayText.render(day), terminator: "")
        }
        if let out {
            let written = try await desk.writePages(day, directory: out)
            let stream = format == .json ? "stderr" : "stdout"
            for file in written { printLine("wrote \(file)", to: stream) }
        }
    }

    private func printLine(_ text: String, to stream: String) {
        if stream == "stderr" {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        } else {
            print(text)
        }
    }
}
