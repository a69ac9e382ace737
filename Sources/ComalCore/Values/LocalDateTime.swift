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
