/// Reads a Mustache template into nodes: variables, sections, inverted sections, comments and
/// partials, with Mustache's rule that a line holding only a section, comment or partial tag
/// leaves no line in the output.
///
/// The line rule follows swift-mustache's parser, which rendered these templates before, so that
/// every page comes out byte for byte as it did; `TemplateRendererTests` checks the two agree.
struct TemplateParser {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0

    static func parse(_ source: String, file: String) throws(TemplateError) -> [TemplateNode] {
        var parser = TemplateParser(bytes: Array(source.utf8), file: file)
        if let carriageReturn = parser.bytes.firstIndex(of: UInt8(ascii: "\r")) {
            throw .carriageReturn(file: file, line: parser.line(at: carriageReturn))
        }
        return try parser.parse(section: nil, newLine: true)
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private static let newline = UInt8(ascii: "\n")
    private static let brace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")

    /// The nodes up to the end of `section` (consuming its closing tag) or of the template.
    /// `newLine`: whether the first byte starts a line, as far as the line rule is concerned.
    private mutating func parse(section: String?, newLine startsLine: Bool) throws(TemplateError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var newLine = startsLine
        var blanksBefore: [UInt8] = []
        while position < bytes.count {
            if newLine { blanksBefore = readBlanks() }
            let text = readText()
            if position < bytes.count, bytes[position] == Self.newline {
                nodes.append(.text(blanksBefore + text + [Self.newline]))
                blanksBefore = []
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanksBefore + text))
                blanksBefore = []
                newLine = false
            }
            guard position < bytes.count else { break }
            let tagLine = line(at: position)
            position += 2
            guard position < bytes.count else { throw .unclosedTag(file: file, line: tagLine) }
            var startsLineAfter = false
            /// Blanks before a tag that is not alone on its line are the line's text.
            func keepBlanks() {
                if !blanksBefore.isEmpty { nodes.append(.text(blanksBefore)) }
                blanksBefore = []
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(line: tagLine)
                if newLine && finishesLine() { startsLineAfter = true } else { keepBlanks() }
                let body = try parse(section: name, newLine: startsLineAfter)
                nodes.append(.section(path: Self.path(name), inverted: inverted, body: body))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(line: tagLine)
                guard name == section else {
                    throw .unexpectedClose(file: file, line: tagLine, name: name, open: section)
                }
                if !(newLine && finishesLine()) { keepBlanks() }
                return nodes
            case UInt8(ascii: "!"):
                guard let end = find([Self.closeBrace, Self.closeBrace], from: position) else {
                    throw .unclosedTag(file: file, line: tagLine)
                }
                position = end + 2
                startsLineAfter = newLine && finishesLine()
            case Self.brace:
                keepBlanks()
                position += 1
                let name = try readName(line: tagLine)
                guard position < bytes.count, bytes[position] == Self.closeBrace else {
                    throw .unclosedTag(file: file, line: tagLine)
                }
                position += 1
                nodes.append(.variable(path: Self.path(name), escaped: false))
            case UInt8(ascii: "&"):
                keepBlanks()
                position += 1
                nodes.append(.variable(path: Self.path(try readName(line: tagLine)), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readName(line: tagLine)
                if newLine && finishesLine() {
                    startsLineAfter = true
                    if !blanksBefore.isEmpty {
                        throw .unsupported(file: file, line: tagLine, what: "an indented partial alone on its line")
                    }
                } else {
                    keepBlanks()
                }
                blanksBefore = []
                nodes.append(.partial(name))
            case UInt8(ascii: "="), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw .unsupported(file: file, line: tagLine, what: "the tag {{\(Character(UnicodeScalar(bytes[position])))")
            default:
                keepBlanks()
                nodes.append(.variable(path: Self.path(try readName(line: tagLine)), escaped: true))
            }
            newLine = startsLineAfter
        }
        if let section { throw .unclosedSection(file: file, name: section) }
        return nodes
    }

    /// `a.b.c` as its parts; `.` as no parts (the innermost value).
    private static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }

    private mutating func readBlanks() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return Array(bytes[start..<position])
    }

    /// Text up to a line feed or the next `{{`, neither consumed.
    private mutating func readText() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] != Self.newline {
            if bytes[position] == Self.brace, position + 1 < bytes.count, bytes[position + 1] == Self.brace { break }
            position += 1
        }
        return Array(bytes[start..<position])
    }

    /// A tag's name and its closing `}}`, blanks around the name allowed.
    private mutating func readName(line: Int) throws(TemplateError) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard position + 1 < bytes.count, bytes[position] == Self.closeBrace, bytes[position + 1] == Self.closeBrace else {
            if position < bytes.count, bytes[position] == UInt8(ascii: "(") {
                throw .unsupported(file: file, line: line, what: "a transform")
            }
            throw position < bytes.count && bytes[position] != Self.closeBrace
                ? .badName(file: file, line: line) : .unclosedTag(file: file, line: line)
        }
        guard !name.isEmpty else { throw .badName(file: file, line: line) }
        position += 2
        return name
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), Self.newline].contains(bytes[position]) {
            position += 1
        }
    }

    /// Whether only blanks follow on this line (or nothing at all: the template's end); when so,
    /// the blanks and the line feed are consumed.
    private mutating func finishesLine() -> Bool {
        if position >= bytes.count { return true }
        var after = position
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") { after += 1 }
        guard after < bytes.count, bytes[after] == Self.newline else { return false }
        position = after + 1
        return true
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func line(at offset: Int) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == Self.newline ? $0 + 1 : $0 }
    }
}
