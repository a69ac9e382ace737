import ComalCore
import ComalStore
import Foundation

extension AppDatabase {
    /// The alliance's local time at `instant`: cutoffs are written in it, so every "now" the CLI and
    /// the web pass to the core comes from here, and the core never reads a clock.
    public func localDateTime(at instant: Date) throws -> LocalDateTime { try allianceClock(at: instant).now }

    /// The alliance's clock at `instant`, in its time zone (the machine's when none is set), for
    /// what counts real time between local times: a cutoff's countdown.
    public func allianceClock(at instant: Date) throws -> AllianceClock {
        let identifier = try alliance()?.timezone ?? TimeZone.current.identifier
        return AllianceClock(instant: instant, timeZone: TimeZone(identifier: identifier) ?? .current)
    }
}
