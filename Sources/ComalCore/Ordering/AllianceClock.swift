import Foundation

/// The alliance's wall clock at one instant: the local time cutoffs are written in, and the time
/// zone that turns a local time back into a real instant.
///
/// Local times alone cannot say how long is left: from Saturday noon to Monday noon is 47 real
/// hours across the spring change and 49 across the autumn one, and a countdown must count those.
public struct AllianceClock: Sendable {
    public let instant: Date
    public let timeZone: TimeZone
    /// The local time at `instant`, to the minute.
    public let now: LocalDateTime

    public init(instant: Date, timeZone: TimeZone) {
        self.instant = instant
        self.timeZone = timeZone
        let parts = Self.calendar(timeZone).dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        now = LocalDateTime(
            date: CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!,
            time: ClockTime(minutes: parts.hour! * 60 + parts.minute!)!)
    }

    /// The real instant a local time names. A time the spring change skips (2:30 on that night)
    /// is read as the same wall time after the change; one the autumn change repeats, as its first.
    public func instant(of local: LocalDateTime) -> Date {
        let components = DateComponents(
            year: local.date.year, month: local.date.month, day: local.date.day, hour: local.time.minutes / 60,
            minute: local.time.minutes % 60)
        return Self.calendar(timeZone).date(from: components) ?? instant
    }

    /// Real minutes from now, to the minute as `now` shows it, until `local`; negative once it has passed.
    public func minutes(until local: LocalDateTime) -> Int {
        let nowMinute = (instant.timeIntervalSince1970 / 60).rounded(.down)
        return Int((instant(of: local).timeIntervalSince1970 / 60).rounded(.down) - nowMinute)
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
