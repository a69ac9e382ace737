/// A value as a template reads it: what `TemplateEncoder` makes of a page's model.
enum TemplateValue: Sendable {
    /// Printed HTML-escaped by `{{name}}`, as it is by `{{{name}}}`; numbers are their digits.
    case text(String)
    /// A section's condition; printed as `true` or `false`.
    case flag(Bool)
    /// A section renders once per item.
    case list([TemplateValue])
    /// Answers names; a section on it renders once with it innermost.
    case object(TemplateObject)
}

/// A struct's fields by name. A few short names are searched in order, which is faster than
/// hashing them; a large table (the page labels) is indexed. A class, so that a `TemplateValue`
/// holding one is as small as one holding a text, and is copied with one retain.
final class TemplateObject: Sendable {
    private let names: [String]
    private let values: [TemplateValue]
    private let index: [String: Int]?

    static let empty = TemplateObject(fields: [:])

    /// Objects with more fields than this are indexed.
    private static let searchLimit = 24

    convenience init(fields: [String: TemplateValue]) {
        self.init(names: Array(fields.keys), values: Array(fields.values))
    }

    /// `names` distinct, each with the value at its position in `values`.
    init(names: [String], values: [TemplateValue]) {
        self.names = names
        self.values = values
        index =
            names.count > Self.searchLimit
            ? Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) }) : nil
    }

    /// The fields by name, for a test's reference renderer.
    var fields: [String: TemplateValue] { Dictionary(uniqueKeysWithValues: zip(names, values)) }

    func child(named name: String) -> TemplateValue? {
        if let index { return index[name].map { values[$0] } }
        // Names of another length are passed over without comparing them: most are, and String's
        // comparison of two different names goes through its slow, Unicode-aware path.
        let length = name.utf8.count
        return names.firstIndex { $0.utf8.count == length && $0 == name }.map { values[$0] }
    }
}

/// A value that gives templates a ready-made value rather than being encoded field by field
/// (the page labels, made once per language).
protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}
