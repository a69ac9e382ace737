import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek

struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Consolidate a closed window: cases to buy, allocation, invoices; writes the workbooks.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var week: WeekOptions

    func run() throws {
        let db = try database.open()
        var bar = ProgressBar()
        let result: WeeklyCycle.Result
        do {
            defer { bar.finish() }
            result = try WeeklyCycle(database: db, window: week.windowID)
                .consolidate(
                    actor: actorName(week.buyer, in: db), now: localNow(in: db), directory: week.out, language: week.lang,
                    progress: { bar.show($0) })
        }
        print(ConsolidationReport(result.consolidation, sites: result.sites).text)
        print("Wrote \(result.files.count) workbooks to \(week.out)/")
    }
}
