import Foundation

/// A column holding a Core value as JSON (`allocation.reasons`, `purchaseLine.droppedReason`), so
/// that its case and field names are part of the schema: renaming one needs a migration.
///
/// A window stores a row per site and product, and nearly all share a handful of values, so each
/// distinct value is encoded or decoded once per save or read.
struct JSONColumn<Value: Codable & Hashable> {
    let table: String
    let column: String
    private var texts: [Value: String] = [:]
    private var values: [String: Value] = [:]

    init(table: String, column: String) {
        self.table = table
        self.column = column
    }

    mutating func text(_ value: Value) throws -> String {
        if let text = texts[value] { return text }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        texts[value] = text
        return text
    }

    mutating func value(_ text: String) throws -> Value {
        if let value = values[text] { return value }
        guard let value = try? JSONDecoder().decode(Value.self, from: Data(text.utf8)) else {
            throw StoreError.unreadableStoredValue(table: table, column: column, value: text)
        }
        values[text] = value
        return value
    }
}
