import ComalCore
import ComalStore
import Foundation

/// The alliance's local time now: the only place the CLI reads the clock, so the core never does.
func localNow(in database: AppDatabase) throws -> LocalDateTime {
    let identifier = try database.alliance()?.timezone ?? TimeZone.current.identifier
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: identifier) ?? .current
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
    return LocalDateTime(
        date: CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!,
        time: ClockTime(minutes: parts.hour! * 60 + parts.minute!)!)
}

/// Who is acting, for the audit log: the name given, else the alliance's buyer, else the login name.
func actorName(_ given: String?, in database: AppDatabase) throws -> String {
    if let given, !given.isEmpty { return given }
    if let buyer = try database.alliance()?.buyer { return buyer }
    return ProcessInfo.processInfo.userName
}
