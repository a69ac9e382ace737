import ComalCore

/// Every word the workbooks print, in English and Spanish.
///
/// Each label names both texts at once, so a label cannot exist in one language only.
public struct SheetLabels: Sendable {
    public let language: Language

    /// The labels in `language`.
    public init(_ language: Language) { self.language = language }

    private func text(_ english: String, _ spanish: String) -> String {
        BilingualText(english: english, spanish: spanish).text(in: language)
    }

    // Sheet names (at most 31 characters, none of []:*?/\).
    public var purchaseOrderSheet: String { text("Purchase order", "Orden de compra") }
    public var allocationSheet: String { text("Allocation", "Asignación") }
    public var savingsSheet: String { text("Savings", "Ahorros") }
    public var explanationsSheet: String { text("Why", "Explicaciones") }
    public var invoiceSheet: String { text("Invoice", "Factura") }

    // Document headings.
    public var purchaseOrderNumber: String { text("Purchase order", "Orden de compra") }
    public var buyer: String { text("Buyer", "Comprador") }
    public var supplier: String { text("Supplier", "Proveedor") }
    public var orderWindow: String { text("Order window", "Periodo de pedido") }
    public var deliveryDate: String { text("Delivery date", "Fecha de entrega") }
    public var deliverTo: String { text("Deliver to", "Entregar a") }
    public var address: String { text("Address", "Dirección") }
    public var invoiceFor: String { text("Invoice for", "Factura para") }
    public var siteID: String { text("Site", "Sitio") }

    // Column headers.
    public var sku: String { text("SKU", "Código") }
    public var productDescription: String { text("Description", "Descripción") }
    public var pack: String { text("Pack", "Empaque") }
    public var storage: String { text("Storage", "Almacenamiento") }
    public var cases: String { text("Cases", "Cajas") }
    public var eaches: String { text("Eaches", "Unidades") }
    public var casePrice: String { text("Case price", "Precio por caja") }
    public var priceTier: String { text("Price tier", "Nivel de precio") }
    public var eachPrice: String { text("Each price", "Precio por unidad") }
    public var lineTotal: String { text("Line total", "Total de línea") }
    public var eachesRequested: String { text("Eaches requested", "Unidades pedidas") }
    public var reason: String { text("Reason", "Motivo") }
    public var boughtEaches: String { text("Bought (eaches)", "Comprado (unidades)") }
    public var hubStock: String { text("Hub stock", "Inventario del centro") }
    public var toleranceUsed: String { text("Tolerance used", "Tolerancia usada") }
    public var shortAtPurchase: String { text("Short at purchase", "Faltante en la compra") }
    public var shortAtDelivery: String { text("Short at delivery", "Faltante en la entrega") }
    public var siteName: String { text("Name", "Nombre") }
    public var goods: String { text("Goods", "Productos") }
    public var deliveryFees: String { text("Delivery fees", "Cargos de entrega") }
    public var groupCost: String { text("Cost with the alliance", "Costo con la alianza") }
    public var standaloneCost: String { text("Cost buying alone", "Costo comprando solo") }
    public var savings: String { text("Savings", "Ahorro") }
    public var ordered: String { text("Ordered", "Pedido") }
    public var allocated: String { text("Allocated", "Asignado") }
    public var amount: String { text("Amount", "Importe") }
    public var note: String { text("Note", "Nota") }
    public var explanation: String { text("Explanation", "Explicación") }

    // Totals and lines.
    public var goodsSubtotal: String { text("Goods subtotal", "Subtotal de productos") }
    public var deliveryFee: String { text("Delivery fee", "Cargo de entrega") }
    public var total: String { text("Total", "Total") }
    public var droppedLines: String { text("Not ordered (not in the totals)", "No pedido (fuera de los totales)") }
    public var receivingCredit: String { text("Receiving credit", "Crédito por recepción") }
    public var deliveryFeeShare: String { text("Share of the delivery fee", "Parte del cargo de entrega") }

    public var storageNames: [Product.Storage: String] {
        [.dry: text("Dry", "Seco"), .cold: text("Refrigerated", "Refrigerado"), .frozen: text("Frozen", "Congelado")]
    }

    /// The note on a line whose case price comes from a quantity tier.
    public func tier(fromCases cases: Int) -> String {
        text("tier from \(cases) cases", "precio desde \(cases) cajas")
    }

    /// The warning on a purchase order below the supplier's minimum.
    public func belowMinimumOrder(goods: Money, minimum: Money) -> String {
        text(
            "Warning: goods of \(goods.formatted) are below this supplier's minimum order of \(minimum.formatted); the supplier may refuse the order.",
            "Aviso: los productos suman \(goods.formatted), menos que el pedido mínimo de este proveedor de \(minimum.formatted); el proveedor puede rechazar el pedido."
        )
    }

    /// The savings sentence at the foot of an invoice.
    public func savingsSentence(_ savings: Money) -> String {
        if savings > .zero {
            return text(
                "You saved \(savings.formatted) by buying with the alliance.",
                "Ahorró \(savings.formatted) al comprar con la alianza.")
        }
        return text(
            "Buying with the alliance cost \((-savings).formatted) more than buying alone this week.",
            "Comprar con la alianza costó \((-savings).formatted) más que comprar solo esta semana.")
    }
}
