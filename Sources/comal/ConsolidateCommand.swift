import ArgumentParser
import ComalCore
import ComalStore

struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Consolidate a closed window: cases to buy, allocation, invoices; writes the workbooks.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The window id.") var window: Int64
    @Option(help: "Where to write the workbooks.") var out: String = "out"
    @Option(help: "Language of the workbooks: en or es.") var lang: Language = .english
    @Option(help: "Who consolidates, for the audit log (default: the alliance's buyer).") var buyer: String?

    func run() throws {
        let db = try database.open()
        let result = try WeeklyCycle(database: db, window: OrderWindow.ID(window))
            .consolidate(actor: actorName(buyer, in: db), now: localNow(in: db), directory: out, language: lang)
        print(ConsolidationReport(result.consolidation, sites: result.sites).text)
        print("Wrote \(result.files.count) workbooks to \(out)/")
    }
}

struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Record what suppliers delivered; shortages are shared fairly, credited, and the workbooks rewritten.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "receiving.csv with columns sku,received_eaches,reason (short|damaged|substituted)") var file: String
    @Option(help: "The window id.") var window: Int64
    @Option(help: "Where to write the workbooks.") var out: String = "out"
    @Option(help: "Language of the workbooks: en or es.") var lang: Language = .english
    @Option(help: "Who receives, for the audit log (default: the alliance's buyer).") var buyer: String?

    func run() throws {
        let db = try database.open()
        let actor = try actorName(buyer, in: db)
        let cycle = WeeklyCycle(database: db, window: OrderWindow.ID(window))
        let now = try localNow(in: db)
        let receipts = try cycle.receive(csv: readUserFile(file), file: file, actor: actor, now: now)
        let result = try cycle.consolidate(actor: actor, now: now, directory: out, language: lang)
        print(ReceivingReport(receipts: receipts, consolidation: result.consolidation).text)
        print("Wrote \(result.files.count) workbooks to \(out)/")
    }
}
