import Foundation

/// A CSV file checked against the columns an import expects, with its rows addressable by header name.
///
/// Reading never stops at the first problem: header and shape problems go into `problems`, and the
/// importer adds its own, so that the director sees everything wrong with the file at once.
struct CSVTable {
    /// One data row: its physical line and its fields by header name, trimmed.
    struct Row {
        var line: Int
        var fields: [String: String]
        /// Where a field came from when the file has other columns than the importer's names
        /// (a supplier's order guide), so that a problem names the supplier's column and cell.
        var origins: [String: FieldOrigin] = [:]
        /// Fields whose problem the reader that made the row has reported already.
        var reported: Set<String> = []

        subscript(column: String) -> String { fields[column] ?? "" }
    }

    /// A field's column as the file names it, and its cell in a workbook.
    struct FieldOrigin: Equatable {
        var column: String
        var cell: String?
    }

    var rows: [Row] = []
    var problems: ImportProblems

    /// Rows another reader made, with the problems it found.
    init(rows: [Row], problems: ImportProblems) {
        self.rows = rows
        self.problems = problems
    }

    /// The most characters a field may hold: ten times the longest name, address or description
    /// a real file has, and small enough that no page or workbook is swamped by one cell.
    static let largestField = 500

    /// Reads `text`, which must have exactly `columns` (in any order) and may have `optional` ones too.
    init(text: String, file: String, columns: [String], optional: [String] = []) {
        problems = ImportProblems(file: file)
        let records: [CSVReader.Record]
        do throws(CSVReader.Failure) {
            records = try CSVReader.records(in: text)
        } catch {
            Self.report(error, to: &problems)
            return
        }
        guard let header = records.first else {
            problems.add(
                line: 1, column: nil, "the file is empty; it needs a header line: \(columns.joined(separator: ","))",
                "el archivo está vacío; necesita una línea de encabezado: \(columns.joined(separator: ","))")
            return
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var seen = Set<String>()
        let known = columns + optional
        for name in names {
            if !known.contains(name) {
                let english = optional.isEmpty ? "" : " (and, if wanted, \(optional.joined(separator: ",")))"
                let spanish = optional.isEmpty ? "" : " (y, si se desea, \(optional.joined(separator: ",")))"
                problems.add(
                    line: header.line, column: name, "unknown column; the columns are \(columns.joined(separator: ","))\(english)",
                    "columna desconocida; las columnas son \(columns.joined(separator: ","))\(spanish)")
            } else if !seen.insert(name).inserted {
                problems.add(
                    line: header.line, column: name, "this column appears more than once", "esta columna aparece más de una vez")
            }
        }
        for column in columns where !seen.contains(column) {
            problems.add(
                line: header.line, column: column, "this column is missing; the columns are \(columns.joined(separator: ","))",
                "falta esta columna; las columnas son \(columns.joined(separator: ","))")
        }
        guard problems.isEmpty else { return }
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                problems.add(
                    line: record.line, column: nil,
                    "this line has \(record.fields.count) fields but the header has \(names.count)",
                    "esta línea tiene \(record.fields.count) campos pero el encabezado tiene \(names.count)")
                continue
            }
            let fields = zip(names, record.fields).map { ($0, $1.trimmingCharacters(in: .whitespaces)) }
            for (name, value) in fields where value.count > Self.largestField {
                problems.add(
                    line: record.line, column: name,
                    "is \(value.count) characters long; a field holds at most \(Self.largestField)",
                    "tiene \(value.count) caracteres; un campo admite como máximo \(Self.largestField)")
            }
            rows.append(Row(line: record.line, fields: Dictionary(uniqueKeysWithValues: fields)))
        }
    }

    /// Where the text stops being CSV, and how to mend it.
    static func report(_ failure: CSVReader.Failure, to problems: inout ImportProblems) {
        switch failure {
        case .unterminatedQuote(let line):
            problems.add(
                line: line, column: nil, "a quoted field starts here but its closing quote (\") is missing",
                "aquí empieza un campo entre comillas, pero falta la comilla de cierre (\")")
        case .textAfterClosingQuote(let line):
            problems.add(
                line: line, column: nil,
                "text follows the closing quote of a field; put the whole field in quotes and double any quote inside it (\"\")",
                "hay texto después de la comilla de cierre de un campo; ponga todo el campo entre comillas y duplique las comillas de adentro (\"\")"
            )
        }
    }
}
