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
        return try recordReceipts(
            problems: table.problems, window: id, actor: actor, now: now, reconsolidate: reconsolidate,
            entries: Self.receipts(in: table))
    }

    /// Checks a receiving file as `importReceipts` does, storing nothing: throws what it would
    /// refuse, so that a caller can answer at once and record the file as a job afterwards.
    public func checkReceipts(csv: String, file: String, window id: OrderWindow.ID) throws {
        let table = CSVTable(text: csv, file: file, columns: Self.receiptColumns)
        try read { db in _ = try Self.checkedReceipts(db, problems: table.problems, window: id, entries: Self.receipts(in: table)) }
    }

    /// Checks receipts handed over as values as `recordReceipts` does, storing nothing.
    public func checkReceipts(_ entries: [ReceiptEntry], source: String, window id: OrderWindow.ID) throws {
        try read { db in
            _ = try Self.checkedReceipts(db, problems: ImportProblems(file: source), window: id, entries: Self.receipts(in: entries))
        }
    }

    private static func receipts(in table: CSVTable) -> (inout ReceiptChecks) -> Void {
        { checks in
            for row in table.rows {
                checks.take(
                    line: row.line, sku: { $0.text(row, "sku") }, received: { $0.integer(row, "received_eaches") },
                    reasonGiven: !row["reason"].isEmpty, reason: { $0.choice(row, "reason", Receipt.Reason.self) })
            }
        }
    }

    private static func receipts(in entries: [ReceiptEntry]) -> (inout ReceiptChecks) -> Void {
        { checks in
            for (index, entry) in entries.enumerated() {
                checks.take(
                    line: index + 2, sku: { _ in entry.sku }, received: { _ in entry.receivedEaches },
                    reasonGiven: entry.reason != nil, reason: { _ in entry.reason })
            }
        }
    }

    /// Records receipts handed over as values (the receiving checklist), with the same checks as a
    /// file; a refused entry is reported as line N + 1 of `source`, N its position, as if under a header.
    public func recordReceipts<Made>(
        _ entries: [ReceiptEntry], source: String, window id: OrderWindow.ID, actor: String, now: LocalDateTime,
        reconsolidate: (ConsolidationInputs) throws -> (Consolidation, Made)
    ) throws -> (receipts: [Receipt], consolidation: Consolidation, made: Made) {
        try recordReceipts(
            problems: ImportProblems(file: source), window: id, actor: actor, now: now, reconsolidate: reconsolidate,
            entries: Self.receipts(in: entries))
    }

    /// The window and the receipts `entries` give, checked against its stored consolidation; throws
    /// every problem found.
    private static func checkedReceipts(
        _ db: Database, problems parsed: ImportProblems, window id: OrderWindow.ID, entries: (inout ReceiptChecks) -> Void
    ) throws -> (window: OrderWindow, checks: ReceiptChecks) {
        let window = try OrderWindowRecord.window(db, id)
        guard let consolidation = try Self.consolidation(db, id) else {
            throw StoreError.noConsolidation(delivery: window.delivery)
        }
        var checks = ReceiptChecks(window: window, consolidation: consolidation, problems: parsed)
        entries(&checks)
        try checks.problems.throwIfAny()
        return (window, checks)
    }

    private func recordReceipts<Made>(
        problems parsed: ImportProblems, window id: OrderWindow.ID, actor: String, now: LocalDateTime,
        reconsolidate: (ConsolidationInputs) throws -> (Consolidation, Made), entries: (inout ReceiptChecks) -> Void
    ) throws -> (receipts: [Receipt], consolidation: Consolidation, made: Made) {
        try pool.write { db in
            let file = parsed.file
            let (window, checks) = try Self.checkedReceipts(db, problems: parsed, window: id, entries: entries)
            let (receipts, arrivedInFull) = (checks.receipts, checks.arrivedInFull)

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
        try read { db in try Self.receipts(db, id) }
    }

    static func receipts(_ db: Database, _ id: OrderWindow.ID) throws -> [Receipt] {
        try ReceiptRecord.filter(Column("orderWindowId") == id.rawValue).order(Column("productId")).fetchAll(db).map(\.receipt)
    }
}
