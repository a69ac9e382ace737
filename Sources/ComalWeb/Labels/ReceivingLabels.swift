import ComalCore

/// The texts of the receiving checklist, English and Spanish side by side; a product's line is
/// named by its SKU and description.
enum ReceivingLabels {
    static func countMissing(_ product: String) -> BilingualText {
        BilingualText(
            english: "\(product): write how many eaches arrived, or leave the reason empty",
            spanish: "\(product): escriba cuántas unidades llegaron, o deje vacío el motivo")
    }

    static func notACount(_ product: String, _ value: String) -> BilingualText {
        BilingualText(
            english: "\(product): \"\(value)\" is not a whole number of eaches",
            spanish: "\(product): \"\(value)\" no es un número entero de unidades")
    }

    static func notAReason(_ product: String, _ value: String) -> BilingualText {
        BilingualText(
            english: "\(product): \"\(value)\" is not a reason; choose short, damaged or substituted",
            spanish: "\(product): \"\(value)\" no es un motivo; elija faltante, dañado o sustituido")
    }

    static let nothingEntered = BilingualText(
        english:
            "Nothing changed: write the usable eaches that arrived for each line that fell short; a line left empty arrived in full.",
        spanish:
            "Nada cambió: escriba las unidades útiles que llegaron en cada línea que llegó incompleta; una línea vacía llegó completa."
    )

    static func reason(_ reason: Receipt.Reason) -> BilingualText {
        switch reason {
        case .short: BilingualText(english: "Short", spanish: "Faltante")
        case .damaged: BilingualText(english: "Damaged", spanish: "Dañado")
        case .substituted: BilingualText(english: "Substituted", spanish: "Sustituido")
        }
    }
}
