import ComalCore

/// A day's heading and the links to the days either side, on the kitchen's and a satellite's pages.
struct KitchenDayLinks {
    let dateText, previousPath, nextPath: String

    /// `path` makes the page's address for a date.
    init(_ date: CalendarDate, language: Language, path: (String) -> String) {
        dateText = LocalizedFormat.date(date, language)
        previousPath = path(CalendarDate(dayNumber: date.dayNumber - 1).map(\.description) ?? date.description)
        nextPath = path(CalendarDate(dayNumber: date.dayNumber + 1).map(\.description) ?? date.description)
    }
}
