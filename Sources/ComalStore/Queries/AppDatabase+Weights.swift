import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    static let weightColumns = ["sku", "received_lb"]

    /// Records the weights delivered of a window's catch-weight products from a file of
    /// `sku,received_lb`, replacing earlier weights of the same SKUs, and consolidates the week
    /// again in the same transaction (`reconsolidate`, as receiving does), so the bills follow the
    /// pounds that came. All or nothing.
    public func importWeights<Made>(
        csv: String, file: String, window id: OrderWindow.ID, actor: String, now: LocalDateTime,
        reconsolidate: (ConsolidationInputs) throws -> (Consolidation, Made)
    ) throws -> (weights: [WeightReceipt], consolidation: Consolidation, made: Made) {
        let table = CSVTable(text: csv, file: file, columns: Self.weightColumns)
        return try pool.write { db in
            let weights = try Self.checkedWeights(db, table, window: id)
            for (sku, weight) in weights {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO receivedWeight (orderWindowId, productId, pounds) VALUES (?, ?, ?)",
                    arguments: [id.rawValue, weight.product.rawValue, "\(weight.weight.amount)"])
                try Self.audit(db, at: now, actor: actor, window: id, action: "weight", detail: "\(sku): \(weight.weight.amount) lb (\(file))")
            }
            let (again, made) = try reconsolidate(try Self.consolidationInputs(db, id))
            try Self.saveConsolidation(db, again, window: id, actor: actor, now: now)
            return (weights.map(\.receipt), again, made)
        }
    }

    /// Checks a weights file as `importWeights` does, storing nothing, so that a caller answers at
    /// once and records it as a job afterwards.
    public func checkWeights(csv: String, file: String, window id: OrderWindow.ID) throws {
        let table = CSVTable(text: csv, file: file, columns: Self.weightColumns)
        try read { db in _ = try Self.checkedWeights(db, table, window: id) }
    }

    /// The weights of a file for a consolidated window's catch-weight products; throws every problem.
    private static func checkedWeights(_ db: Database, _ table: CSVTable, window id: OrderWindow.ID) throws -> [(
        sku: String, receipt: WeightReceipt
    )] {
        let window = try OrderWindowRecord.window(db, id)
        guard let stored = try Self.consolidation(db, id) else { throw StoreError.noConsolidation(delivery: window.delivery) }
        let bought = Dictionary(
            stored.purchases.flatMap(\.lines).filter { $0.boughtEaches > 0 }.map { ($0.product.sku, $0.product) },
            uniquingKeysWith: { first, _ in first })
        var problems = table.problems
        var weights: [(sku: String, receipt: WeightReceipt)] = []
        for row in table.rows {
            guard let sku = problems.text(row, "sku") else { continue }
            guard let product = bought[sku] else {
                problems.add(
                    row, "sku", "\(sku) was not bought in this window; only what was bought can arrive",
                    "\(sku) no se compró en este periodo; solo llega lo que se compró")
                continue
            }
            guard product.catchWeightTerms != nil else {
                problems.add(
                    row, "sku", "\(sku) is not priced by the pound (its price list gave no price per pound and case weight)",
                    "\(sku) no tiene precio por libra (su lista de precios no dio precio por libra y peso por caja)")
                continue
            }
            let text = row["received_lb"]
            guard let pounds = OnHandReader.amount(text), pounds > 0, pounds <= CatchWeight.largestDelivery.amount
            else {
                problems.add(
                    row, "received_lb",
                    "\"\(text)\" is not a weight in pounds above 0 and at most \(CatchWeight.largestDelivery.amount)",
                    "\"\(text)\" no es un peso en libras mayor que 0 y de \(CatchWeight.largestDelivery.amount) como máximo")
                continue
            }
            if weights.contains(where: { $0.sku == sku }) {
                problems.add(row, "sku", "\(sku) is listed twice", "\(sku) aparece dos veces")
                continue
            }
            weights.append((sku, WeightReceipt(product: product.id, weight: Quantity(pounds, .pound))))
        }
        try problems.throwIfAny()
        return weights
    }

    /// The weights recorded for a window, by product.
    static func receivedWeights(_ db: Database, _ id: OrderWindow.ID) throws -> [WeightReceipt] {
        try Row.fetchAll(
            db, sql: "SELECT productId, pounds FROM receivedWeight WHERE orderWindowId = ? ORDER BY productId", arguments: [id.rawValue]
        ).map { row in
            let text: String = row[1]
            guard let pounds = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                throw StoreError.unreadableStoredValue(table: "receivedWeight", column: "pounds", value: text)
            }
            return WeightReceipt(product: Product.ID(row[0] as Int64), weight: Quantity(pounds, .pound))
        }
    }
}
