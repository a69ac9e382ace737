import ComalCore

/// Dates, times and countdowns as a reader of each language writes them, computed on the server so
/// that pages need no JavaScript. Money is written `$1,234.50` in both: US Spanish writes dollars
/// the same way.
enum LocalizedFormat {
    private static let months = [
        ("January", "enero"), ("February", "febrero"), ("March", "marzo"), ("April", "abril"), ("May", "mayo"),
        ("June", "junio"), ("July", "julio"), ("August", "agosto"), ("September", "septiembre"), ("October", "octubre"),
        ("November", "noviembre"), ("December", "diciembre"),
    ].map { BilingualText(english: $0, spanish: $1) }
    private static let weekdays = [
        ("Monday", "lunes"), ("Tuesday", "martes"), ("Wednesday", "miércoles"), ("Thursday", "jueves"),
        ("Friday", "viernes"), ("Saturday", "sábado"), ("Sunday", "domingo"),
    ].map { BilingualText(english: $0, spanish: $1) }

    /// `Monday, November 30, 2026` or `lunes, 30 de noviembre de 2026`.
    static func date(_ date: CalendarDate, _ language: Language) -> String { dateText(date).text(in: language) }

    private static func dateText(_ date: CalendarDate) -> BilingualText {
        let weekday = weekdays[(dayNumber(date) % 7 + 7 + 3) % 7]
        let month = months[date.month - 1]
        return BilingualText(
            english: "\(weekday.english), \(month.english) \(date.day), \(date.year)",
            spanish: "\(weekday.spanish), \(date.day) de \(month.spanish) de \(date.year)")
    }

    /// `Nov 30` or `30 nov`, for chart labels.
    static func shortDate(_ date: CalendarDate, _ language: Language) -> String {
        let month = months[date.month - 1]
        return BilingualText(
            english: "\(month.english.prefix(3)) \(date.day)", spanish: "\(date.day) \(month.spanish.prefix(3))"
        ).text(in: language)
    }

    /// `Wednesday, November 25, 2026 at 5:00 PM` or `miércoles, 25 de noviembre de 2026, 17:00`.
    static func dateTime(_ moment: LocalDateTime, _ language: Language) -> String {
        let minutes = moment.time.minutes
        let hour = minutes / 60 % 12 == 0 ? 12 : minutes / 60 % 12
        let minute = minutes % 60 < 10 ? "0\(minutes % 60)" : "\(minutes % 60)"
        let date = dateText(moment.date)
        return BilingualText(
            english: "\(date.english) at \(hour):\(minute) \(minutes < 720 ? "AM" : "PM")",
            spanish: "\(date.spanish), \(moment.time)"
        ).text(in: language)
    }

    /// How long until the cutoff in real time, to the minute: `Closes in 2 days, 5 hours` or `The
    /// cutoff has passed`. Across a daylight-saving change a "day" is 23 or 25 hours of the wall
    /// clock, so the count is of the hours that will pass, not of the wall clock's.
    static func countdown(to cutoff: LocalDateTime, on clock: AllianceClock, _ language: Language) -> String {
        countdown(minutesLeft: clock.minutes(until: cutoff)).text(in: language)
    }

    /// The countdown for `left` minutes, apart from the clock so that both languages of any span
    /// can be checked.
    static func countdown(minutesLeft left: Int) -> BilingualText {
        guard left >= 0 else { return BilingualText(english: "The cutoff has passed.", spanish: "La fecha límite ya pasó.") }
        let (days, hours, mins) = (left / 1440, left % 1440 / 60, left % 60)
        func unit(_ count: Int, _ english: String, _ spanish: String) -> BilingualText? {
            guard count > 0 else { return nil }
            let plural = count == 1 ? "" : "s"
            return BilingualText(english: "\(count) \(english)\(plural)", spanish: "\(count) \(spanish)\(plural)")
        }
        var parts = [unit(days, "day", "día"), unit(hours, "hour", "hora")].compactMap { $0 }
        if days == 0 { parts += [unit(mins, "minute", "minuto")].compactMap { $0 } }
        guard !parts.isEmpty else {
            return BilingualText(english: "Closes in less than a minute.", spanish: "Cierra en menos de un minuto.")
        }
        return BilingualText(
            english: "Closes in \(parts.map(\.english).joined(separator: ", ")).",
            spanish: "Cierra en \(parts.map(\.spanish).joined(separator: ", ")).")
    }

    /// Days since 1970-01-01 (a Thursday), by Howard Hinnant's days-from-civil.
    private static func dayNumber(_ date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
}
