import ComalCore
import ComalStore
import Foundation

/// The buyer's receiving checklist: every line bought for the week, by supplier, with a box for the
/// usable eaches that arrived and why fewer did. Worked from a phone at the dock instead of a CSV,
/// it writes the same receipts file `comal receive` reads, so the store checks it the same way.
struct ReceivingChecklist: Sendable {
    struct Reason: Sendable {
        var value, label: String
        var selected: Bool
    }

    struct Row: Sendable {
        var sku, description, supplier, pack: String
        var bought: Int
        var receivedField, reasonField, received: String
        var reasons: [Reason]
    }

    /// A line's boxes: `received.<sku>` and `reason.<sku>`.
    static func fields(_ sku: String) -> (received: String, reason: String) { ("received.\(sku)", "reason.\(sku)") }

    var rows: [Row]

    /// Rows for what `consolidation` bought, showing the receipts already recorded, or what was just
    /// typed when `form` comes back refused.
    init(consolidation: Consolidation, form: FormData?, language: Language) {
        rows = Self.bought(consolidation).map { supplier, line in
            let (receivedField, reasonField) = Self.fields(line.product.sku)
            let received = form?[receivedField] ?? line.receipt.map { String($0.receivedEaches) } ?? ""
            let reason = form?[reasonField] ?? line.receipt?.reason.rawValue ?? ""
            return Row(
                sku: line.product.sku, description: line.product.description, supplier: supplier.name,
                pack: line.product.pack.description, bought: line.boughtEaches, receivedField: receivedField,
                reasonField: reasonField, received: received,
                reasons: [Reason(value: "", label: "—", selected: reason.isEmpty)]
                    + Receipt.Reason.allCases.map {
                        Reason(value: $0.rawValue, label: Self.label($0, language), selected: $0.rawValue == reason)
                    })
        }
    }

    /// The lines the suppliers are to deliver, in purchase order.
    static func bought(_ consolidation: Consolidation) -> [(supplier: Supplier, line: PurchaseLine)] {
        consolidation.purchases.flatMap { purchase in
            purchase.lines.filter { $0.boughtEaches > 0 }.map { (purchase.supplier, $0) }
        }
    }

    /// The lines given a count, as receipt entries; a line left empty arrived in full.
    static func entries(_ form: FormData, consolidation: Consolidation) -> [(sku: String, received: String, reason: String)] {
        bought(consolidation).compactMap { _, line in
            let (receivedField, reasonField) = fields(line.product.sku)
            let received = (form[receivedField] ?? "").trimmingCharacters(in: .whitespaces)
            guard !received.isEmpty else { return nil }
            return (line.product.sku, received, form[reasonField] ?? "")
        }
    }

    static func label(_ reason: Receipt.Reason, _ language: Language) -> String {
        let (english, spanish) =
            switch reason {
            case .short: ("Short", "Faltante")
            case .damaged: ("Damaged", "Dañado")
            case .substituted: ("Substituted", "Sustituido")
            }
        return language == .english ? english : spanish
    }
}
