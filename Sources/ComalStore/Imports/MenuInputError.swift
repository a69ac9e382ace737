import ComalCore

/// A problem in a menu, a check request or the food table, named by file, line (when known) and field,
/// with what to write instead.
public struct MenuInputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// The field's path (`weeks[0].days[2].meals[1].items[3].serve.3-5`) or CSV column.
    public var field: String
    public var problem: Problem

    /// What is wrong with the field.
    public enum Problem: Hashable, Sendable {
        case notParsable(String)
        case missing
        case unknownKey(String, allowed: [String])
        case wrongType(expected: String)
        case unknownValue(String, allowed: [String])
        case badServing(String)
        case badQuantity(String)
        case badDate(String)
        case duplicate(String)
        case unresolved(String)
    }

    public init(file: String, line: Int?, field: String, problem: Problem) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let message: String
        switch problem {
        case .notParsable(let reason): message = "cannot be read: \(reason)"
        case .missing: message = "is required"
        case .unknownKey(let key, let allowed):
            message = "unknown key \"\(key)\"; allowed here: \(allowed.joined(separator: ", "))"
        case .wrongType(let expected): message = "must be \(expected)"
        case .unknownValue(let value, let allowed):
            message = "unknown value \"\(value)\"; use one of: \(allowed.joined(separator: ", "))"
        case .badServing(let text):
            message =
                "\"\(text)\" is not a serving; write an amount up to \(Serving.largestAmount) and a unit, like \"1/4 cup\", \"6 fl_oz\", \"1.5 oz_eq\" (units: \(servingUnits))"
        case .badQuantity(let text):
            message = "\"\(text)\" is not a quantity as purchased; write an amount and a unit, like \"5 LB\" or \"2 #10 CN\""
        case .badDate(let text): message = "\"\(text)\" is not a date; write YYYY-MM-DD"
        case .duplicate(let id): message = "\"\(id)\" appears twice"
        case .unresolved(let reason): message = reason
        }
        return field.isEmpty ? "\(place): \(message)" : "\(place): \(field) \(message)"
    }

    private var servingUnits: String {
        ["fl_oz", "cup", "oz", "oz_eq", "g", "tbsp", "large_egg", "each"].joined(separator: ", ")
    }
}
