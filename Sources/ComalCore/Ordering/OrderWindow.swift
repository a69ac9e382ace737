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

/// A day on the calendar with no time zone (`2026-11-30`).
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int

    public init?(year: Int, month: Int, day: Int) {
        let daysInMonth = [31, CalendarDate.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysInMonth[month - 1]).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`.
    public init?(parsing text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A date and a time of day in the alliance's local time (`2026-11-25 17:00`).
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var date: CalendarDate
    public var time: ClockTime

    public init(date: CalendarDate, time: ClockTime) {
        self.date = date
        self.time = time
    }

    /// Reads `YYYY-MM-DD HH:MM` (a `T` between the two also works).
    public init?(parsing text: String) {
        let parts = text.trimmingWhitespace().split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2, let date = CalendarDate(parsing: String(parts[0])),
            let time = ClockTime(parsing: String(parts[1]))
        else { return nil }
        self.init(date: date, time: time)
    }

    public var description: String { "\(date) \(time)" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }
}
