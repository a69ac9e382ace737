import ComalCore
import Foundation

/// What `comal menu check` is given: a menu YAML, or a JSON check request (a `.json` file, or any file
/// whose first non-blank character is `{`).
public enum MenuCheckDocument: Sendable {
    case menu(Menu)
    case request(MealPatternCheckRequest)

    /// Whether `text` from `file` is a JSON check request rather than a menu.
    public static func isRequest(_ text: String, file: String) -> Bool {
        file.lowercased().hasSuffix(".json") || text.first(where: { !$0.isWhitespace }) == "{"
    }

    /// Reads a request, or a menu naming foods in `foods` (read only when needed).
    public static func read(
        _ text: String, file: String, asOf: CalendarDate,
        foods: () throws(MenuInputError) -> [Food.ID: Food]
    ) throws(MenuInputError) -> MenuCheckDocument {
        if isRequest(text, file: file) { return .request(try CheckRequestReader.read(text, file: file, defaultAsOf: asOf)) }
        return .menu(try MenuReader.read(text, file: file, foods: foods()))
    }

    /// The findings as of `asOf` (a request's own `as_of` wins); `foods` resolves a menu's items.
    public func findings(foods: [Food.ID: Food], asOf: CalendarDate, file: String) throws(MenuInputError) -> [Finding] {
        switch self {
        case .request(let request):
            return MealPatternCheck.findings(for: request)
        case .menu(let menu):
            do {
                return try menu.findings(foods: foods, asOf: asOf)
            } catch {
                throw MenuInputError(file: file, line: nil, field: "", problem: .unresolved(error.description))
            }
        }
    }
}
