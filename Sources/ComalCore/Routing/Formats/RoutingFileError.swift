/// Why a routing file (instance, solution or matrix) could not be read, with the 1-based line.
public struct RoutingFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line the problem is on, or nil when it concerns the file as a whole.
    public var line: Int?
    /// What is wrong, in words a user can act on.
    public var message: String

    /// An error at `line` (nil: the whole file).
    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// A file's lines with 1-based numbers and whitespace-separated fields, CR/LF tolerant.
struct NumberedLines: Sequence {
    private let lines: [(number: Int, fields: [Substring])]

    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().map { index, line in
            (index + 1, line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }))
        }
    }

    func makeIterator() -> IndexingIterator<[(number: Int, fields: [Substring])]> { lines.makeIterator() }

    /// The number in `field` of line `line`, or an error naming the line and what was expected.
    static func number(_ field: Substring, line: Int, _ what: String) throws(RoutingFileError) -> Double {
        guard let value = Double(field), value.isFinite else {
            throw RoutingFileError(line: line, "\(what) should be a number, found \"\(field)\"")
        }
        return value
    }

    /// The whole number in `field` of line `line`.
    static func integer(_ field: Substring, line: Int, _ what: String) throws(RoutingFileError) -> Int {
        guard let value = Int(field) else {
            throw RoutingFileError(line: line, "\(what) should be a whole number, found \"\(field)\"")
        }
        return value
    }
}
