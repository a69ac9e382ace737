import ArgumentParser
import ComalCore
import ComalPages
import ComalSheets
import ComalStore
import Foundation

extension MenuCommand {
    /// `comal menu production`: the cook's production record of a menu week at one site.
    struct Production: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a site's production record for a menu week: an .xlsx and a printable page, in English and Spanish.",
            discussion:
                "Planned servings are the site's enrollment at every meal. Files: production-<site>-w<week>-<en|es>.xlsx and .html."
        )
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The site id, as in sites.csv.") var site: String
        @Option(help: "The menu (.yaml).") var menu: String
        @Option(help: "The menu week.") var week: Int
        @Option(help: "The directory to write into (created if missing).") var out: String
        @Option(help: "The food table menus name foods from.") var foods = "catalogs/foods.csv"

        func run() throws {
            guard let found = try database.open().sites().first(where: { $0.id.rawValue == site }) else {
                throw ValidationError("no site \"\(site)\"; import it with `comal import sites`")
            }
            let foodTable = try MenuFiles.foods(foods)
            let plan = try MenuFiles.menu(menu, foods: foodTable)
            let (servingPlan, notServed) = ServingPlan.enrollment(of: found, for: plan)
            let record = try ProductionRecord.make(menu: plan, week: week, plan: servingPlan, foods: foodTable)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for language in Language.allCases {
                let base = "\(out)/production-\(site)-w\(week)-\(language.rawValue)"
                try writeProductionRecord(record, site: found, language: language, to: base + ".xlsx")
                try WholeFile.write(ProductionPage.render(record, site: found, language: language), to: base + ".html")
                print("wrote \(base).xlsx and \(base).html")
            }
            let problems =
                notServed.sorted { $0.key < $1.key }.map { NeedProblem.enrolledNotServed($0.key, count: $0.value) }
                + record.problems
            for problem in problems { print("note: \(problem.message.english)") }
        }
    }
}
