import ComalCore

/// One thing wrong with an imported file, located so that a director can find and fix it.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// The physical line, 1-based; the header is line 1.
    public var line: Int
    /// The header name of the column at fault, or nil when the problem is the whole line or file.
    public var column: String?
    /// The cell (`Order Guide!C12`) when the file is a workbook, whose rows are not lines.
    public var cell: String?
    public var message: BilingualText

    public init(file: String, line: Int, column: String?, cell: String? = nil, message: BilingualText) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
        self.message = message
    }

    /// `sites.csv:4: column lat: "95.2" is not a latitude between -90 and 90`, or in a workbook
    /// `guide.xlsx: Order Guide!C12, column Pack Size: …`.
    public var description: String { text(in: .english) }

    /// The located problem in `language`: `pedido.csv:3: columna unit: …`.
    public func text(in language: Language) -> String {
        let columnWord = BilingualText(english: "column", spanish: "columna").text(in: language)
        if let cell {
            return "\(file): \(cell)\(column.map { ", \(columnWord) \($0)" } ?? ""): \(message.text(in: language))"
        }
        if let column { return "\(file):\(line): \(columnWord) \(column): \(message.text(in: language))" }
        return "\(file):\(line): \(message.text(in: language))"
    }
}

/// Why an import wrote nothing: every problem found in the file, so that it can be fixed in one pass.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case problems([ImportProblem])

    /// How many problems the description lists before summarising the rest.
    static let listedProblems = 50

    public var problems: [ImportProblem] {
        switch self {
        case .problems(let problems): problems
        }
    }

    public var description: String {
        let problems = self.problems
        let file = problems.first?.file ?? "the file"
        var lines = [
            "\(file) was not imported; nothing was changed. Fix \(problems.count == 1 ? "this problem" : "these \(problems.count) problems") and import it again:"
        ]
        lines += problems.prefix(Self.listedProblems).map { "  \($0)" }
        if problems.count > Self.listedProblems {
            lines.append("  … and \(problems.count - Self.listedProblems) more")
        }
        return lines.joined(separator: "\n")
    }
}
