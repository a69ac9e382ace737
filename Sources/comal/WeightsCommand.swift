import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek

/// `comal weights`: the pounds delivered of catch-weight products, which their bills follow.
struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Record the weights delivered of catch-weight products (sku,received_lb); bills and invoices follow the pounds.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "weights.csv with columns sku,received_lb") var file: String
    @OptionGroup var week: WeekOptions

    func run() throws {
        let db = try database.open()
        let (weights, result) = try WeeklyCycle(database: db, window: week.windowID).receiveWeights(
            csv: readUserFile(file), file: file, actor: actorName(week.buyer, in: db), now: localNow(in: db), directory: week.out,
            language: week.lang)
        let skus = Dictionary(try db.products().map { ($0.id, $0.sku) }, uniquingKeysWith: { first, _ in first })
        for line in result.consolidation.purchases.flatMap(\.lines) where weights.contains(where: { $0.product == line.product.id }) {
            let weight = weights.first { $0.product == line.product.id }!.weight
            let billed = line.allocations.map(\.cost).sum() - line.credit
            print("\(skus[line.product.id] ?? "") \(line.product.description): \(weight.amount) lb, billed \(billed.formatted)")
        }
        print("Wrote \(result.files.count) workbooks to \(week.out)/")
    }
}
