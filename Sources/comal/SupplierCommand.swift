import ArgumentParser
import ComalCore

struct SupplierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplier", abstract: "Add, list and set up suppliers.", subcommands: [Add.self, List.self, SetLayout.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a supplier with its delivery fee and minimum order.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The supplier's name.") var name: String
        @Option(help: "Delivery fee in dollars, split among sites by goods value.") var deliveryFee: Money = .zero
        @Option(help: "Minimum order in dollars.") var minimumOrder: Money = .zero

        func run() throws {
            let supplier = try database.open().addSupplier(name: name, deliveryFee: deliveryFee, minimumOrder: minimumOrder)
            print(
                "Added supplier \(supplier.id): \(supplier.name) (delivery fee \(supplier.deliveryFee.formatted), minimum order \(supplier.minimumOrder.formatted))"
            )
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List suppliers.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open()
            for supplier in try db.suppliers() {
                let products = try db.products(supplier: supplier.id).count
                let layout = supplier.catalogLayout.map { "\tlayout \($0.rawValue)" } ?? ""
                print(
                    "\(supplier.id)\t\(supplier.name)\tfee \(supplier.deliveryFee.formatted)\tminimum \(supplier.minimumOrder.formatted)\t\(products) products\(layout)"
                )
            }
        }
    }

    struct SetLayout: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Store the layout a supplier's price lists come in, so a weekly import needs no option.",
            discussion: "With --mapping the mapping file is checked and stored (layout mapping); with --layout auto the layout is cleared and each file is recognised by its shape.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The supplier's name.") var name: String
        @Option(help: "comal, broadline-csv, order-guide-xlsx, mapping (with --mapping) or auto.") var layout: String?
        @Option(help: "A mapping file (YAML) for the supplier's own shape.") var mapping: String?

        func run() throws {
            let db = try database.open()
            guard let found = try db.supplier(named: name) else {
                throw ValidationError("no supplier named \"\(name)\"; add it with `comal supplier add \"\(name)\"`")
            }
            guard layout != nil || mapping != nil else { throw ValidationError("give --layout, --mapping or both") }
            var chosen: CatalogLayout?
            if let layout, layout != "auto" {
                guard let known = CatalogLayout(rawValue: layout) else {
                    throw ValidationError(
                        "\"\(layout)\" is not a layout; use \((CatalogLayout.allCases.map(\.rawValue) + ["auto"]).joined(separator: ", "))")
                }
                chosen = known
            }
            let text = try mapping.map { (text: try readUserFile($0), file: $0) }
            let supplier = try db.setCatalogLayout(supplier: found.id, layout: chosen, mapping: text)
            print("\(supplier.name): price lists read with \(supplier.catalogLayout.map { "the \($0.rawValue) layout" } ?? "the layout each file's shape shows")")
        }
    }
}
