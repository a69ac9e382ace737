import ComalCore
import ComalStore

/// The fixed texts of the route pages (the buyer's plan and the driver's phone page).
struct RouteLabels: Sendable, Encodable {
    let routesTitle, routesIntro, planTitle, vehiclesFile, vehiclesHelp, searchTime, seconds, plan, noPlan: String
    let vehicle, departs, returns, kilometres, stop, arrival, unload, status, planned, arrived, delivered: String
    let unserved, routeSheets, map, markArrived, markDelivered, exceptionTitle, product, eaches, reason, record: String
    let driverTitle, driverIntro, noRoutes, openRoute, cases, backToRoutes, backToWindow, short, damaged, refused: String
    let exceptionsHere, navigate, note, notePlaceholder, moveStop, move, casesHeading: String

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String {
            BilingualText(english: english, spanish: spanish).text(in: language)
        }
        routesTitle = t("Delivery routes", "Rutas de entrega")
        routesIntro = t(
            "Routes from the hub to every site of the week, within each vehicle's cases, pounds, cold and freezer space and shift, and each site's receiving window.",
            "Rutas del centro a cada sitio de la semana, dentro de las cajas, libras, espacio frío y congelador y turno de cada vehículo, y el horario de recepción de cada sitio.")
        planTitle = t("Plan the routes", "Planear las rutas")
        vehiclesFile = t("Vehicles file (CSV)", "Archivo de vehículos (CSV)")
        vehiclesHelp = t(
            "One row per vehicle: vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end. Planning again replaces the plan and its route sheets.",
            "Una fila por vehículo: vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end. Planear otra vez reemplaza el plan y sus hojas de ruta.")
        searchTime = t("Search for", "Buscar durante")
        seconds = t("seconds", "segundos")
        plan = t("Plan the routes", "Planear las rutas")
        noPlan = t("No routes planned yet.", "Todavía no hay rutas planeadas.")
        vehicle = t("Vehicle", "Vehículo")
        departs = t("Leaves", "Sale")
        returns = t("Back", "Regresa")
        kilometres = t("km", "km")
        stop = t("Stop", "Parada")
        arrival = t("Arrives", "Llega")
        unload = t("Unload", "Descargar")
        status = t("Status", "Estado")
        planned = t("planned", "planeada")
        arrived = t("arrived", "llegó")
        delivered = t("delivered", "entregada")
        unserved = t("Not on any route", "Sin ruta")
        routeSheets = t("Route sheets to print", "Hojas de ruta para imprimir")
        map = t("Map", "Mapa")
        markArrived = t("Arrived", "Llegué")
        markDelivered = t("Delivered", "Entregado")
        exceptionTitle = t("Something was not kept", "Algo no se quedó")
        product = t("Product", "Producto")
        eaches = t("Eaches", "Unidades")
        reason = t("Reason", "Motivo")
        record = t("Record", "Registrar")
        driverTitle = t("Today's routes", "Rutas de hoy")
        driverIntro = t(
            "Open your vehicle's route. At each stop, tap Arrived, then Delivered; if something is short, damaged or refused, record it before you leave: the site is credited at once.",
            "Abra la ruta de su vehículo. En cada parada toque Llegué y luego Entregado; si algo falta, llegó dañado o lo rechazan, regístrelo antes de irse: al sitio se le acredita al instante.")
        noRoutes = t("No routes are planned for the coming days.", "No hay rutas planeadas para los próximos días.")
        openRoute = t("Open the route", "Abrir la ruta")
        cases = t("cases", "cajas")
        backToRoutes = t("Back to the routes", "Volver a las rutas")
        backToWindow = t("Back to the window", "Volver al periodo")
        short = t("short", "faltante")
        damaged = t("damaged", "dañado")
        refused = t("refused", "rechazado")
        exceptionsHere = t("Not kept here", "No se quedó aquí")
        navigate = t("Directions", "Cómo llegar")
        note = t("Note", "Nota")
        moveStop = t("Move a stop to another vehicle", "Pasar una parada a otro vehículo")
        move = t("Move", "Pasar")
        casesHeading = t("Cases", "Cajas")
        notePlaceholder = t("Note (optional): who received it", "Nota (opcional): quién lo recibió")
    }

    func reason(_ reason: DeliveryException.Reason) -> String {
        switch reason {
        case .short: short
        case .damaged: damaged
        case .refused: refused
        }
    }

    func state(_ event: DeliveryEvent?) -> String {
        switch event?.kind {
        case nil, .exception: planned
        case .arrived: arrived
        case .delivered: delivered
        }
    }
}
