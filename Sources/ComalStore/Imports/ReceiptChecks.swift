import ComalCore

/// The checks every receipt passes, a file's row or a checklist's entry: bought for this delivery,
/// listed once, no more than was bought, and a reason when fewer arrived. Each value is read only when
/// its check comes, so that a file's problems come in the order of its columns.
struct ReceiptChecks {
    let window: OrderWindow
    let bought: [String: PurchaseLine]
    var problems: ImportProblems
    var receipts: [(sku: String, receipt: Receipt)] = []
    var arrivedInFull: [(sku: String, product: Product.ID)] = []
    private var firstLines = FirstLines(column: "sku", thing: ("SKU", "código"))

    init(window: OrderWindow, consolidation: Consolidation, problems: ImportProblems) {
        self.window = window
        bought = Dictionary(
            consolidation.purchases.flatMap(\.lines).map { ($0.product.sku, $0) }, uniquingKeysWith: { first, _ in first })
        self.problems = problems
    }

    mutating func take(
        line row: Int, sku readSKU: (inout ImportProblems) -> String?, received readReceived: (inout ImportProblems) -> Int?,
        reasonGiven: Bool, reason readReason: (inout ImportProblems) -> Receipt.Reason?
    ) {
        var line: PurchaseLine?
        if let sku = readSKU(&problems) {
            line = bought[sku]
            if line == nil {
                problems.add(
                    line: row, column: "sku", "\"\(sku)\" was not bought for the delivery of \(window.delivery)",
                    "\"\(sku)\" no se compró para la entrega del \(window.delivery)")
            } else {
                firstLines.note(sku, atLine: row, &problems)
            }
        }
        var received = readReceived(&problems)
        if let count = received, let line, count > line.boughtEaches {
            problems.add(
                line: row, column: "received_eaches",
                "\(count) eaches received, but only \(line.boughtEaches) were bought; record extras as a new order",
                "se recibieron \(count) unidades, pero solo se compraron \(line.boughtEaches); registre lo de más como un pedido nuevo"
            )
            received = nil
        }
        if !reasonGiven, let line, let received {
            if received == line.boughtEaches {
                arrivedInFull.append((line.product.sku, line.product.id))
            } else {
                problems.add(
                    line: row, column: "reason",
                    "say why fewer than the \(line.boughtEaches) bought arrived: short, damaged or substituted",
                    "diga por qué llegaron menos de las \(line.boughtEaches) compradas: short, damaged o substituted")
            }
            return
        }
        let reason = readReason(&problems)
        guard let line, let received, let reason else { return }
        receipts.append((line.product.sku, Receipt(product: line.product.id, receivedEaches: received, reason: reason)))
    }
}
