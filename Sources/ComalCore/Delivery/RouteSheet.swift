/// Everything printed on one vehicle's route sheet, gathered once so the workbook and the
/// printable page show the same stops in the same order.
public struct RouteSheet: Hashable, Sendable {
    /// One stop: where, when, and what to unload.
    public struct Stop: Hashable, Sendable {
        public var sequence: Int
        public var site: Site
        public var arrival: ClockTime
        public var delivery: SiteDelivery
    }

    public var route: DeliveryPlan.Route
    public var stops: [Stop]

    /// One sheet per route of `plan`, with each stop's site and delivery looked up by site id.
    public static func sheets(for plan: DeliveryPlan, sites: [Site], deliveries: [SiteDelivery]) -> [RouteSheet] {
        let sitesByID = Dictionary(sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let deliveriesBySite = Dictionary(deliveries.map { ($0.site, $0) }, uniquingKeysWith: { first, _ in first })
        return plan.routes.map { route in
            RouteSheet(
                route: route,
                stops: route.stops.enumerated().compactMap { index, stop in
                    guard let site = sitesByID[stop.site], let delivery = deliveriesBySite[stop.site] else { return nil }
                    return Stop(sequence: index + 1, site: site, arrival: stop.arrival, delivery: delivery)
                })
        }
    }

    /// The storage labels a driver must see, cold and frozen flagged so they go in first.
    public static func storageLabel(_ storage: Product.Storage) -> BilingualText {
        switch storage {
        case .dry: BilingualText(english: "Dry", spanish: "Seco")
        case .cold: BilingualText(english: "COLD – keep refrigerated", spanish: "FRÍO – mantener refrigerado")
        case .frozen: BilingualText(english: "FROZEN – keep frozen", spanish: "CONGELADO – mantener congelado")
        }
    }
}

/// The headings of a route sheet in English and Spanish.
public enum RouteSheetLabels {
    public static let title = BilingualText(english: "Route sheet", spanish: "Hoja de ruta")
    public static let vehicle = BilingualText(english: "Vehicle", spanish: "Vehículo")
    public static let delivery = BilingualText(english: "Delivery date", spanish: "Fecha de entrega")
    public static let leaveHub = BilingualText(english: "Leave hub", spanish: "Salida del centro")
    public static let backAtHub = BilingualText(english: "Back at hub", spanish: "Regreso al centro")
    public static let distance = BilingualText(english: "Distance (km)", spanish: "Distancia (km)")
    public static let stop = BilingualText(english: "Stop", spanish: "Parada")
    public static let arrival = BilingualText(english: "Arrival (est.)", spanish: "Llegada (estimada)")
    public static let window = BilingualText(english: "Window", spanish: "Horario")
    public static let site = BilingualText(english: "Site", spanish: "Sitio")
    public static let address = BilingualText(english: "Address", spanish: "Dirección")
    public static let storage = BilingualText(english: "Storage", spanish: "Almacenamiento")
    public static let sku = BilingualText(english: "SKU", spanish: "SKU")
    public static let product = BilingualText(english: "Product", spanish: "Producto")
    public static let cases = BilingualText(english: "Cases", spanish: "Cajas")
    public static let eaches = BilingualText(english: "Eaches", spanish: "Unidades")
    public static let signature = BilingualText(
        english: "Received by (name, signature, time): ______________________________",
        spanish: "Recibido por (nombre, firma, hora): ______________________________")
}
