/// Turns a page's view model into the `TemplateValue` a template reads: each struct an object
/// whose fields are found by name, each array a list, each string and number a text, each flag a
/// flag. The compiler writes every page's `Encodable` conformance, so templates never reflect.
///
/// A nil optional is left out: the template then looks further out for the name, and a section on
/// it renders nothing, as Mustache does with a missing name.
enum TemplateEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> TemplateValue {
        TemplateSlot.finish(try TemplateSlot.encode(value, at: []))
    }
}

/// A value while its model is being written: finished, or a box still being written into (also
/// through nested containers or a super encoder). An enum rather than `Any`, which boxed each
/// field's value on the heap and cast it back.
private enum Pending {
    case value(TemplateValue)
    case fields(TemplateFields)
    case list(TemplateList)
    case slot(TemplateSlot)
}

/// A struct's fields while they are being written, in the order written (a model's few fields
/// are kept in arrays, as `TemplateObject` keeps them, rather than hashed into a dictionary).
private final class TemplateFields {
    private(set) var names: [String] = []
    private(set) var values: [Pending] = []

    /// Writes `value` under `name`; a field written twice keeps the last value, as a dictionary would.
    func set(_ name: String, _ value: Pending) {
        if let index = names.firstIndex(of: name) {
            values[index] = value
        } else {
            names.append(name)
            values.append(value)
        }
    }
}

/// The numbers other than Int, which templates print as Swift prints them.
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

/// An array while it is being filled.
private final class TemplateList {
    var items: [Pending] = []
}

/// Where one value goes while its `encode(to:)` runs.
private final class TemplateSlot: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What was written; nil when nothing was.
    var value: Pending?

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    /// Encodes `value`, taking its ready-made template value when it has one.
    static func encode<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> Pending? {
        if let convertible = value as? any TemplateValueConvertible { return .value(convertible.templateValue) }
        // The containers' own methods take Bool, String and Int; the standard library hands every
        // other number to this generic method, and its `encode(to:)` would hand it back here.
        if value is any TemplateNumber { return .value(.text(String(describing: value))) }
        let slot = TemplateSlot(codingPath: path)
        try value.encode(to: slot)
        return slot.value
    }

    /// The boxes written into become template values once everything is written (also through
    /// nested containers or a super encoder).
    static func finish(_ value: Pending?) -> TemplateValue {
        switch value {
        case .value(let finished): finished
        case .list(let list): .list(list.items.map(finish))
        case .slot(let slot): finish(slot.value)
        case .fields(let object): .object(TemplateObject(names: object.names, values: object.values.map(finish)))
        case nil: .object(.empty)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: TemplateFields
        if case .fields(let existing) = value { object = existing } else { object = TemplateFields() }
        value = .fields(object)
        return KeyedEncodingContainer(TemplateObjectContainer(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list: TemplateList
        if case .list(let existing) = value { list = existing } else { list = TemplateList() }
        value = .list(list)
        return TemplateListContainer(list: list, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { TemplateSingleValue(slot: self) }
}

private struct TemplateObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: TemplateFields
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { object.set(key.stringValue, .value(.flag(value))) }
    mutating func encode(_ value: String, forKey key: Key) { object.set(key.stringValue, .value(.text(value))) }
    mutating func encode(_ value: Int, forKey key: Key) { object.set(key.stringValue, .value(.text(String(value)))) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        // A value that wrote nothing (a nil optional) is left out, as `encodeNil` leaves it.
        if let encoded = try TemplateSlot.encode(value, at: codingPath + [key]) { object.set(key.stringValue, encoded) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateFields()
        object.set(key.stringValue, .fields(nested))
        return KeyedEncodingContainer(TemplateObjectContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = TemplateList()
        object.set(key.stringValue, .list(nested))
        return TemplateListContainer(list: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let slot = TemplateSlot(codingPath: codingPath + [key])
        object.set(key.stringValue, .slot(slot))
        return slot
    }
}

private struct TemplateListContainer: UnkeyedEncodingContainer {
    let list: TemplateList
    let codingPath: [any CodingKey]
    var count: Int { list.items.count }

    mutating func encodeNil() { list.items.append(.value(.object(.empty))) }
    mutating func encode(_ value: Bool) { list.items.append(.value(.flag(value))) }
    mutating func encode(_ value: String) { list.items.append(.value(.text(value))) }
    mutating func encode(_ value: Int) { list.items.append(.value(.text(String(value)))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        list.items.append(try TemplateSlot.encode(value, at: codingPath) ?? .value(.object(.empty)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateFields()
        list.items.append(.fields(nested))
        return KeyedEncodingContainer(TemplateObjectContainer<NestedKey>(object: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = TemplateList()
        list.items.append(.list(nested))
        return TemplateListContainer(list: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = TemplateSlot(codingPath: codingPath)
        list.items.append(.slot(slot))
        return slot
    }
}

private struct TemplateSingleValue: SingleValueEncodingContainer {
    let slot: TemplateSlot
    var codingPath: [any CodingKey] { slot.codingPath }

    mutating func encodeNil() { slot.value = nil }
    mutating func encode(_ value: Bool) { slot.value = .value(.flag(value)) }
    mutating func encode(_ value: String) { slot.value = .value(.text(value)) }
    mutating func encode(_ value: Int) { slot.value = .value(.text(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.value = try TemplateSlot.encode(value, at: slot.codingPath)
    }
}
