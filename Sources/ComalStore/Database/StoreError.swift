import ComalCore

/// Why the database refused a request, in words a director or the buyer can act on.
public enum StoreError: ExplainedError, Sendable, Equatable {
    case duplicateSupplier(name: String)
    /// A delivery fee or minimum order below zero or above `Supplier.largestAmount`.
    case supplierAmountOutOfRange(field: String, amount: Money)
    case unknownSupplier(Supplier.ID)
    case unknownWindow(OrderWindow.ID)
    case duplicateWindow(delivery: CalendarDate)
    case cutoffNotBeforeDelivery(cutoff: LocalDateTime, delivery: CalendarDate)
    case windowNotOpen(delivery: CalendarDate, state: OrderWindow.State)
    case cutoffNotReached(delivery: CalendarDate, cutoff: LocalDateTime)
    case windowStillOpen(delivery: CalendarDate)
    case stateMovesBackwards(delivery: CalendarDate, from: OrderWindow.State, to: OrderWindow.State)
    case directorOrdersClosed(delivery: CalendarDate, cutoff: LocalDateTime)
    case ordersAlreadyPlaced(delivery: CalendarDate, state: OrderWindow.State)
    case noConsolidation(delivery: CalendarDate)
    case unknownJob(Job.ID)
    /// Another job (a consolidation) is still running for the window.
    case jobAlreadyRunning(delivery: CalendarDate, job: Int64)
    case siteJobAlreadyRunning(site: Site.ID, job: Int64)
    case emptyOrder(delivery: CalendarDate)
    /// A change was based on a version of the site's order or menu that has since been changed by
    /// someone else; nothing was changed.
    case changedSinceRead(what: ChangedContent)
    /// The database was changed by a newer release of Comal (schema changes this one does not know).
    case newerSchema(path: String, unknown: [String])
    /// A stored value no longer reads as what it should be; the file was changed outside Comal.
    case unreadableStoredValue(table: String, column: String, value: String)
    /// A catalog was to be read with the supplier's mapping, but none is stored for it.
    case noStoredMapping(supplier: String)

    /// What a `changedSinceRead` refusal is about.
    public enum ChangedContent: Sendable, Equatable {
        case order(Site.ID)
        case menu(Site.ID, Menu.ID)
    }

    /// Whether the change was refused because it was based on a version since changed.
    public var isChangedSinceRead: Bool {
        if case .changedSinceRead = self { true } else { false }
    }

    public var explanation: BilingualText {
        switch self {
        case .newerSchema(let path, let unknown):
            BilingualText(
                english: "\(path) was upgraded by a newer release of Comal (schema \(unknown.joined(separator: ", "))); this is \(ComalRelease.version), which would not know its data. Nothing was changed: run the newer release, or restore a backup made before the upgrade",
                spanish: "\(path) fue actualizado por una versión más nueva de Comal (esquema \(unknown.joined(separator: ", "))); esta es la \(ComalRelease.version), que no conocería sus datos. No se cambió nada: use la versión más nueva o restaure una copia de seguridad anterior")
        case .changedSinceRead(.order(let site)):
            BilingualText(
                english: "the order of \(site) changed since you opened it; here it is now, make your change again if it is still needed",
                spanish: "el pedido de \(site) cambió desde que lo abrió; así está ahora, haga su cambio otra vez si todavía hace falta")
        case .changedSinceRead(.menu(let site, let menu)):
            BilingualText(
                english: "the menu \(menu) of \(site) changed since you opened it; here it is now, make your change again if it is still needed",
                spanish: "el menú \(menu) de \(site) cambió desde que lo abrió; así está ahora, haga su cambio otra vez si todavía hace falta")
        case .supplierAmountOutOfRange(let field, let amount):
            BilingualText(
                english: "the \(field) \(amount.formatted) must be from $0.00 to \(Supplier.largestAmount.formatted)",
                spanish: "el monto \(field) \(amount.formatted) debe ser de $0.00 a \(Supplier.largestAmount.formatted)")
        case .duplicateSupplier(let name):
            BilingualText(
                english: "a supplier named \"\(name)\" already exists; use that one or choose another name",
                spanish: "ya existe un proveedor llamado \"\(name)\"; use ese o elija otro nombre")
        case .unknownSupplier(let id):
            BilingualText(
                english: "there is no supplier with id \(id); add the supplier first",
                spanish: "no hay ningún proveedor con id \(id); agregue primero el proveedor")
        case .unknownWindow(let id):
            BilingualText(
                english: "there is no order window with id \(id)", spanish: "no hay ningún periodo de pedido con id \(id)")
        case .duplicateWindow(let delivery):
            BilingualText(
                english: "an order window for delivery \(delivery) already exists",
                spanish: "ya existe un periodo de pedido para la entrega del \(delivery)")
        case .cutoffNotBeforeDelivery(let cutoff, let delivery):
            BilingualText(
                english: "the cutoff \(cutoff) must be before the delivery day \(delivery) begins",
                spanish: "la fecha límite \(cutoff) debe ser antes de que empiece el día de entrega \(delivery)")
        case .windowNotOpen(let delivery, let state):
            BilingualText(
                english: "the order window for delivery \(delivery) is \(state), not open",
                spanish: "el periodo de pedido para la entrega del \(delivery) está \(state.name.spanish), no abierto")
        case .cutoffNotReached(let delivery, let cutoff):
            BilingualText(
                english:
                    "the order window for delivery \(delivery) stays open for directors until \(cutoff); wait until then, or force the close",
                spanish:
                    "el periodo de pedido para la entrega del \(delivery) sigue abierto para los directores hasta \(cutoff); espere hasta entonces o fuerce el cierre"
            )
        case .windowStillOpen(let delivery):
            BilingualText(
                english: "the order window for delivery \(delivery) is still open; close it first, which freezes its prices",
                spanish:
                    "el periodo de pedido para la entrega del \(delivery) sigue abierto; ciérrelo primero, lo que congela sus precios"
            )
        case .stateMovesBackwards(let delivery, let from, let to):
            BilingualText(
                english: "the order window for delivery \(delivery) is already \(from) and cannot go back to \(to)",
                spanish:
                    "el periodo de pedido para la entrega del \(delivery) ya está \(from.name.spanish) y no puede volver a \(to.name.spanish)"
            )
        case .directorOrdersClosed(let delivery, let cutoff):
            BilingualText(
                english: "the order window for delivery \(delivery) closed at \(cutoff); ask the buyer to make the change",
                spanish:
                    "el periodo de pedido para la entrega del \(delivery) cerró el \(cutoff); pida al comprador que haga el cambio"
            )
        case .ordersAlreadyPlaced(let delivery, let state):
            BilingualText(
                english:
                    "the orders for delivery \(delivery) were already sent to the suppliers (the window is \(state)); orders can no longer change",
                spanish:
                    "los pedidos para la entrega del \(delivery) ya se enviaron a los proveedores (el periodo está \(state.name.spanish)); ya no pueden cambiar"
            )
        case .noConsolidation(let delivery):
            BilingualText(
                english: "the order window for delivery \(delivery) has not been consolidated yet; consolidate it first",
                spanish: "el periodo de pedido para la entrega del \(delivery) todavía no se ha consolidado; consolídelo primero")
        case .unknownJob(let job):
            BilingualText(english: "there is no job \(job)", spanish: "no hay ningún trabajo \(job)")
        case .jobAlreadyRunning(let delivery, let job):
            BilingualText(
                english: "the order window for delivery \(delivery) is already being consolidated (job \(job)); wait for it to finish",
                spanish: "el periodo de pedido para la entrega del \(delivery) ya se está consolidando (trabajo \(job)); espere a que termine")
        case .siteJobAlreadyRunning(let site, let job):
            BilingualText(
                english: "a menu is already being planned for \(site) (job \(job)); wait for it to finish",
                spanish: "ya se está planeando un menú para \(site) (trabajo \(job)); espere a que termine")
        case .emptyOrder(let delivery):
            BilingualText(
                english: "the order for delivery \(delivery) has no lines yet; add at least one product before submitting",
                spanish:
                    "el pedido para la entrega del \(delivery) todavía no tiene líneas; agregue al menos un producto antes de enviarlo"
            )
        case .noStoredMapping(let supplier):
            BilingualText(
                english: "\(supplier) has no mapping file stored; give one with --mapping, or store it with `comal supplier set \"\(supplier)\" --mapping FILE`",
                spanish: "\(supplier) no tiene un archivo de mapeo guardado; dé uno con --mapping, o guárdelo con `comal supplier set \"\(supplier)\" --mapping ARCHIVO`")
        case .unreadableStoredValue(let table, let column, let value):
            BilingualText(
                english:
                    "the database holds \"\(value)\" in \(table).\(column), which Comal cannot read; was the file edited by hand?",
                spanish:
                    "la base de datos tiene \"\(value)\" en \(table).\(column), que Comal no puede leer; ¿se editó el archivo a mano?"
            )
        }
    }
}
