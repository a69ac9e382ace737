import ArgumentParser
import ComalCore

struct SupplierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supplier", abstract: "Add and list suppliers.", subcommands: [Add.self, List.self])

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
                print(
                    "\(supplier.id)\t\(supplier.name)\tfee \(supplier.deliveryFee.formatted)\tminimum \(supplier.minimumOrder.formatted)\t\(products) products"
                )
            }
        }
    }
}
