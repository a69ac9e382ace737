/// Reads RFC 4180 CSV text into records, remembering the physical line each record starts on so that
/// a problem can be reported where the director will find it in a text editor or spreadsheet.
///
/// Handles quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF line
/// ends, and a UTF-8 byte-order mark at the start (spreadsheet programs add one). Blank lines are skipped.
enum CSVReader {
    /// One record of the file and the physical line it starts on (1-based).
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// Why the text is not CSV at all.
    enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case textAfterClosingQuote(line: Int)
    }

    static func records(in text: String) throws(Failure) -> [Record] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var inQuotes = false, wasQuoted = false, quoteLine = 1
        var index = scalars.startIndex

        func endRecord() {
            fields.append(String(field))
            let blank = fields.count == 1 && fields[0].isEmpty && !wasQuoted
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = String.UnicodeScalarView()
            wasQuoted = false
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r" && (index == scalars.endIndex || scalars[index] != "\n")) {
                        line += 1
                    }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                quoteLine = line
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                wasQuoted = false
            case "\r", "\n":
                if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
                endRecord()
                line += 1
                recordLine = line
            default:
                if wasQuoted { throw .textAfterClosingQuote(line: line) }
                field.append(scalar)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !fields.isEmpty || !field.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
