import ComalCore
import ComalStore
import Foundation

/// The buyer's receiving checklist: every line bought for the week, by supplier, with a box for the
/// usable eaches that arrived and why fewer did. Worked from a phone at the dock instead of a CSV,
/// it hands the store receipt entries that pass the same checks as `comal receive`'s file.
struct ReceivingChecklist: Sendable {
    struct Reason: Sendable, Encodable {
        var value, label: String
        var selected: Bool
    }

    struct Row: Sendable, Encodable {
        var sku, description, supplier, pack: String
        var bought: Int
        var receivedField, reasonField, received: String
        var reasons: [Reason]
    }

    /// A line's boxes: `received.<sku>` and `reason.<sku>`.
    static func fields(_ sku: String) -> (received: String, reason: String) { ("received.\(sku)", "reason.\(sku)") }

    var rows: [Row]

    /// Rows for the lines `bought`, showing the receipts already recorded, or what was just typed
    /// when `form` comes back refused.
    init(bought: [BoughtLine], form: FormData?, language: Language) {
        rows = bought.map { line in
            let (receivedField, reasonField) = Self.fields(line.product.sku)
            let received = form?[receivedField] ?? line.receipt.map { String($0.receivedEaches) } ?? ""
            let reason = form?[reasonField] ?? line.receipt?.reason.rawValue ?? ""
            return Row(
                sku: line.product.sku, description: line.product.description, supplier: line.supplier.name,
                pack: line.product.pack.description, bought: line.boughtEaches, receivedField: receivedField,
                reasonField: reasonField, received: received,
                reasons: [Reason(value: "", label: "—", selected: reason.isEmpty)]
                    + Receipt.Reason.allCases.map {
                        Reason(value: $0.rawValue, label: Self.label($0, language), selected: $0.rawValue == reason)
                    })
        }
    }

    /// The lines that changed, as receipt entries: a count as typed, or, for a line emptied that had
    /// a receipt, its whole count with no reason, which takes the receipt back. A reason with no
    /// count is refused by product, since the buyer meant to record something.
    static func entries(_ form: FormData, bought: [BoughtLine], language: Language)
        -> (entries: [ReceiptEntry], problems: [String])
    {
        var entries: [ReceiptEntry] = []
        var problems: [String] = []
        for line in bought {
            let sku = line.product.sku
            let (receivedField, reasonField) = fields(sku)
            // A line the form did not send is left as it is; only a line sent empty takes a receipt back.
            guard let typed = form[receivedField] else { continue }
            // One line of the receipts file per entry, so that a refusal can be told by product.
            let received = typed.components(separatedBy: .newlines).joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let reason = form[reasonField] ?? ""
            let product = "\(sku) \(line.product.description)"
            if received.isEmpty {
                if !reason.isEmpty {
                    problems.append(ReceivingLabels.countMissing(product).text(in: language))
                } else if line.receipt != nil {
                    entries.append(ReceiptEntry(sku: sku, receivedEaches: line.boughtEaches, reason: nil))
                }
            } else if received != line.receipt.map({ String($0.receivedEaches) }) || reason != line.receipt?.reason.rawValue ?? ""
            {
                // At most 9 digits, as a receipts file allows: the store then compares it with what was bought.
                guard received.count <= 9, received.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(received) else {
                    problems.append(ReceivingLabels.notACount(product, received).text(in: language))
                    continue
                }
                guard reason.isEmpty || Receipt.Reason(rawValue: reason) != nil else {
                    problems.append(ReceivingLabels.notAReason(product, reason).text(in: language))
                    continue
                }
                entries.append(ReceiptEntry(sku: sku, receivedEaches: count, reason: Receipt.Reason(rawValue: reason)))
            }
        }
        return (entries, problems)
    }

    static func label(_ reason: Receipt.Reason, _ language: Language) -> String {
        ReceivingLabels.reason(reason).text(in: language)
    }
}
