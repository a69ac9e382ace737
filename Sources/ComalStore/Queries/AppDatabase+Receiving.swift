import ComalCore
import GRDB

extension AppDatabase {
    static let receiptColumns = ["sku", "received_eaches", "reason"]

    /// Records what the suppliers delivered for a window, replacing earlier receipts of the same SKUs,
    /// all or nothing. Only products of the saved consolidation can be received, and never more than
    /// was bought. A line with the whole count and no reason says all of it arrived: it takes back an
    /// earlier receipt, so a mistaken shortfall can be undone. Returns the receipts the file recorded.
    ///
    /// `reconsolidate` computes the window's consolidation again from its inputs with the new
    /// receipts (and whatever else its caller makes of it, such as workbooks), and that
    /// consolidation is stored in the same transaction: the receipts and the credits they give are
    /// stored together or not at all, whenever the process stops.
    public func importReceipts<Made>(
        csv: String, file: String, window id: OrderWindow.ID, actor: String,
        now: LocalDateTime, reconsolidate: (ConsolidationInputs) throws -> (Consolidation, Made)
    ) throws -> (receipts: [Receipt], consolidation: Consolidation, made: Made) {
        let table = CSVTable(text: csv, file: file, columns: Self.receiptColumns)
        return try pool.write { db in
            let window = try OrderWindowRecord.window(db, id)
            guard let consolidation = try Self.consolidation(db, id) else {
                throw StoreError.noConsolidation(delivery: window.delivery)
            }
            let bought = Dictionary(
                consolidation.purchases.flatMap(\.lines).map { ($0.product.sku, $0) },
                uniquingKeysWith: { first, _ in first })
            var problems = table.problems
            var receipts: [(sku: String, receipt: Receipt)] = []
            var arrivedInFull: [(sku: String, product: Product.ID)] = []
            var firstLines = FirstLines(column: "sku", thing: ("SKU", "código"))
            for row in table.rows {
                var line: PurchaseLine?
                if let sku = problems.text(row, "sku") {
                    line = bought[sku]
                    if line == nil {
                        problems.add(
                            line: row.line, column: "sku", "\"\(sku)\" was not bought for the delivery of \(window.delivery)",
                            "\"\(sku)\" no se compró para la entrega del \(window.delivery)")
                    } else {
                        firstLines.note(sku, at: row, &problems)
                    }
                }
                var received = problems.integer(row, "received_eaches")
                if let count = received, let line, count > line.boughtEaches {
                    problems.add(
                        line: row.line, column: "received_eaches",
                        "\(count) eaches received, but only \(line.boughtEaches) were bought; record extras as a new order",
                        "se recibieron \(count) unidades, pero solo se compraron \(line.boughtEaches); registre lo de más como un pedido nuevo"
                    )
                    received = nil
                }
                if row["reason"].isEmpty, let line, let received {
                    if received == line.boughtEaches {
                        arrivedInFull.append((line.product.sku, line.product.id))
                    } else {
                        problems.add(
                            line: row.line, column: "reason",
                            "say why fewer than the \(line.boughtEaches) bought arrived: short, damaged or substituted",
                            "diga por qué llegaron menos de las \(line.boughtEaches) compradas: short, damaged o substituted")
                    }
                    continue
                }
                let reason = problems.choice(row, "reason", Receipt.Reason.self)
                guard let line, let received, let reason else { continue }
                receipts.append((line.product.sku, Receipt(product: line.product.id, receivedEaches: received, reason: reason)))
            }
            try problems.throwIfAny()

            for (sku, receipt) in receipts {
                let before = try ReceiptRecord.fetchOne(
                    db, key: ["orderWindowId": id.rawValue, "productId": receipt.product.rawValue])
                try ReceiptRecord(
                    orderWindowId: id.rawValue, productId: receipt.product.rawValue,
                    receivedEaches: receipt.receivedEaches, reason: receipt.reason
                ).save(db)
                try Self.audit(
                    db, at: now, actor: actor, window: id, action: "receipt",
                    detail:
                        "\(sku): \(before.map { "\($0.receivedEaches) \($0.reason.rawValue)" } ?? "none") → \(receipt.receivedEaches) \(receipt.reason.rawValue) (\(file))"
                )
            }
            for (sku, product) in arrivedInFull {
                let key: [String: any DatabaseValueConvertible] = ["orderWindowId": id.rawValue, "productId": product.rawValue]
                guard let before = try ReceiptRecord.fetchOne(db, key: key) else { continue }
                try ReceiptRecord.deleteOne(db, key: key)
                try Self.audit(
                    db, at: now, actor: actor, window: id, action: "receipt",
                    detail: "\(sku): \(before.receivedEaches) \(before.reason.rawValue) → all arrived (\(file))")
            }
            if window.state < .received {
                var received = window
                received.state = .received
                try Self.updateState(db, received)
                try Self.audit(
                    db, at: now, actor: actor, window: id, action: "window state", detail: "\(window.state) → received")
            }
            let (again, made) = try reconsolidate(try Self.consolidationInputs(db, id))
            try Self.saveConsolidation(db, again, window: id, actor: actor, now: now)
            return (receipts.map(\.receipt), again, made)
        }
    }

    /// Every receipt recorded for a window, by product id.
    public func receipts(window id: OrderWindow.ID) throws -> [Receipt] {
        try pool.read { db in try Self.receipts(db, id) }
    }

    static func receipts(_ db: Database, _ id: OrderWindow.ID) throws -> [Receipt] {
        try ReceiptRecord.filter(Column("orderWindowId") == id.rawValue).order(Column("productId")).fetchAll(db).map(\.receipt)
    }
}
