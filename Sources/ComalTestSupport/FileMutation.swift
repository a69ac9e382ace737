/// One change a careless hand, a broken export or an attacker makes to a CSV or YAML file, for
/// fuzzing importers with real files rather than random bytes: most mutants stay close enough to
/// the format to reach the checks behind the parser.
public enum FileMutation: CaseIterable, Sendable {
    /// A CSV field or YAML value replaced by one of `hostileValues`.
    case hostileValue
    case dropLine
    case doubleLine
    case swapLines
    /// A few characters (separators, quotes, line ends, digits, non-ASCII) inserted anywhere.
    case insertCharacters
    case deleteCharacter
    /// The file cut off anywhere, as an interrupted upload leaves it.
    case truncate

    /// Values at and past every bound: Int's ends, floats where integers go, impossible dates and
    /// times, formulas, quotes, a NUL, and a field far longer than any real one.
    public static let hostileValues = [
        "", " ", "-1", "0", "1.5", "-0.01", "99999999999999999999", "9223372036854775807", "-9223372036854775808",
        "1e308", "NaN", "inf", "10000", "100001.00", "0x1F", "abc", "\"", "\"\"", "=SUM(A1:A9)", "\u{0}", "ñandú",
        "2026-02-30", "25:61", "12:00:00", "99999-01-01", "case;each", "1/0 cup", "{", "[", "- -", ": :", "&anchor",
        "*alias", "!!binary", String(repeating: "9", count: 400), String(repeating: "x", count: 20_000),
    ]

    public static func random<G: RandomNumberGenerator>(using random: inout G) -> FileMutation {
        allCases.randomElement(using: &random)!
    }

    public func apply<G: RandomNumberGenerator>(to text: String, using random: inout G) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty, !text.isEmpty else { return text }
        let index = Int.random(in: 0..<lines.count, using: &random)
        switch self {
        case .hostileValue:
            lines[index] = Self.replacingValue(in: lines[index], with: Self.hostileValues.randomElement(using: &random)!, using: &random)
        case .dropLine:
            lines.remove(at: index)
        case .doubleLine:
            lines.insert(lines[index], at: index)
        case .swapLines:
            lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
        case .insertCharacters:
            let pieces = [",", "\"", "\n", "\r\n", ";", "\t", "7", "-", ":", "#", "é", "\u{FEFF}", "  "]
            var characters = Array(text)
            let position = Int.random(in: 0...characters.count, using: &random)
            characters.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
            return String(characters)
        case .deleteCharacter:
            var characters = Array(text)
            characters.remove(at: Int.random(in: 0..<characters.count, using: &random))
            return String(characters)
        case .truncate:
            return String(text.prefix(Int.random(in: 0..<text.count, using: &random)))
        }
        return lines.joined(separator: "\n")
    }

    /// The line with one CSV field, or the value after a YAML key's `: `, replaced by `value`.
    static func replacingValue<G: RandomNumberGenerator>(in line: String, with value: String, using random: inout G) -> String {
        if let colon = line.range(of: ": ", options: .backwards), !line.contains(",") || Bool.random(using: &random) {
            return line[..<colon.upperBound] + value
        }
        var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[Int.random(in: 0..<fields.count, using: &random)] = value
        return fields.joined(separator: ",")
    }
}
