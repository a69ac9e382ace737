import Mustache

/// Turns a page's view model into the values Mustache reads fastest: each struct becomes a
/// `TemplateObject` that finds its fields in a dictionary, each array an array, each string,
/// number and flag itself.
///
/// Mustache finds a field of a plain Swift value through `Mirror`, once per `{{name}}` and once more
/// for each enclosing value it climbs through when the name belongs further out: on an order page
/// of 340 products that was four fifths of a request's time. The compiler writes every page's
/// `Encodable` conformance, so this one pass over the model replaces all that reflection.
///
/// A nil optional is left out, as `Mirror` leaves it out: the template then looks further out, and
/// a section on it renders nothing. A value that already answers by name (`MustacheParent`, such as
/// the page labels) is kept as it is.
enum TemplateEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> Any {
        TemplateSlot.finish(try TemplateSlot.encode(value, at: []))
    }
}

/// A struct's fields by name, as a template looks them up. A struct, not a class: Mustache asks
/// each value it looks into whether it conforms to its protocols, and for a class the runtime
/// searches its superclasses too. The names are searched in order, not hashed: a model has a few
/// short names, which compare faster than a string hashes, and a template looks up several names
/// in each object it climbs through before it finds one.
struct TemplateObject: MustacheParent {
    private let names: [String]
    private let values: [Any]

    init(fields: [String: Any]) {
        names = Array(fields.keys)
        values = Array(fields.values)
    }

    func child(named name: String) -> Any? { names.firstIndex(of: name).map { values[$0] } }
}

/// A text a template prints. Mustache prints a value it knows to be renderable after two questions
/// about its type; a plain `String` takes five more and a copy through `String(describing:)`.
/// Its content type still escapes it.
struct TemplateText: Sendable, MustacheCustomRenderable {
    let renderText: String
    var isNull: Bool { false }

    init(_ text: String) { renderText = text }
}

/// A struct's fields while they are being written.
private final class TemplateFields {
    var fields: [String: Any] = [:]
}

/// The numbers other than Int, which Mustache prints as they are.
private protocol TemplateNumber {}
extension Int8: TemplateNumber {}
extension Int16: TemplateNumber {}
extension Int32: TemplateNumber {}
extension Int64: TemplateNumber {}
extension UInt: TemplateNumber {}
extension UInt8: TemplateNumber {}
extension UInt16: TemplateNumber {}
extension UInt32: TemplateNumber {}
extension UInt64: TemplateNumber {}
extension Double: TemplateNumber {}
extension Float: TemplateNumber {}

/// An array while it is being filled; `finish` makes it a Swift array, which Mustache renders as
/// a section's list.
private final class TemplateList {
    var items: [Any] = []
}

/// Where one value goes while its `encode(to:)` runs.
private final class TemplateSlot: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// A `TemplateFields`, a `TemplateList`, a plain value, or nil when nothing was written.
    var value: Any?

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    /// Encodes `value`, keeping it as it is when it already answers by name.
    static func encode<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> Any? {
        if let parent = value as? any MustacheParent { return parent }
        // The containers' own methods take Bool, String and Int; the standard library hands every
        // other number to this generic method, and its `encode(to:)` would hand it back here.
        if value is any TemplateNumber { return value }
        let slot = TemplateSlot(codingPath: path)
        try value.encode(to: slot)
        return slot.value
    }

    /// The boxes written into become the values templates read, once everything is written (also
    /// through nested containers or a super encoder): fields become `TemplateObject`s, lists arrays.
    static func finish(_ value: Any?) -> Any {
        switch value {
        case let list as TemplateList:
            list.items.map(finish)
        case let slot as TemplateSlot:
            finish(slot.value)
        case let object as TemplateFields:
            TemplateObject(fields: object.fields.mapValues(finish))
        case .some(let plain):
            plain
        case .none:
            TemplateObject(fields: [:])
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = value as? TemplateFields ?? TemplateFields()
        value = object
        return KeyedEncodingContainer(TemplateObjectContainer(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list = value as? TemplateList ?? TemplateList()
        value = list
        return TemplateListContainer(list: list, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { TemplateSingleValue(slot: self) }
}

private struct TemplateObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: TemplateFields
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { object.fields[key.stringValue] = value }
    mutating func encode(_ value: String, forKey key: Key) { object.fields[key.stringValue] = TemplateText(value) }
    mutating func encode(_ value: Int, forKey key: Key) { object.fields[key.stringValue] = value }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.fields[key.stringValue] = try TemplateSlot.encode(value, at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateFields()
        object.fields[key.stringValue] = nested
        return KeyedEncodingContainer(TemplateObjectContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = TemplateList()
        object.fields[key.stringValue] = nested
        return TemplateListContainer(list: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let slot = TemplateSlot(codingPath: codingPath + [key])
        object.fields[key.stringValue] = slot
        return slot
    }
}

private struct TemplateListContainer: UnkeyedEncodingContainer {
    let list: TemplateList
    let codingPath: [any CodingKey]
    var count: Int { list.items.count }

    mutating func encodeNil() { list.items.append(TemplateFields()) }
    mutating func encode(_ value: Bool) { list.items.append(value) }
    mutating func encode(_ value: String) { list.items.append(TemplateText(value)) }
    mutating func encode(_ value: Int) { list.items.append(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        list.items.append(try TemplateSlot.encode(value, at: codingPath) ?? TemplateFields())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateFields()
        list.items.append(nested)
        return KeyedEncodingContainer(TemplateObjectContainer<NestedKey>(object: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = TemplateList()
        list.items.append(nested)
        return TemplateListContainer(list: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = TemplateSlot(codingPath: codingPath)
        list.items.append(slot)
        return slot
    }
}

private struct TemplateSingleValue: SingleValueEncodingContainer {
    let slot: TemplateSlot
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil() { slot.value = nil }
    mutating func encode(_ value: Bool) { slot.value = value }
    mutating func encode(_ value: String) { slot.value = TemplateText(value) }
    mutating func encode(_ value: Int) { slot.value = value }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.value = try TemplateSlot.encode(value, at: slot.codingPath)
    }
}
