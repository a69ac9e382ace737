import ComalCore

/// The problems found so far in one file, and the field readers that add to them.
///
/// Each reader returns nil after recording why the field is wrong, so that an importer can check every
/// field of every row and only then decide whether to write anything.
struct ImportProblems {
    let file: String
    private(set) var all: [ImportProblem] = []

    init(file: String) { self.file = file }

    var isEmpty: Bool { all.isEmpty }

    mutating func add(line: Int, column: String?, _ english: String, _ spanish: String) {
        all.append(
            ImportProblem(
                file: file, line: line, column: column, message: BilingualText(english: english, spanish: spanish)))
    }

    mutating func add(line: Int, column: String?, _ message: BilingualText) {
        all.append(ImportProblem(file: file, line: line, column: column, message: message))
    }

    /// A problem with `row`'s field `column`, named as the file names it (`FieldOrigin`).
    mutating func add(_ row: CSVTable.Row, _ column: String, _ message: BilingualText) {
        guard !row.reported.contains(column) else { return }
        let origin = row.origins[column]
        all.append(ImportProblem(file: file, line: row.line, column: origin?.column ?? column, cell: origin?.cell, message: message))
    }

    mutating func add(_ row: CSVTable.Row, _ column: String, _ english: String, _ spanish: String) {
        add(row, column, BilingualText(english: english, spanish: spanish))
    }

    /// Throws every problem found, if any; an importer calls this before it writes.
    func throwIfAny() throws(ImportError) {
        if !all.isEmpty { throw .problems(all) }
    }

    mutating func text(_ row: CSVTable.Row, _ column: String) -> String? {
        let value = row[column]
        guard !value.isEmpty else {
            add(row, column, "is empty", "está vacío")
            return nil
        }
        return value
    }

    /// A whole number of at least `minimum`; an empty field is `emptyValue` when one is given.
    mutating func integer(
        _ row: CSVTable.Row, _ column: String, minimum: Int = 0, largest: Int? = nil, emptyValue: Int? = nil
    ) -> Int? {
        let value = row[column]
        if value.isEmpty, let emptyValue { return emptyValue }
        guard value.allSatisfy({ $0.isASCII && $0.isNumber }), !value.isEmpty, value.count <= 9, let number = Int(value),
            number >= minimum, number <= largest ?? number
        else {
            if let largest {
                add(
                    row, column, "\"\(value)\" is not a whole number from \(minimum) to \(largest)",
                    "\"\(value)\" no es un número entero de \(minimum) a \(largest)")
            } else {
                add(
                    row, column, "\"\(value)\" is not a whole number of \(minimum) or more",
                    "\"\(value)\" no es un número entero de \(minimum) o más")
            }
            return nil
        }
        return number
    }

    /// A dollar amount above zero and at most `Product.largestPrice`.
    mutating func price(_ row: CSVTable.Row, _ column: String) -> Money? {
        let value = row[column]
        guard let money = Money(dollars: value), money > .zero, money <= Product.largestPrice else {
            let largest = Product.largestPrice.formatted
            add(
                row, column, "\"\(value)\" is not a price above zero and at most \(largest) in dollars, like 27.50",
                "\"\(value)\" no es un precio mayor que cero y de \(largest) como máximo en dólares, como 27.50")
            return nil
        }
        return money
    }

    mutating func degrees(_ row: CSVTable.Row, _ column: String, name: String, limit: Double) -> Double? {
        let value = row[column]
        guard value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
            let number = Double(value), abs(number) <= limit
        else {
            add(
                row, column, "\"\(value)\" is not a \(name) between -\(Int(limit)) and \(Int(limit))",
                "\"\(value)\" no es una \(name == "latitude" ? "latitud" : "longitud") entre -\(Int(limit)) y \(Int(limit))")
            return nil
        }
        return number
    }

    mutating func clockTime(_ row: CSVTable.Row, _ column: String) -> ClockTime? {
        let value = row[column]
        guard let time = ClockTime(parsing: value) else {
            add(
                row, column, "\"\(value)\" is not a time of day written HH:MM on a 24-hour clock, like 07:30",
                "\"\(value)\" no es una hora escrita HH:MM en reloj de 24 horas, como 07:30")
            return nil
        }
        return time
    }

    /// One of an enumeration's raw values, listed in the message when the field is something else.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ row: CSVTable.Row, _ column: String, _: Choice.Type)
        -> Choice? where Choice.RawValue == String
    {
        let value = row[column]
        guard let choice = Choice(rawValue: value.lowercased()) else {
            let names = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            add(
                row, column, "\"\(value)\" is not one of \(names)", "\"\(value)\" no es uno de \(names)")
            return nil
        }
        return choice
    }
}
