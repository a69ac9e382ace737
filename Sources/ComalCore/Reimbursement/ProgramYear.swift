/// A CACFP program year, 1 July to 30 June, written `2024-25` after the year it starts in.
public struct ProgramYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// Reads `2024-25` (the second year must follow the first).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let start = Int(parts[0]), let end = Int(parts[1]),
            (2000...2200).contains(start), (start + 1) % 100 == end
        else { return nil }
        startYear = start
    }

    /// The program year `date` falls in.
    public static func containing(_ date: CalendarDate) -> ProgramYear {
        ProgramYear(startYear: date.month >= 7 ? date.year : date.year - 1)
    }

    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (lhs: ProgramYear, rhs: ProgramYear) -> Bool { lhs.startYear < rhs.startYear }
}
