import ComalCore
import Foundation
import Yams

/// One value in a YAML menu or a JSON check request, with its path and line, so every problem can be
/// reported where the cook will find it. JSON is read through the same YAML parser (JSON is YAML's
/// flow style), which keeps line numbers for both.
struct DocumentField {
    let node: Node
    let path: String
    let file: String

    /// The document's root.
    static func root(of text: String, file: String) throws(MenuInputError) -> DocumentField {
        let parsed: Node?
        do {
            parsed = try Yams.compose(yaml: text)
        } catch {
            throw MenuInputError(file: file, line: line(of: error, in: text), field: "", problem: .notParsable("\(error)"))
        }
        guard let parsed else {
            throw MenuInputError(file: file, line: 1, field: "", problem: .notParsable("the file is empty"))
        }
        return DocumentField(node: parsed, path: "", file: file)
    }

    /// The line a YAML error points at, so that the cook is sent to it rather than to the whole file.
    private static func line(of error: any Error, in text: String) -> Int? {
        guard let error = error as? YamlError else { return nil }
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        case .duplicatedKeysInMapping(_, let context): return context.mark.line
        case .reader(_, let offset?, _, _): return text.utf8.prefix(offset).count { $0 == UInt8(ascii: "\n") } + 1
        default: return nil
        }
    }

    var line: Int? { node.mark?.line }

    /// The scalar's type as YAML resolves it: quoted text stays text, plain `6` is a number, `true` a flag.
    private var kind: Tag.Name { Resolver.default.resolveTag(of: node) }

    func error(_ problem: MenuInputError.Problem) -> MenuInputError {
        MenuInputError(file: file, line: line, field: path, problem: problem)
    }

    private func child(_ node: Node, _ name: String) -> DocumentField {
        DocumentField(node: node, path: path.isEmpty ? name : "\(path).\(name)", file: file)
    }

    /// The keys and values of a mapping, refusing any key not in `allowed` (any key when nil).
    func mapping(allowed: [String]?) throws(MenuInputError) -> DocumentMapping {
        guard case .mapping(let mapping) = node else { throw error(.wrongType(expected: "a mapping of keys to values")) }
        var fields: [(key: String, field: DocumentField)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw error(.wrongType(expected: "a mapping with text keys")) }
            let field = child(valueNode, key)
            if let allowed, !allowed.contains(key) {
                throw MenuInputError(
                    file: file, line: keyNode.mark?.line, field: path, problem: .unknownKey(key, allowed: allowed))
            }
            guard !fields.contains(where: { $0.key == key }) else { throw field.error(.duplicate(key)) }
            fields.append((key, field))
        }
        return DocumentMapping(fields: fields, owner: self)
    }

    /// The elements of a sequence.
    func sequence() throws(MenuInputError) -> [DocumentField] {
        guard case .sequence(let sequence) = node else { throw error(.wrongType(expected: "a list")) }
        return sequence.enumerated().map { index, element in
            DocumentField(node: element, path: "\(path)[\(index)]", file: file)
        }
    }

    /// A text value (numbers and flags are refused, so `"true"` and `true` stay apart).
    func text() throws(MenuInputError) -> String {
        guard case .scalar(let scalar) = node, kind == .str else { throw error(.wrongType(expected: "text")) }
        return scalar.string
    }

    /// Any scalar as written (`1-2`, `3`), for labels that may look like numbers.
    func label() throws(MenuInputError) -> String {
        guard case .scalar(let scalar) = node else { throw error(.wrongType(expected: "a label")) }
        return scalar.string
    }

    /// A number written as a number.
    func number() throws(MenuInputError) -> Decimal {
        guard case .scalar(let scalar) = node, scalar.style == .plain, kind == .int || kind == .float,
            let value = Decimal(string: scalar.string, locale: Locale(identifier: "en_US_POSIX"))
        else { throw error(.wrongType(expected: "a number")) }
        return value
    }

    /// A whole number.
    func integer() throws(MenuInputError) -> Int {
        guard case .scalar(let scalar) = node, scalar.style == .plain, kind == .int, let value = Int(scalar.string)
        else { throw error(.wrongType(expected: "a whole number")) }
        return value
    }

    /// `true` or `false`.
    func flag() throws(MenuInputError) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain, kind == .bool,
            scalar.string == "true" || scalar.string == "false"
        else { throw error(.wrongType(expected: "true or false")) }
        return scalar.string == "true"
    }

    /// One of an enumeration's raw values.
    func choice<Value: RawRepresentable & CaseIterable>(_: Value.Type) throws(MenuInputError) -> Value
    where Value.RawValue == String {
        let raw = try label()
        guard let value = Value(rawValue: raw) else {
            throw error(.unknownValue(raw, allowed: Value.allCases.map(\.rawValue)))
        }
        return value
    }

    /// A serving such as `1/4 cup`.
    func serving() throws(MenuInputError) -> Serving {
        let raw = try label()
        guard let serving = Serving(parsing: raw), serving.amount >= 0 else { throw error(.badServing(raw)) }
        return serving
    }

    /// `{en: ..., es: ...}`.
    func bilingual() throws(MenuInputError) -> BilingualText {
        let mapping = try self.mapping(allowed: ["en", "es"])
        return BilingualText(english: try mapping.required("en").text(), spanish: try mapping.required("es").text())
    }

    /// Crediting attributes, refusing unknown keys and values of the wrong kind.
    func attributes() throws(MenuInputError) -> CreditingAttributes {
        let keys = CreditingAttributes.Key.allCases
        let mapping = try self.mapping(allowed: keys.map(\.rawValue))
        var attributes = CreditingAttributes()
        for (key, field) in mapping.fields {
            let attribute = CreditingAttributes.Key(rawValue: key)!
            let value: CreditingAttributes.AttributeValue
            switch attribute.valueKind {
            case .flag: value = .flag(try field.flag())
            case .number: value = .number(try field.number())
            case .text: value = .text(try field.label())
            case .choice(let allowed):
                let raw = try field.label()
                guard allowed.contains(raw) else { throw field.error(.unknownValue(raw, allowed: allowed)) }
                value = .text(raw)
            }
            _ = attributes.set(attribute, to: value)
        }
        return attributes
    }
}

/// The fields of a mapping, in the order written.
struct DocumentMapping {
    let fields: [(key: String, field: DocumentField)]
    let owner: DocumentField

    /// The field under `key`, or nil.
    func optional(_ key: String) -> DocumentField? { fields.first { $0.key == key }?.field }

    /// The field under `key`, or an error naming it.
    func required(_ key: String) throws(MenuInputError) -> DocumentField {
        guard let field = optional(key) else {
            throw MenuInputError(
                file: owner.file, line: owner.line, field: owner.path.isEmpty ? key : "\(owner.path).\(key)",
                problem: .missing)
        }
        return field
    }
}
