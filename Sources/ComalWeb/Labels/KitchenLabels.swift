import ComalCore

/// The fixed texts of the kitchen's page and a satellite's kitchen page.
struct KitchenLabels: Sendable, Encodable {
    let kitchenTitle, kitchenIntro, counts, site, meal, servings, from, batch, item, make, asPurchased, held, allergens: String
    let print, batchSheet, tickets, labels, temperatureLog, receipts, departureTemps, hot, cold, record, recorded: String
    let flagged, noFlags, shortLabel, arrivalLabel, previousDay, nextDay, siteKitchenTitle, siteKitchenIntro, ticket: String
    let ageGroup, portion, inContainer, component, confirmCounts, confirm, countsDueBy, countsClosed, receiptTitle: String
    let receiptIntro, received, served, arrivalTemps, sign, signedBy, notYet, kitchenLink, serveAt, leaves, noMeals: String

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String {
            BilingualText(english: english, spanish: spanish).text(in: language)
        }
        kitchenTitle = t("Kitchen", "Cocina")
        kitchenIntro = t(
            "What the kitchen cooks for its sites on this day: the counts, the batch, and the pages to print.",
            "Lo que la cocina prepara para sus sitios este día: los conteos, la producción y las hojas para imprimir.")
        counts = t("Meal counts", "Conteo de comidas")
        site = t("Site", "Sitio")
        meal = t("Meal", "Comida")
        servings = t("Servings", "Porciones")
        from = t("From", "Según")
        batch = t("Batch", "Producción")
        item = t("Item", "Platillo")
        make = t("Make", "Preparar")
        asPurchased = t("As purchased", "Como se compra")
        held = t("Held", "Se mantiene")
        allergens = t("Allergens", "Alérgenos")
        print = t("Print", "Imprimir")
        batchSheet = t("Batch sheet", "Hoja de producción")
        tickets = t("Delivery tickets", "Boletas de entrega")
        labels = t("Container labels", "Etiquetas de recipientes")
        temperatureLog = t("Temperature log", "Registro de temperaturas")
        receipts = t("Receipts to sign", "Recibos para firmar")
        departureTemps = t("Temperatures at departure", "Temperaturas al salir")
        hot = t("Hot food °F", "Comida caliente °F")
        cold = t("Cold food °F", "Comida fría °F")
        record = t("Record", "Registrar")
        recorded = t("Recorded.", "Registrado.")
        flagged = t("From the sites", "De los sitios")
        noFlags = t("No site has reported a shortfall or a temperature out of range.", "Ningún sitio ha reportado faltantes ni temperaturas fuera de rango.")
        shortLabel = t("Short", "Faltó")
        arrivalLabel = t("Arrival", "Llegada")
        previousDay = t("Previous day", "Día anterior")
        nextDay = t("Next day", "Día siguiente")
        siteKitchenTitle = t("Meals from the kitchen", "Comidas de la cocina")
        siteKitchenIntro = t(
            "What the kitchen sends you on this day. Confirm or correct the counts before the kitchen's deadline; when the meals arrive, check them against the ticket and sign the receipt.",
            "Lo que la cocina le envía este día. Confirme o corrija los conteos antes de la hora límite de la cocina; cuando lleguen las comidas, revíselas contra la boleta y firme el recibo.")
        ticket = t("Delivery ticket", "Boleta de entrega")
        ageGroup = t("Age group", "Grupo de edad")
        portion = t("Portion", "Porción")
        inContainer = t("In the container", "En el recipiente")
        component = t("Component", "Componente")
        confirmCounts = t("Children expected", "Niños esperados")
        confirm = t("Confirm the counts", "Confirmar los conteos")
        countsDueBy = t("Due by", "Antes de")
        countsClosed = t(
            "The kitchen's deadline for these counts has passed; call the kitchen to change them.",
            "Ya pasó la hora límite de la cocina para estos conteos; llame a la cocina para cambiarlos.")
        receiptTitle = t("Receipt", "Recibo")
        receiptIntro = t(
            "Write what arrived of each container (the ticket's amount if all of it), how many ate, and the temperatures on arrival.",
            "Escriba lo que llegó de cada recipiente (la cantidad de la boleta si llegó todo), cuántos comieron y las temperaturas al llegar.")
        received = t("Received", "Recibido")
        served = t("Served", "Servidas")
        arrivalTemps = t("Temperatures on arrival", "Temperaturas al llegar")
        sign = t("Sign the receipt", "Firmar el recibo")
        signedBy = t("Signed by", "Firmado por")
        notYet = t("The receipt is signed on the day the meals arrive.", "El recibo se firma el día en que llegan las comidas.")
        kitchenLink = t("Meals from the kitchen", "Comidas de la cocina")
        serveAt = t("served at", "se sirve a las")
        leaves = t("leaves the kitchen", "sale de la cocina")
        noMeals = t("The kitchen sends no meals on this day.", "La cocina no envía comidas este día.")
    }
}
