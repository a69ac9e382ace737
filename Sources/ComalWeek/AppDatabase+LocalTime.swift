import ComalCore
import ComalStore
import Foundation

extension AppDatabase {
    /// The alliance's local time at `instant`: cutoffs are written in it, so every "now" the CLI and
    /// the web pass to the core comes from here, and the core never reads a clock.
    public func localDateTime(at instant: Date) throws -> LocalDateTime {
        let identifier = try alliance()?.timezone ?? TimeZone.current.identifier
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        return LocalDateTime(
            date: CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!,
            time: ClockTime(minutes: parts.hour! * 60 + parts.minute!)!)
    }
}
