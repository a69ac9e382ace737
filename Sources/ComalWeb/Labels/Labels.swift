import ComalCore
import ComalStore

/// Every fixed text of the pages in the reader's language, as stored properties so that templates
/// can name them (`{{t.signIn}}`); texts with numbers in them are methods, used by the view models,
/// that give both languages so a page applies its reader's.
struct Labels: Sendable, Encodable, TemplateValueConvertible {
    let language: Language
    /// Every text by its property's name, as templates name them (`{{chrome.t.signIn}}`): made
    /// once per language, so a page hands templates one reference rather than a hundred texts.
    private(set) var templateValue = TemplateValue.object(.empty)

    /// The texts by name, for an encoder other than the templates'.
    func encode(to encoder: any Encoder) throws { try textsByName().encode(to: encoder) }

    private func textsByName() -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: Mirror(reflecting: self).children.compactMap { child in
                (child.value as? String).map { (child.label ?? "", $0) }
            })
    }

    private static let english = Labels(.english)
    private static let spanish = Labels(.spanish)

    /// The labels of `language`, made once: every page carries them.
    static func of(_ language: Language) -> Labels {
        switch language {
        case .english: english
        case .spanish: spanish
        }
    }

    let lang: String
    let signIn, signOut, username, password, signInIntro, otherLanguage: String
    let home, windowsTitle, delivery, cutoff, state, site, sites, lines, noOpenWindow: String
    let orderTitle, searchCatalog, searchPlaceholder, search, sku, product, quantity, unit: String
    let unitCase, unitEach, perEach, cost, tolerance, toleranceHelp, lineTotal, estimatedTotal, estimateNote: String
    let addToOrder, update, noLines, noMatches, uploadTitle, uploadHelp, upload, submit, submitHelp: String
    let submitted, notSubmitted, pastOrders, allocationTitle, ordered, allocated, why, goods, fees: String
    let credits, total, savings, notConsolidated, openWindowTitle, openWindow, close, closeEarly: String
    let board, topUpTitle, topUpHelp, orderedEaches, toFill, full, consolidate, workbooks, receivingTitle: String
    let receivingHelp, invoices, nothingChanged, readOnly: String
    let checklistTitle, checklistHelp, boughtEaches, arrivedEaches, shortReason, recordReceiving: String
    let invoiceTotal: String
    let savingsTitle, buyingAlone, buyingTogether, saved, savingsHelp, lateChange, fullCases, topUpsClosed, backToBoard: String
    let backupTitle, backupHelp, downloadBackup, accountsTitle, manageAccounts: String
    let weightsTitle, weightsHelp: String
    let repeatTitle, repeatHelp, repeatButton, standingOrder, startFromStanding, saveStandingAs, saveStanding: String
    let standingPlaceholder: String
    let allianceTitle, manageSites, manageSuppliers, deliveryRoutes, lotsLink, recallLink, downloadExport: String
    let previousPage, nextPage: String

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String {
            BilingualText(english: english, spanish: spanish).text(in: language)
        }
        self.language = language
        lang = language.rawValue
        signIn = t("Sign in", "Entrar")
        signOut = t("Sign out", "Salir")
        username = t("Username", "Usuario")
        password = t("Password", "Contraseña")
        signInIntro = t("Order food together with your alliance.", "Compre alimentos junto con su alianza.")
        otherLanguage = t("Español", "English")
        home = t("Home", "Inicio")
        windowsTitle = t("Order windows", "Periodos de pedido")
        delivery = t("Delivery", "Entrega")
        cutoff = t("Cutoff", "Fecha límite")
        state = t("Status", "Estado")
        site = t("Site", "Sitio")
        sites = t("Sites", "Sitios")
        lines = t("Lines", "Líneas")
        noOpenWindow = t("There is no open order window right now.", "No hay ningún periodo de pedido abierto ahora.")
        orderTitle = t("Order", "Pedido")
        searchCatalog = t("Search the catalog", "Buscar en el catálogo")
        searchPlaceholder = t("Description or SKU", "Descripción o código")
        search = t("Search", "Buscar")
        sku = t("SKU", "Código")
        product = t("Product", "Producto")
        quantity = t("Quantity", "Cantidad")
        unit = t("Unit", "Unidad")
        unitCase = t("cases", "cajas")
        unitEach = t("eaches", "unidades")
        perEach = t("each", "c/u")
        cost = t("Cost", "Costo")
        tolerance = t("Tolerance", "Tolerancia")
        toleranceHelp = t(
            "Extra eaches you would take so the alliance can fill a case.",
            "Unidades de más que aceptaría para que la alianza complete una caja.")
        lineTotal = t("Estimate", "Estimado")
        estimatedTotal = t("Estimated total", "Total estimado")
        estimateNote = t(
            "At list prices. Tier prices, delivery fee shares and case rounding are on the invoice after consolidation.",
            "A precios de lista. Los precios por volumen, la parte del flete y el redondeo a cajas aparecen en la factura después de consolidar."
        )
        addToOrder = t("Add to order", "Agregar al pedido")
        update = t("Update", "Actualizar")
        noLines = t("Your order has no lines yet.", "Su pedido todavía no tiene líneas.")
        noMatches = t("No product matches that search.", "Ningún producto coincide con la búsqueda.")
        uploadTitle = t("Upload an order file (CSV)", "Subir un archivo de pedido (CSV)")
        uploadHelp = t(
            "Columns: site_id,sku,quantity,unit,tolerance. The file replaces your whole order.",
            "Columnas: site_id,sku,quantity,unit,tolerance. El archivo reemplaza todo su pedido.")
        upload = t("Upload", "Subir")
        submit = t("Submit order", "Enviar pedido")
        submitHelp = t(
            "Submitting tells the buyer your order is ready. You can still change it until the cutoff; then submit again.",
            "Enviar avisa al comprador que su pedido está listo. Puede cambiarlo hasta la fecha límite; después envíelo otra vez."
        )
        submitted = t("Submitted", "Enviado")
        notSubmitted = t("Not submitted", "Sin enviar")
        pastOrders = t("Past orders", "Pedidos anteriores")
        allocationTitle = t("Allocation and invoice", "Asignación y factura")
        ordered = t("Ordered", "Pedido")
        allocated = t("Allocated", "Asignado")
        why = t("Why", "Por qué")
        goods = t("Goods", "Mercancía")
        fees = t("Delivery fees", "Fletes")
        credits = t("Receiving credits", "Créditos de recepción")
        total = t("Total", "Total")
        savings = t("Saved by buying together", "Ahorro por comprar juntos")
        notConsolidated = t(
            "Not consolidated yet: the allocation and invoice appear once the buyer consolidates the week.",
            "Todavía sin consolidar: la asignación y la factura aparecen cuando el comprador consolide la semana.")
        openWindowTitle = t("Open an order window", "Abrir un periodo de pedido")
        openWindow = t("Open window", "Abrir periodo")
        close = t("Close window", "Cerrar periodo")
        closeEarly = t("Close now, before the cutoff", "Cerrar ahora, antes de la fecha límite")
        board = t("Which sites have submitted", "Qué sitios han enviado")
        topUpTitle = t("Fill the next case", "Completar la siguiente caja")
        topUpHelp = t(
            "Eaches more that sites must order to fill the last case of a product, and what happens to the part case if no one does.",
            "Unidades que faltan para completar la última caja de un producto, y qué pasa con la caja incompleta si nadie las pide."
        )
        orderedEaches = t("Ordered (eaches)", "Pedido (unidades)")
        toFill = t("To fill", "Faltan")
        full = t("Full", "Completa")
        fullCases = t("Products whose last case is already full", "Productos cuya última caja ya está completa")
        topUpsClosed = t(
            "The window is closed: sites no longer top up, and the consolidation decides the part cases.",
            "El periodo está cerrado: los sitios ya no completan cajas, y la consolidación decide las cajas incompletas.")
        backToBoard = t("Back to the board", "Volver al tablero")
        consolidate = t("Consolidate", "Consolidar")
        workbooks = t("Workbooks", "Libros de cálculo")
        receivingTitle = t("Record receiving (CSV)", "Registrar la recepción (CSV)")
        receivingHelp = t(
            "Columns: sku,received_eaches,reason (short, damaged or substituted).",
            "Columnas: sku,received_eaches,reason (short, damaged o substituted).")
        checklistTitle = t("Receiving checklist", "Lista de recepción")
        checklistHelp = t(
            "Leave a line empty when all of it arrived; emptying a line takes back what was recorded for it. Otherwise write the usable eaches that arrived and why the rest did not. The invoices are credited at once.",
            "Deje vacía la línea si llegó completa; vaciar una línea anula lo registrado para ella. Si no, escriba las unidades útiles que llegaron y por qué faltó el resto. Las facturas se acreditan de inmediato."
        )
        boughtEaches = t("Bought (eaches)", "Comprado (unidades)")
        arrivedEaches = t("Arrived (eaches)", "Llegaron (unidades)")
        shortReason = t("Why", "Motivo")
        recordReceiving = t("Record receiving", "Registrar la recepción")
        invoiceTotal = t("Invoice", "Factura")
        invoices = t("Invoices", "Facturas")
        nothingChanged = t("Nothing was changed.", "No se cambió nada.")
        readOnly = t(
            "You can see this order; only the site's director can change it.",
            "Puede ver este pedido; solo el director del sitio puede cambiarlo.")
        lateChange = t(
            "The cutoff has passed: you are changing this site's order as the buyer. Each change is recorded in the audit log with the line before and after.",
            "La fecha límite ya pasó: está cambiando el pedido de este sitio como comprador. Cada cambio queda en el registro de auditoría con la línea antes y después."
        )
        backupTitle = t("Backup", "Copia de seguridad")
        backupHelp = t(
            "A copy of the whole database as it is now: orders, invoices, menus and accounts. Keep it somewhere other than this server; `comal restore` puts it back.",
            "Una copia de toda la base de datos tal como está ahora: pedidos, facturas, menús y cuentas. Guárdela fuera de este servidor; `comal restore` la restaura.")
        downloadBackup = t("Download a backup", "Descargar una copia de seguridad")
        accountsTitle = t("Accounts", "Cuentas")
        previousPage = t("‹ Previous sites", "‹ Sitios anteriores")
        nextPage = t("Next sites ›", "Sitios siguientes ›")
        manageAccounts = t(
            "Manage accounts: add, disable, new password, role, API tokens",
            "Administrar cuentas: agregar, desactivar, contraseña nueva, rol, claves de la API")
        weightsTitle = t("Weights delivered (priced by the pound)", "Pesos entregados (precio por libra)")
        weightsHelp = t(
            "CSV sku,received_lb: the pounds that came of each catch-weight product; its bill follows them and the difference from the estimate is shared by the sites that got it.",
            "CSV sku,received_lb: las libras que llegaron de cada producto por peso; su factura las sigue y la diferencia con el estimado se reparte entre los sitios que lo recibieron.")
        repeatTitle = t("Same as last week, or a standing order?", "¿Lo mismo que la semana pasada, o un pedido fijo?")
        repeatHelp = t(
            "Start from your last week's order, or from an order you saved: its lines replace this order, at this week's prices; then change what you need.",
            "Empiece con su pedido de la semana pasada, o con un pedido que guardó: sus líneas reemplazan este pedido, a los precios de esta semana; luego cambie lo que necesite.")
        repeatButton = t("Start from last week's order", "Empezar con el pedido de la semana pasada")
        standingOrder = t("Standing order", "Pedido fijo")
        startFromStanding = t("Start from it", "Empezar con él")
        saveStandingAs = t("Save this order as", "Guardar este pedido como")
        saveStanding = t("Save", "Guardar")
        standingPlaceholder = t("Regular week", "Semana normal")
        allianceTitle = t("The alliance", "La alianza")
        deliveryRoutes = t("Delivery routes: plan, print, follow", "Rutas de entrega: planear, imprimir, seguir")
        lotsLink = t("Lots that arrived", "Lotes que llegaron")
        downloadExport = t(
            "Download everything as CSV files (one .zip): sites, catalogs, orders, invoices, receipts, lots",
            "Descargar todo como archivos CSV (un .zip): sitios, catálogos, pedidos, facturas, recepciones, lotes")
        recallLink = t("Recall lookup: which sites got a lot", "Buscar un retiro: qué sitios recibieron un lote")
        manageSites = t("Sites: load and update the member sites", "Sitios: cargar y actualizar los sitios miembros")
        manageSuppliers = t(
            "Suppliers: terms, price lists as they send them, what changed", "Proveedores: condiciones, listas de precios tal como las envían, qué cambió")
        savingsTitle = t("Savings by week", "Ahorro por semana")
        buyingAlone = t("Buying alone", "Comprando solos")
        buyingTogether = t("Buying together", "Comprando juntos")
        saved = t("Saved", "Ahorro")
        savingsHelp = t(
            "What the sites paid together (goods and delivery fee shares, before receiving credits) against what the same goods would have cost each site buying alone, paying each supplier's whole delivery fee.",
            "Lo que pagaron los sitios juntos (mercancía y parte del flete, antes de créditos de recepción) frente a lo que cada sitio habría pagado por lo mismo comprando solo, con el flete completo de cada proveedor."
        )
        templateValue = .object(TemplateObject(fields: textsByName().mapValues(TemplateValue.text)))
    }

    /// What consolidation will do with a part case nobody tops up.
    static func ifNotFilled(_ remainder: CaseTopUp.Remainder) -> BilingualText {
        switch remainder {
        case .notBought:
            BilingualText(
                english: "Not bought: the sites that ordered it go short",
                spanish: "No se compra: los sitios que la pidieron se quedan sin ella")
        case .belowMinimum:
            BilingualText(
                english: "Not bought: short of the supplier's minimum cases; the sites that ordered it go short",
                spanish: "No se compra: no llega al mínimo de cajas del proveedor; los sitios que la pidieron se quedan sin ella")
        case .boughtAsEaches:
            BilingualText(
                english: "Bought as single eaches, at the each price",
                spanish: "Se compra por unidades sueltas, al precio por unidad")
        case .restToHub:
            BilingualText(
                english: "A whole case is bought; the rest goes to the hub's stock",
                spanish: "Se compra la caja entera; el resto va al inventario del centro de distribución")
        }
    }

    /// Which of the board's sites a page shows.
    static func sitesShown(_ range: ClosedRange<Int>, of count: Int) -> BilingualText {
        BilingualText(
            english: "Sites \(range.lowerBound) to \(range.upperBound) of \(count)",
            spanish: "Sitios \(range.lowerBound) a \(range.upperBound) de \(count)")
    }

    /// Why lines saved before the bound existed are no longer in the order.
    static func setAsideSummary(_ count: Int) -> BilingualText {
        let largest = SiteOrderLine.largestQuantity
        return BilingualText(
            english:
                "\(count) order line\(count == 1 ? " was" : "s were") set aside when Comal was upgraded: a line may ask for 0 to \(largest) with a tolerance of 0 to \(largest), and \(count == 1 ? "this one" : "these") did not. Ask the site to order again.",
            spanish:
                "\(count) línea\(count == 1 ? " se apartó" : "s se apartaron") al actualizar Comal: una línea puede pedir de 0 a \(largest) con una tolerancia de 0 a \(largest), y \(count == 1 ? "esta no" : "estas no"). Pida al sitio que vuelva a pedir."
        )
    }

    /// One set-aside line as the site entered it.
    static func setAsideLine(_ line: SetAsideOrderLine) -> BilingualText {
        let entered = "\(line.site) · \(line.sku): \(line.quantity) \(line.unit)"
        return BilingualText(
            english: "\(entered), tolerance \(line.tolerance)", spanish: "\(entered), tolerancia \(line.tolerance)")
    }

    /// `3 products the sites would go short of, unless they order more`.
    static func shortCases(_ count: Int) -> BilingualText {
        BilingualText(
            english: "\(count) product\(count == 1 ? "" : "s") the sites would go short of, unless they order more",
            spanish:
                "\(count) producto\(count == 1 ? "" : "s") que les faltaría\(count == 1 ? "" : "n") a los sitios, a menos que pidan más"
        )
    }

    /// `12 part cases bought anyway, as eaches or rounded up to the hub`.
    static func boughtPartCases(_ count: Int) -> BilingualText {
        BilingualText(
            english: "\(count) part case\(count == 1 ? "" : "s") bought anyway, as eaches or rounded up to the hub",
            spanish:
                "\(count) caja\(count == 1 ? "" : "s") incompleta\(count == 1 ? "" : "s") que se compra\(count == 1 ? "" : "n") de todos modos, por unidades o redondeada\(count == 1 ? "" : "s") al centro de distribución"
        )
    }

    /// `$1,204.10 saved over 3 weeks (17%)`.
    static func savedOverWeeks(_ amount: Money, weeks: Int, percent: Int) -> BilingualText {
        BilingualText(
            english: "\(amount.formatted) saved over \(weeks) week\(weeks == 1 ? "" : "s") (\(percent)%)",
            spanish: "\(amount.formatted) de ahorro en \(weeks) semana\(weeks == 1 ? "" : "s") (\(percent)%)")
    }

    /// The word for a window's state.
    func state(_ state: OrderWindow.State) -> String { state.name.text(in: language) }

    static func role(_ role: ComalStore.Account.Role) -> BilingualText {
        switch role {
        case .admin: BilingualText(english: "administrator", spanish: "administrador")
        case .buyer: BilingualText(english: "buyer", spanish: "comprador")
        case .director: BilingualText(english: "director", spanish: "director")
        case .cook: BilingualText(english: "cook", spanish: "cocinero")
        case .driver: BilingualText(english: "driver", spanish: "chofer")
        case .kitchen: BilingualText(english: "kitchen", spanish: "cocina central")
        }
    }
}
