import ArgumentParser
import ComalCore
import ComalStore

/// `comal lots`: the lot numbers that arrived, and which sites got a lot when a supplier recalls it.
struct LotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lots", abstract: "Record the lots that arrived, and find the sites that got a recalled lot.",
        subcommands: [Record.self, Recall.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a consolidated window's lots from lots.csv (sku,lot,pack_date); each product listed has its lots replaced.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "lots.csv with columns sku,lot,pack_date (YYYY-MM-DD, or empty)") var file: String
        @Option(help: "The window id.") var window: Int64
        @Option(help: "Who records them, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let db = try database.open()
            let count = try db.recordLots(
                csv: readUserFile(file), file: file, window: OrderWindow.ID(window), actor: actorName(by, in: db), now: localNow(in: db))
            print("\(file): \(count) lots recorded for window \(window)")
        }
    }

    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every week a lot arrived in and the sites its product went to, to call them.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The lot number, as the supplier's recall notice gives it.") var lot: String

        func run() throws {
            let db = try database.open()
            let found = try db.recall(lot: lot)
            guard !found.isEmpty else {
                print("No lot \(lot) was recorded at receiving.")
                return
            }
            let names = Dictionary(try db.sites().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for hit in found {
                let packed = hit.packDate.map { ", packed \($0)" } ?? ""
                print("\(hit.delivery) (window \(hit.window)): \(hit.sku) \(hit.description), lot \(hit.lot)\(packed)")
                if hit.lotsThatWeek > 1 {
                    print("  \(hit.lotsThatWeek) lots of it arrived that week: each site below got this lot or another")
                }
                for (site, eaches) in hit.sites.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    print("  \(site) \(names[site] ?? ""): \(eaches) eaches")
                }
            }
        }
    }
}
