import Foundation

/// A CSV file read as RFC 4180 (quoted fields may hold commas, quotes and line breaks), each row with the
/// line it starts on and its fields by header name.
struct CSVTable {
    struct Row {
        var line: Int
        var fields: [String: String]
        func callAsFunction(_ column: String) -> String { fields[column, default: ""] }
    }

    var header: [String]
    var rows: [Row]

    /// Reads `text`; nil when a quoted field is never closed.
    init?(_ text: String) {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var line = 1, recordLine = 1
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        if characters.last != "\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
            } else if character == "\"", field.isEmpty, !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
                wasQuoted = false
            } else if character == "\n" {
                fields.append(field)
                if fields != [""] { records.append((recordLine, fields)) }
                fields = []
                field = ""
                wasQuoted = false
                line += 1
                recordLine = line
            } else {
                field.append(character)
            }
            index += 1
        }
        guard !quoted, let first = records.first else { return nil }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = records.dropFirst().map { record in
            Row(line: record.line, fields: Dictionary(zip(first.fields, record.fields).map { ($0.0, $0.1) },
                                                      uniquingKeysWith: { first, _ in first }))
        }
    }
}
