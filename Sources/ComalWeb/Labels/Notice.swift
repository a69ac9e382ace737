import ComalCore

/// The confirmation a page shows after a change, by the key the redirect carries (`?done=closed`,
/// `?saved=1`), in English and Spanish side by side.
enum Notice: String, CaseIterable, Sendable {
    case orderSaved = "saved", orderUploaded = "uploaded", orderSubmitted = "submitted"
    case windowOpened = "opened", windowClosed = "closed", windowConsolidated = "consolidated"
    case windowReceived = "received"

    var text: BilingualText {
        switch self {
        case .orderSaved: BilingualText(english: "Your order was updated.", spanish: "Su pedido se actualizó.")
        case .orderUploaded: BilingualText(english: "The file replaced your order.", spanish: "El archivo reemplazó su pedido.")
        case .orderSubmitted:
            BilingualText(english: "Your order was submitted to the buyer.", spanish: "Su pedido se envió al comprador.")
        case .windowOpened:
            BilingualText(english: "The window is open for orders.", spanish: "El periodo está abierto para pedidos.")
        case .windowClosed:
            BilingualText(
                english: "The window is closed; prices are frozen.", spanish: "El periodo está cerrado; los precios quedaron fijos.")
        case .windowConsolidated:
            BilingualText(
                english: "Consolidated: the workbooks and invoices are ready.",
                spanish: "Consolidado: los libros y las facturas están listos.")
        case .windowReceived:
            BilingualText(
                english: "Receiving recorded; the invoices now include the credits.",
                spanish: "Recepción registrada; las facturas ya incluyen los créditos.")
        }
    }
}
