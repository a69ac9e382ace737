/// Why a window's dates cannot be a real delivery week. Checked by the store whichever way a
/// window is opened (command line, page, API), so a typo such as 9999 or 1900 never becomes a window.
public enum WindowDateError: ExplainedError, Equatable, Sendable {
    case deliveryYearOutOfRange(CalendarDate)
    case cutoffTooEarly(cutoff: LocalDateTime, delivery: CalendarDate)

    /// The field of the window that is wrong, for a form or an API answer to point at.
    public var field: String {
        switch self {
        case .deliveryYearOutOfRange: "delivery"
        case .cutoffTooEarly: "cutoff"
        }
    }

    public var explanation: BilingualText {
        let years = OrderWindow.plausibleYears, days = OrderWindow.longestLeadDays
        return switch self {
        case .deliveryYearOutOfRange(let delivery):
            BilingualText(
                english: "the delivery \(delivery) must be in the years \(years.lowerBound) to \(years.upperBound)",
                spanish: "la entrega \(delivery) debe caer en los años \(years.lowerBound) a \(years.upperBound)")
        case .cutoffTooEarly(let cutoff, let delivery):
            BilingualText(
                english: "the cutoff \(cutoff) is more than \(days) days before the delivery \(delivery); a window takes one delivery's orders",
                spanish: "la fecha límite \(cutoff) es más de \(days) días antes de la entrega \(delivery); un periodo toma los pedidos de una entrega")
        }
    }
}

extension OrderWindow {
    /// The years a delivery may fall in.
    public static let plausibleYears = 2000...2099
    /// The most days a cutoff may come before its delivery.
    public static let longestLeadDays = 60

    /// Refuses dates no delivery week has: a year far outside the alliance's, or a cutoff months ahead.
    public static func checkDates(delivery: CalendarDate, cutoff: LocalDateTime) throws(WindowDateError) {
        guard plausibleYears.contains(delivery.year) else { throw .deliveryYearOutOfRange(delivery) }
        guard cutoff.date.dayNumber >= delivery.dayNumber - longestLeadDays else {
            throw .cutoffTooEarly(cutoff: cutoff, delivery: delivery)
        }
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil),
    /// so that two dates can be subtracted.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
