import ComalCore

/// Dates, times and countdowns as a reader of each language writes them, computed on the server so
/// that pages need no JavaScript. Money is written `$1,234.50` in both: US Spanish writes dollars
/// the same way.
enum LocalizedFormat {
    private static let months: [Language: [String]] = [
        .english: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        .spanish: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
        ],
    ]
    private static let weekdays: [Language: [String]] = [
        .english: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        .spanish: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    ]

    /// `Monday, November 30, 2026` or `lunes, 30 de noviembre de 2026`.
    static func date(_ date: CalendarDate, _ language: Language) -> String {
        let weekday = weekdays[language]![(dayNumber(date) % 7 + 7 + 3) % 7]
        let month = months[language]![date.month - 1]
        return language == .english
            ? "\(weekday), \(month) \(date.day), \(date.year)"
            : "\(weekday), \(date.day) de \(month) de \(date.year)"
    }

    /// `Nov 30` or `30 nov`, for chart labels.
    static func shortDate(_ date: CalendarDate, _ language: Language) -> String {
        let month = months[language]![date.month - 1].prefix(3)
        return language == .english ? "\(month) \(date.day)" : "\(date.day) \(month)"
    }

    /// `Wednesday, November 25, 2026 at 5:00 PM` or `miércoles, 25 de noviembre de 2026, 17:00`.
    static func dateTime(_ moment: LocalDateTime, _ language: Language) -> String {
        let minutes = moment.time.minutes
        guard language == .english else { return "\(date(moment.date, language)), \(moment.time)" }
        let hour = minutes / 60 % 12 == 0 ? 12 : minutes / 60 % 12
        let minute = minutes % 60 < 10 ? "0\(minutes % 60)" : "\(minutes % 60)"
        return "\(date(moment.date, language)) at \(hour):\(minute) \(minutes < 720 ? "AM" : "PM")"
    }

    /// How long until the cutoff in real time, to the minute: `Closes in 2 days, 5 hours` or `The
    /// cutoff has passed`. Across a daylight-saving change a "day" is 23 or 25 hours of the wall
    /// clock, so the count is of the hours that will pass, not of the wall clock's.
    static func countdown(to cutoff: LocalDateTime, on clock: AllianceClock, _ language: Language) -> String {
        let left = clock.minutes(until: cutoff)
        guard left >= 0 else {
            return language == .english ? "The cutoff has passed." : "La fecha límite ya pasó."
        }
        let (days, hours, mins) = (left / 1440, left % 1440 / 60, left % 60)
        func unit(_ count: Int, _ english: String, _ spanish: String) -> String? {
            guard count > 0 else { return nil }
            let word = language == .english ? english : spanish
            return "\(count) \(word)\(count == 1 ? "" : "s")"
        }
        var parts = [unit(days, "day", "día"), unit(hours, "hour", "hora")].compactMap { $0 }
        if days == 0 { parts += [unit(mins, "minute", "minuto")].compactMap { $0 } }
        let amount =
            parts.isEmpty ? (language == .english ? "less than a minute" : "menos de un minuto") : parts.joined(separator: ", ")
        return language == .english ? "Closes in \(amount)." : "Cierra en \(amount)."
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
