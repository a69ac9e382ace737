import ArgumentParser
import ComalCore
import ComalStore
import Foundation

/// `comal menu check`: checks a menu or a JSON check request against the CACFP meal pattern.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu", abstract: "Check menus against the CACFP meal pattern; write production records and wall menus.",
        subcommands: [Check.self, Production.self, Print.self])

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

/// Findings as a cook reads them: grouped under age group, day and meal, each with its rule and citation.
enum FindingsText {
    static func render(_ findings: [Finding], language: Language) -> String {
        guard !findings.isEmpty else {
            return language == .english
                ? "Compliant: every meal meets the CACFP meal pattern."
                : "Cumple: todas las comidas cumplen el patrón de comidas de CACFP."
        }
        var lines: [String] = []
        var heading = ""
        for finding in findings {
            let day = finding.day.map { dayLabel($0, in: language) }
            let where_ = [finding.ageGroup.label.text(in: language), day, finding.meal?.label.text(in: language)]
                .compactMap { $0 }.joined(separator: " · ")
            if where_ != heading {
                heading = where_
                lines.append(lines.isEmpty ? where_ : "\n\(where_)")
            }
            lines.append("  [\(finding.rule.rawValue)] \(finding.message.text(in: language))")
            lines.append("      \(language == .english ? "Rule" : "Regla"): \(finding.citation)")
        }
        let count = findings.count
        lines.append(
            language == .english
                ? "\nNot compliant: \(count) finding\(count == 1 ? "" : "s")."
                : "\nNo cumple: \(count) hallazgo\(count == 1 ? "" : "s").")
        return lines.joined(separator: "\n")
    }

    /// A menu's day label (`Week 2 Tue`) as written for English readers, and in Spanish with the day
    /// named as the wall menus name it (`Semana 2 Martes`).
    static func dayLabel(_ label: String, in language: Language) -> String {
        guard language == .spanish else { return label }
        return label.split(separator: " ").map { word in
            word == "Week" ? "Semana" : PrintedMenu.dayName(String(word)).spanish
        }.joined(separator: " ")
    }
}
