import ArgumentParser
import ComalCore
import ComalStore
import Foundation

/// `comal menu check`: checks a menu or a JSON check request against the CACFP meal pattern.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu", abstract: "Check menus against the CACFP meal pattern; write production records and wall menus.",
        subcommands: [Check.self, Production.self, Print.self, Assign.self, Cost.self, Margin.self, Substitute.self, Plan.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a menu YAML or a JSON check request.",
            discussion: "Exits 0 when every meal complies, 1 when a rule is not met, 2 when the input cannot be read.")
        @Argument(help: "A menu (.yaml) or a check request (.json).") var file: String
        @Option(name: .customLong("as-of"), help: "Read the rules as of this date, YYYY-MM-DD (default: today).")
        var asOf: String?
        @Option(help: "text (for a cook) or json (for programs).") var format = "text"
        @Option(help: "The food table menus name foods from.") var foods = "catalogs/foods.csv"
        @Option(help: "Language of the text output: en or es.") var lang: Language = .english

        func run() throws {
            let findings: [Finding]
            do {
                guard format == "text" || format == "json" else {
                    throw ValidationError("--format must be text or json, not \(format)")
                }
                let date = try asOfDate()
                let text = try readUserFile(file)
                var foodTable: [Food.ID: Food] = [:]
                let document = try MenuCheckDocument.read(text, file: file, asOf: date) { () throws(MenuInputError) in
                    foodTable = try loadFoods()
                    return foodTable
                }
                findings = try document.findings(foods: foodTable, asOf: date, file: file)
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(2)
            }
            print(
                format == "json"
                    ? CheckReportJSON.render(findings, language: lang) : FindingsText.render(findings, language: lang))
            if !findings.isEmpty { throw ExitCode(1) }
        }

        private func asOfDate() throws -> CalendarDate {
            guard let asOf else {
                let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
                return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
            }
            guard let date = CalendarDate(parsing: asOf) else { throw ValidationError("--as-of must be YYYY-MM-DD, not \(asOf)") }
            return date
        }

        private func loadFoods() throws(MenuInputError) -> [Food.ID: Food] { try MenuFiles.foods(foods) }
    }
}
