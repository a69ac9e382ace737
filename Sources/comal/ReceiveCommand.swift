import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek

struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Record what suppliers delivered; shortages are shared fairly, credited, and the workbooks rewritten.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "receiving.csv with columns sku,received_eaches,reason (short|damaged|substituted)") var file: String
    @OptionGroup var week: WeekOptions

    func run() throws {
        let db = try database.open()
        let actor = try actorName(week.buyer, in: db)
        let now = try localNow(in: db)
        let (receipts, result) = try WeeklyCycle(database: db, window: week.windowID)
            .receive(
                csv: readUserFile(file), file: file, actor: actor, now: now, directory: week.out, language: week.lang)
        print(ReceivingReport(receipts: receipts, consolidation: result.consolidation).text)
        print("Wrote \(result.files.count) workbooks to \(week.out)/")
    }
}
