import ComalCore

/// Reads a CACFP rates file (`rates/cacfp-rates.csv`): one row per program year, kind of site,
/// claiming category and meal, with the rate in dollars, whether it was derived, and its source. All
/// or nothing; each bad field is named by file, line and column.
public enum ReimbursementRatesReader {
    public static let columns = ["program_year", "site_type", "category", "meal", "rate", "derived", "source"]

    public static func read(_ text: String, file: String) throws(ImportError) -> [ReimbursementRate] {
        let table = CSVTable(text: text, file: file, columns: columns)
        var problems = table.problems
        var rates: [ReimbursementRate] = []
        for row in table.rows {
            let yearText = row["program_year"]
            let year = ProgramYear(parsing: yearText)
            if year == nil {
                problems.add(
                    row, "program_year", "\"\(yearText)\" is not a program year like 2025-26",
                    "\"\(yearText)\" no es un año del programa como 2025-26")
            }
            let kind = problems.choice(row, "site_type", Site.Kind.self)
            let category = problems.choice(row, "category", ReimbursementRate.Category.self)
            let meal = problems.choice(row, "meal", ReimbursementRate.Meal.self)
            let rate = problems.price(row, "rate")
            let derived = problems.choice(row, "derived", YesNo.self)
            let source = problems.text(row, "source")
            guard let year, let kind, let category, let meal, let rate, let derived, let source else { continue }
            let entry = ReimbursementRate(
                year: year, siteKind: kind, category: category, meal: meal, rate: rate, derived: derived == .yes, source: source)
            if rates.contains(where: { ($0.year, $0.siteKind, $0.category, $0.meal) == (year, kind, category, meal) }) {
                problems.add(
                    row, "meal", "\(year) \(kind.rawValue) \(category.rawValue) \(meal.rawValue) is listed twice",
                    "\(year) \(kind.rawValue) \(category.rawValue) \(meal.rawValue) aparece dos veces")
                continue
            }
            rates.append(entry)
        }
        try problems.throwIfAny()
        return rates
    }
}
