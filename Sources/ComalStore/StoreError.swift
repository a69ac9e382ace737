import ComalCore

/// Why the database refused a request, in words a director or the buyer can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateSupplier(name: String)
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
    case emptyOrder(delivery: CalendarDate)
    /// A stored value no longer reads as what it should be; the file was changed outside Comal.
    case unreadableStoredValue(table: String, column: String, value: String)

    public var description: String {
        switch self {
        case .duplicateSupplier(let name):
            "a supplier named \"\(name)\" already exists; use that one or choose another name"
        case .unknownSupplier(let id):
            "there is no supplier with id \(id); add the supplier first"
        case .unknownWindow(let id):
            "there is no order window with id \(id)"
        case .duplicateWindow(let delivery):
            "an order window for delivery \(delivery) already exists"
        case .cutoffNotBeforeDelivery(let cutoff, let delivery):
            "the cutoff \(cutoff) must be before the delivery day \(delivery) begins"
        case .windowNotOpen(let delivery, let state):
            "the order window for delivery \(delivery) is \(state), not open"
        case .cutoffNotReached(let delivery, let cutoff):
            "the order window for delivery \(delivery) stays open for directors until \(cutoff); wait until then, or force the close"
        case .windowStillOpen(let delivery):
            "the order window for delivery \(delivery) is still open; close it first, which freezes its prices"
        case .stateMovesBackwards(let delivery, let from, let to):
            "the order window for delivery \(delivery) is already \(from) and cannot go back to \(to)"
        case .directorOrdersClosed(let delivery, let cutoff):
            "the order window for delivery \(delivery) closed at \(cutoff); ask the buyer to make the change"
        case .ordersAlreadyPlaced(let delivery, let state):
            "the orders for delivery \(delivery) were already sent to the suppliers (the window is \(state)); orders can no longer change"
        case .noConsolidation(let delivery):
            "the order window for delivery \(delivery) has not been consolidated yet; consolidate it first"
        case .emptyOrder(let delivery):
            "the order for delivery \(delivery) has no lines yet; add at least one product before submitting"
        case .unreadableStoredValue(let table, let column, let value):
            "the database holds \"\(value)\" in \(table).\(column), which Comal cannot read; was the file edited by hand?"
        }
    }
}
