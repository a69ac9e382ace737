extension AllocationReason {
    /// The reason in words a director can check against the rule, in English and Spanish.
    public var explanation: BilingualText {
        switch self {
        case .filledAsOrdered:
            return BilingualText(english: "Filled as ordered.", spanish: "Surtido tal como se pidió.")
        case .toleranceFilledCase(let extra, let pack):
            return BilingualText(
                english: "Got \(extra) more than ordered, from your tolerance, so the alliance could buy a full case of \(pack).",
                spanish:
                    "Recibió \(extra) más de lo pedido, de su tolerancia, para que la alianza comprara una caja completa de \(pack)."
            )
        case .partialCaseNotBought(let short, let remainder, let tolerance, let pack):
            return BilingualText(
                english:
                    "\(short) short: all sites together left \(remainder) of a case of \(pack), and their tolerance of \(tolerance) could not fill it, so that case was not bought; the shortfall is shared in proportion to what each site ordered.",
                spanish:
                    "Faltan \(short): entre todos los sitios quedaron \(remainder) de una caja de \(pack), y su tolerancia de \(tolerance) no alcanzó a completarla, así que esa caja no se compró; el faltante se reparte en proporción a lo que pidió cada sitio."
            )
        case .belowMinimumCases(let minimum, let ordered, let pack):
            return BilingualText(
                english:
                    "Not bought: the supplier sells at least \(minimum) cases (\(minimum * pack) each), and all sites together ordered \(ordered).",
                spanish:
                    "No se compró: el proveedor vende al menos \(minimum) cajas (\(minimum * pack) unidades), y entre todos los sitios se pidieron \(ordered)."
            )
        case .roundedUpToHubStock(let extra):
            return BilingualText(
                english: "Rounded up to whole cases; the \(extra) extra go to the hub's stock.",
                spanish:
                    "Se redondeó a cajas completas; las \(extra) unidades de más van al inventario del centro de distribución.")
        case .receivingShortfall(let short, let reason):
            let (english, spanish) =
                switch reason {
                case .short: ("delivered short", "llegó incompleto")
                case .damaged: ("arrived damaged", "llegó dañado")
                case .substituted: ("was substituted", "fue sustituido")
                }
            return BilingualText(
                english:
                    "\(short) fewer: the delivery \(english); the loss is shared in proportion to what each site was allocated, and credited.",
                spanish:
                    "\(short) menos: el pedido \(spanish); la pérdida se reparte en proporción a lo asignado a cada sitio, y se acredita."
            )
        case .substituted:
            return BilingualText(
                english: "The supplier delivered a substitute for this product.",
                spanish: "El proveedor entregó un sustituto de este producto.")
        case .deliveryException(let eaches, let reason):
            let (english, spanish) =
                switch reason {
                case .short: ("were missing from the delivery", "faltaron en la entrega")
                case .damaged: ("arrived damaged", "llegaron dañadas")
                case .refused: ("were refused at the door", "se rechazaron al recibir")
                }
            return BilingualText(
                english: "\(eaches) fewer: \(english); they are taken off and credited at what you paid for them.",
                spanish: "\(eaches) menos: \(spanish); se descuentan y se acreditan a lo que usted pagó por ellas.")
        case .catchWeight(let estimated, let billed, let weight):
            return BilingualText(
                english:
                    "Priced by the pound: \(weight.plain) came, billed \(billed.formatted) against \(estimated.formatted) at the estimated weight; your share of the difference is \(billed > estimated ? "added" : "credited").",
                spanish:
                    "Precio por libra: llegaron \(weight.plain), facturado \(billed.formatted) contra \(estimated.formatted) al peso estimado; su parte de la diferencia se \(billed > estimated ? "suma" : "acredita")."
            )
        }
    }
}
