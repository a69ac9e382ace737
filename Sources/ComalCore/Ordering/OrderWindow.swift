/// One delivery week: sites order until the cutoff, then the buyer closes, buys, receives and invoices.
public struct OrderWindow: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Tagged<OrderWindow, Int64>

    /// Where the week stands; a window only moves forward.
    public enum State: String, Hashable, Sendable, Codable, DeclarationOrdered {
        case open, closed, ordered, received, delivered, invoiced

        /// The state as pages and messages name it.
        public var name: BilingualText {
            switch self {
            case .open: BilingualText(english: "open", spanish: "abierto")
            case .closed: BilingualText(english: "closed", spanish: "cerrado")
            case .ordered: BilingualText(english: "ordered", spanish: "pedido a proveedores")
            case .received: BilingualText(english: "received", spanish: "recibido")
            case .delivered: BilingualText(english: "delivered", spanish: "entregado")
            case .invoiced: BilingualText(english: "invoiced", spanish: "facturado")
            }
        }
    }

    public var id: ID
    public var delivery: CalendarDate
    /// The last local moment at which directors may change orders.
    public var cutoff: LocalDateTime
    public var state: State

    public init(id: ID, delivery: CalendarDate, cutoff: LocalDateTime, state: State = .open) {
        self.id = id
        self.delivery = delivery
        self.cutoff = cutoff
        self.state = state
    }

    /// Whether a director may still place or change an order at local time `now`.
    public func acceptsDirectorOrders(at now: LocalDateTime) -> Bool {
        state == .open && now <= cutoff
    }
}
