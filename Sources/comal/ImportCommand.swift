import ArgumentParser
import ComalCore
import ComalStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import sites, a supplier's catalog or site orders from CSV (all or nothing).",
        subcommands: [Sites.self, Catalog.self, Orders.self])

    struct Sites: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import or update member sites.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "sites.csv") var file: String

        func run() throws {
            let summary = try database.open().importSites(csv: readUserFile(file), file: file)
            print("\(file): \(summary)")
        }
    }

    struct Catalog: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import or update a supplier's price list.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "catalog.csv") var file: String
        @Option(help: "The supplier, as named with `comal supplier add`.") var supplier: String

        func run() throws {
            let db = try database.open()
            guard let found = try db.supplier(named: supplier) else {
                throw ValidationError("no supplier named \"\(supplier)\"; add it with `comal supplier add \"\(supplier)\"`")
            }
            let summary = try db.importCatalog(csv: readUserFile(file), file: file, supplier: found.id)
            print("\(file): \(summary)")
        }
    }

    struct Orders: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import site orders for a window; each site in the file has its order replaced.",
            discussion:
                "Directors import until the cutoff. After it, only the buyer can (--buyer NAME), and every change is audited.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "orders.csv") var file: String
        @Option(help: "The order window id.") var window: Int64
        @Option(help: "Change orders as the buyer (allowed after the cutoff; audited).") var buyer: String?

        func run() throws {
            let db = try database.open()
            let summary = try db.importOrders(
                csv: readUserFile(file), file: file, window: OrderWindow.ID(window),
                now: localNow(in: db), buyer: buyer)
            print("\(file): \(summary)")
        }
    }
}
