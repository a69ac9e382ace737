import ComalCore
import Foundation
import Testing

/// Countdowns count real time: across the spring change a weekend is an hour shorter, across the
/// autumn one an hour longer, as the wall clock in Santa Fe shows it.
@Suite("The alliance's clock across daylight-saving changes")
struct AllianceClockTests {
    static let denver = TimeZone(identifier: "America/Denver")!

    static func instant(_ utc: String) -> Date {
        ISO8601DateFormatter().date(from: utc)!
    }

    @Test(
        "From Saturday noon to Monday noon is 47 hours in March, 49 in November, 48 on an ordinary weekend",
        arguments: [
            ("2027-03-13T19:00:00Z", "2027-03-15 12:00", 47 * 60),
            ("2026-10-31T18:00:00Z", "2026-11-02 12:00", 49 * 60),
            ("2026-11-07T19:00:00Z", "2026-11-09 12:00", 48 * 60),
        ])
    func weekend(now utc: String, cutoff: String, minutes: Int) throws {
        let clock = AllianceClock(instant: Self.instant(utc), timeZone: Self.denver)
        #expect(clock.now.time.minutes == 12 * 60, "Saturday noon on the wall clock")
        #expect(clock.minutes(until: try #require(LocalDateTime(parsing: cutoff))) == minutes)
    }

    @Test("The local time follows the change: 1:59 then 3:00 in March, 1:59 then 1:00 again in November")
    func wallClock() {
        let spring = AllianceClock(instant: Self.instant("2027-03-14T08:59:00Z"), timeZone: Self.denver)
        #expect(spring.now.description == "2027-03-14 01:59")
        #expect(AllianceClock(instant: spring.instant + 60, timeZone: Self.denver).now.description == "2027-03-14 03:00")
        let autumn = AllianceClock(instant: Self.instant("2026-11-01T07:59:00Z"), timeZone: Self.denver)
        #expect(autumn.now.description == "2026-11-01 01:59")
        #expect(AllianceClock(instant: autumn.instant + 60, timeZone: Self.denver).now.description == "2026-11-01 01:00")
    }

    @Test("A cutoff just passed counts negative; seconds past the minute do not shorten the count")
    func edges() throws {
        let clock = AllianceClock(instant: Self.instant("2026-11-24T17:00:45Z"), timeZone: Self.denver)
        #expect(clock.minutes(until: try #require(LocalDateTime(parsing: "2026-11-24 10:01"))) == 1)
        #expect(clock.minutes(until: try #require(LocalDateTime(parsing: "2026-11-24 09:59"))) == -1)
    }
}
