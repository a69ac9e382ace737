import ComalCore

/// The confirmation a page shows after a change, by the key the redirect carries (`?done=closed`,
/// `?saved=1`), in English and Spanish side by side.
enum Notice: String, CaseIterable, Sendable {
    case orderSaved = "saved", orderUploaded = "uploaded", orderSubmitted = "submitted"
    case windowOpened = "opened", windowClosed = "closed", windowConsolidated = "consolidated"
    case windowReceived = "received"
    case supplierAdded = "supplier-added", layoutSaved = "layout-saved", catalogImported = "catalog-imported"
    case sitesImported = "sites-imported", routesPlanned = "routes-planned", foodsSaved = "foods-saved"
    case siteSaved = "site-saved", lotsRecorded = "lots-recorded", stopMoved = "stop-moved"
    case foodTableImported = "food-table-imported"

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
        case .supplierAdded:
            BilingualText(
                english: "The supplier was added. Say how its price lists are read, then load one.",
                spanish: "Se agregó el proveedor. Indique cómo se leen sus listas de precios y cargue una.")
        case .layoutSaved:
            BilingualText(english: "Saved: its next price list is read this way.", spanish: "Guardado: su próxima lista de precios se lee así.")
        case .catalogImported:
            BilingualText(english: "The price list was imported.", spanish: "Se importó la lista de precios.")
        case .sitesImported: BilingualText(english: "The sites were loaded.", spanish: "Se cargaron los sitios.")
        case .foodTableImported:
            BilingualText(
                english: "The food table was loaded: here are the foods your new products probably are.",
                spanish: "Se cargó la tabla de alimentos: estos son los alimentos que probablemente son sus productos nuevos.")
        case .stopMoved:
            BilingualText(
                english: "The stop was moved; the route sheets are written again: print them again for the drivers.",
                spanish: "Se pasó la parada; las hojas de ruta se escribieron de nuevo: imprímalas otra vez para los choferes.")
        case .lotsRecorded: BilingualText(english: "The lots were recorded.", spanish: "Se registraron los lotes.")
        case .siteSaved: BilingualText(english: "The site was saved.", spanish: "Se guardó el sitio.")
        case .foodsSaved:
            BilingualText(
                english: "Saved: menus now order these products.", spanish: "Guardado: los menús ya piden estos productos.")
        case .routesPlanned:
            BilingualText(
                english: "The routes are planned: print the route sheets for the drivers.",
                spanish: "Las rutas están planeadas: imprima las hojas de ruta para los choferes.")
        case .windowReceived:
            BilingualText(
                english: "Receiving recorded; the invoices now include the credits.",
                spanish: "Recepción registrada; las facturas ya incluyen los créditos.")
        }
    }
}
