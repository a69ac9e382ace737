/// Writes receipts in exactly the format `AppDatabase.importReceipts` reads
/// (`sku,received_eaches,reason`), so the web's receiving checklist is checked as a file is.
public enum ReceiptCSV {
    /// One row per entry, in the given order; the header is line 1, so entry `i` is on line `i + 2`.
    public static func render(_ entries: [(sku: String, received: String, reason: String)]) -> String {
        entries.reduce(CSVField.row(AppDatabase.receiptColumns)) { $0 + CSVField.row([$1.sku, $1.received, $1.reason]) }
    }
}
