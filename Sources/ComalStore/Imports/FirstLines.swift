/// Where each key of a file (a site id, a SKU) was first seen, so that a repeat is refused with the
/// line of the first: a file that lists a key twice is ambiguous, and the reader must choose.
struct FirstLines {
    private var lines: [String: Int] = [:]
    private let column: String
    private let thing: (english: String, spanish: String)

    /// Keys of `column`, each a `thing` ("site", "sitio") in the messages.
    init(column: String, thing: (english: String, spanish: String)) {
        self.column = column
        self.thing = thing
    }

    /// Notes `key` at `row`, or adds a problem when an earlier line has it.
    mutating func note(_ key: String?, at row: CSVTable.Row, _ problems: inout ImportProblems) {
        note(key, atLine: row.line, &problems)
    }

    /// Notes `key` on line `line` (of a file, or the position of an entry handed over as a value).
    mutating func note(_ key: String?, atLine line: Int, _ problems: inout ImportProblems) {
        guard let key else { return }
        if let first = lines[key] {
            problems.add(
                line: line, column: column,
                "\"\(key)\" is already on line \(first); list each \(thing.english) once",
                "\"\(key)\" ya está en la línea \(first); ponga cada \(thing.spanish) una sola vez")
        } else {
            lines[key] = line
        }
    }
}
