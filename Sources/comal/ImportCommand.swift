import ArgumentParser
import ComalCore
import ComalStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import sites, a supplier's catalog, site orders or the food table from CSV (all or nothing).",
        subcommands: [Sites.self, Catalog.self, Orders.self, Foods.self, Rates.self, Claiming.self, Seasons.self])

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
        static let configuration = CommandConfiguration(
            abstract: "Import or update a supplier's price list, as the supplier sends it (CSV or .xlsx).",
            discussion: """
                The file is read with --mapping, else --layout, else the layout stored for the supplier \
                (`comal supplier set NAME --layout ...`), else the layout its shape shows: comal (Comal's catalog \
                columns), broadline-csv (a distributor's H/F/P/T export) or order-guide-xlsx (an order guide \
                workbook with Product # and Description). A bad row is reported by file, line (or cell) and column, \
                and nothing is imported.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The price list: catalog.csv, an export .csv, or an order guide .xlsx.") var file: String
        @Option(help: "The supplier, as named with `comal supplier add`.") var supplier: String
        @Option(help: "comal, broadline-csv, order-guide-xlsx or mapping (the supplier's stored mapping).")
        var layout: CatalogLayout?
        @Option(help: "A mapping file (YAML) naming the file's columns, header row, sections and storage words.")
        var mapping: String?
        @Option(
            help:
                "The file's text encoding: auto (UTF-8 when it reads as UTF-8, else Windows-1252, as Excel on Windows and distributors' exports save), utf-8 or windows-1252."
        )
        var encoding: TextEncoding = .auto
        @Flag(help: "Show what the file would change (new, gone, prices up and down, packs) and import nothing.")
        var dryRun = false

        func run() throws {
            let db = try database.open()
            guard let found = try db.supplier(named: supplier) else {
                throw ValidationError("no supplier named \"\(supplier)\"; add it with `comal supplier add \"\(supplier)\"`")
            }
            let choice: CatalogLayoutChoice
            if let mapping {
                choice = .mapping(try CatalogMapping.parse(yaml: readUserFile(mapping), file: mapping))
            } else {
                choice = layout.map(CatalogLayoutChoice.layout) ?? .supplierDefault
            }
            let priceList = SupplierFile(name: file, data: try readUserBytes(file), encoding: encoding)
            if dryRun {
                print(try db.catalogChanges(priceList, supplier: found.id, layout: choice).text(file: file, supplier: found.name))
                return
            }
            let summary = try db.importCatalog(priceList, supplier: found.id, layout: choice, on: localNow(in: db).date)
            print("\(file): \(summary)")
            let flagged = summary.changes.flaggedText
            if !flagged.isEmpty { print(flagged) }
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
            var bar = ProgressBar()
            let summary: OrderImportSummary
            do {
                defer { bar.finish() }
                bar.show(done: 0, of: 0, saying: "reading \(file)")
                summary = try db.importOrders(
                    csv: readUserFile(file), file: file, window: OrderWindow.ID(window),
                    now: localNow(in: db), buyer: buyer
                ) { done, total in bar.show(done: done, of: total, saying: "\(done)/\(total) sites' orders saved") }
            }
            print("\(file): \(summary)")
        }
    }

    struct Foods: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the food table (catalogs/foods.csv) that the sites' menus name foods from.",
            discussion: """
                Replaces the stored table, all or nothing: a bad row stops the import with file:line and column, \
                and so does a food that a site's stored menu still names.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "foods.csv") var file: String
        @Option(help: "Who imports, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let db = try database.open()
            let count = try db.importFoods(
                csv: readUserFile(file), file: file, now: localNow(in: db), actor: actorName(by, in: db))
            print("\(file): \(count) foods")
        }
    }
}

extension TextEncoding: ExpressibleByArgument {}
extension CatalogLayout: ExpressibleByArgument {}
