/// Who asks to change a site's order.
public enum OrderChanger: Hashable, Sendable {
    /// The site's director.
    case director
    /// The alliance's buyer (or admin), by name: for the sites while they order, alone after.
    case buyer(String)
}

/// What the rule says of one change to a site's order.
public enum OrderChangePermission: Hashable, Sendable {
    /// Allowed, with nothing to audit: a director before the cutoff, or the buyer while directors
    /// still order (importing the sites' orders for them).
    case allowed
    /// Allowed, each line changed audited under this name: the buyer after the cutoff or the close.
    case audited(by: String)
    case refused(Refusal)

    public enum Refusal: Hashable, Sendable {
        /// Directors order only while the window is open and not past its cutoff.
        case directorsNoLongerOrder
        /// The window has been consolidated: its orders are placed with the suppliers.
        case ordersPlaced
    }
}

extension OrderWindow {
    /// The one rule of who may change which order when, and what is audited, that the store, the
    /// pages and the API all ask: directors until the cutoff, then only the buyer, audited, until the
    /// orders are placed.
    public func permission(for changer: OrderChanger, at now: LocalDateTime) -> OrderChangePermission {
        switch changer {
        case .director:
            return acceptsDirectorOrders(at: now) ? .allowed : .refused(.directorsNoLongerOrder)
        case .buyer(let name):
            if state > .closed { return .refused(.ordersPlaced) }
            return acceptsDirectorOrders(at: now) ? .allowed : .audited(by: name)
        }
    }
}
