import ComalCore

/// Reads a seasons file: `food,months,source`, the months a fresh food is harvested locally as ranges
/// and single months separated by semicolons (`6-9`, `11-2` across the new year, `4;6-8`), and where
/// that comes from.
public enum ProduceSeasonsReader {
    public static let columns = ["food", "months", "source"]

    public static func read(_ text: String, file: String) throws(ImportError) -> [ProduceSeason] {
        let table = CSVTable(text: text, file: file, columns: columns)
        var problems = table.problems
        var seasons: [ProduceSeason] = []
        var firstLines = FirstLines(column: "food", thing: ("food", "alimento"))
        for row in table.rows {
            let food = problems.text(row, "food")
            firstLines.note(food, at: row, &problems)
            var months: Set<Int>?
            if let raw = problems.text(row, "months") {
                months = Self.months(raw)
                if months == nil {
                    problems.add(
                        row, "months", "\"\(raw)\" is not months like 6-9 or 11-2 or 4;6-8 (1 is January, 12 December)",
                        "\"\(raw)\" no son meses como 6-9, 11-2 o 4;6-8 (1 es enero, 12 diciembre)")
                }
            }
            let source = problems.text(row, "source")
            guard let food, let months, let source else { continue }
            seasons.append(ProduceSeason(food: Food.ID(food), months: months, source: source))
        }
        try problems.throwIfAny()
        return seasons
    }

    /// `6-9` → June to September; `11-2` → November to February; parts separated by `;`.
    static func months(_ text: String) -> Set<Int>? {
        var months = Set<Int>()
        for part in text.split(separator: ";") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            guard (1...2).contains(ends.count), let first = ends[0], let last = ends[ends.count - 1], (1...12).contains(first),
                (1...12).contains(last)
            else { return nil }
            var month = first
            while true {
                months.insert(month)
                if month == last { break }
                month = month % 12 + 1
            }
        }
        return months.isEmpty ? nil : months
    }
}
