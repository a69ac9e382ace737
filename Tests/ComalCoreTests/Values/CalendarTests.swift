import ComalCore
import Testing

@Suite("Calendar dates, clock times and order windows")
struct CalendarTests {
    @Test(
        "reads real days only",
        arguments: [
            ("2026-11-30", true),
            ("2024-02-29", true),  // divisible by 4
            ("2023-02-29", false),
            ("1900-02-29", false),  // a century, not divisible by 400
            ("2000-02-29", true),  // divisible by 400
            ("2026-04-31", false),
            ("2026-12-31", true),
            ("2026-13-01", false),
            ("2026-00-10", false),
            ("2026-01-00", false),
            ("2026-1-05", false),  // months and days are written with two digits
            ("26-01-05", false),
            ("2026/01/05", false),
            ("", false),
        ])
    func dates(text: String, valid: Bool) {
        #expect((CalendarDate(parsing: text) != nil) == valid)
    }

    @Test("dates print as they are read and sort by the calendar")
    func dateOrder() throws {
        let date = try #require(CalendarDate(parsing: "2026-03-07"))
        #expect(date.description == "2026-03-07")
        #expect(date == CalendarDate(year: 2026, month: 3, day: 7))
        #expect(try #require(CalendarDate(parsing: "2026-02-28")) < date)
        #expect(date < (try #require(CalendarDate(parsing: "2026-03-08"))))
        #expect(try #require(CalendarDate(parsing: "2025-12-31")) < date)
        #expect(CalendarDate(year: 7, month: 1, day: 2)?.description == "0007-01-02")
    }

    @Test(
        "reads 24-hour clock times",
        arguments: [
            ("07:30", 450),
            ("7:30", 450),
            ("00:00", 0),
            ("23:59", 1439),
            ("17:00", 1020),
        ])
    func clockTimes(text: String, minutes: Int) {
        #expect(ClockTime(parsing: text) == ClockTime(minutes: minutes))
        #expect(ClockTime(parsing: text) != nil)
    }

    @Test(
        "rejects times that are not on a 24-hour clock",
        arguments: ["24:00", "07:60", "7:5", "730", "7:30 PM", "-1:00", "", "07:30:00", "123:00"])
    func badClockTimes(text: String) {
        #expect(ClockTime(parsing: text) == nil)
    }

    @Test("clock times print with two digits")
    func clockDescription() throws {
        #expect(try #require(ClockTime(parsing: "7:05")).description == "07:05")
        #expect(ClockTime(minutes: 1440) == nil)
        #expect(ClockTime(minutes: -1) == nil)
    }

    @Test("a window starts before it ends")
    func clockWindows() throws {
        let seven = try #require(ClockTime(parsing: "07:00")), nine = try #require(ClockTime(parsing: "09:00"))
        #expect(ClockWindow(start: seven, end: nine)?.description == "07:00–09:00")
        #expect(ClockWindow(start: nine, end: seven) == nil)
        #expect(ClockWindow(start: seven, end: seven) == nil)
    }

    @Test("local date-times read with a space or a T", arguments: ["2026-11-25 17:00", "2026-11-25T17:00"])
    func localDateTimes(text: String) throws {
        let parsed = try #require(LocalDateTime(parsing: text))
        #expect(parsed.description == "2026-11-25 17:00")
        #expect(LocalDateTime(parsing: "2026-11-25") == nil)
        #expect(LocalDateTime(parsing: "2026-11-31 17:00") == nil)
    }

    @Test(
        "directors may order while the window is open, up to and including the cutoff",
        arguments: [
            (OrderWindow.State.open, "2026-11-24 09:00", true),
            (.open, "2026-11-25 17:00", true),  // the cutoff minute itself
            (.open, "2026-11-25 17:01", false),
            (.open, "2026-11-26 08:00", false),
            (.closed, "2026-11-24 09:00", false),  // the buyer closed early
            (.ordered, "2026-11-24 09:00", false),
        ])
    func cutoff(state: OrderWindow.State, now: String, accepts: Bool) throws {
        let window = OrderWindow(
            id: OrderWindow.ID(1), delivery: try #require(CalendarDate(parsing: "2026-11-30")),
            cutoff: try #require(LocalDateTime(parsing: "2026-11-25 17:00")), state: state)
        #expect(window.acceptsDirectorOrders(at: try #require(LocalDateTime(parsing: now))) == accepts)
    }

    @Test("a window's states run forward in the week's order")
    func states() {
        let states: [OrderWindow.State] = [.open, .closed, .ordered, .received, .delivered, .invoiced]
        #expect(states.sorted() == states)
        #expect(Array(states.reversed()).sorted() == states)
        #expect(OrderWindow.State.open < .invoiced)
    }
}
