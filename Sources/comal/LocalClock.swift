import ComalCore
import ComalStore
import ComalWeek
import Foundation

/// The alliance's local time now: the only place the CLI reads the clock, so the core never does.
func localNow(in database: AppDatabase) throws -> LocalDateTime {
    try database.localDateTime(at: Date())
}

/// Who is acting, for the audit log: the name given, else the alliance's buyer, else the login name.
func actorName(_ given: String?, in database: AppDatabase) throws -> String {
    if let given, !given.isEmpty { return given }
    if let buyer = try database.alliance()?.buyer { return buyer }
    return ProcessInfo.processInfo.userName
}
