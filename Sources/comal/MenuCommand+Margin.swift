import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek
import Foundation

extension MenuCommand {
    /// `comal menu margin`: what CACFP pays a site for a menu's meals against what its food costs.
    struct Margin: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Expected CACFP reimbursement, food cost and margin of a menu at a site: per child-day, meal and month.",
            discussion: """
                Rates come from --rates (shipped: rates/cacfp-rates.csv; add later program years there), else those \
                stored with `comal import rates`. The site's claiming method or tier, sponsor share and cash in lieu \
                come from --claiming (the demo's: demo/claiming.csv), else those stored with `comal import claiming`. The daily limit (two meals and a snack, or a meal and two snacks) is applied to \
                each menu day, claiming the best-paying meals. The margin names the program year whose rates it used.
                """)
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The menu (.yaml).") var file: String
        @Option(help: "The site id, as in sites.csv.") var site: String
        @Option(help: "A CACFP rates file (default: the rates stored with `comal import rates`).") var rates: String?
        @Option(help: "A claiming file (default: the terms stored with `comal import claiming`).") var claiming: String?
        @Option(help: "The program year, like 2025-26 (default: today's, else the latest complete one in the rates file).")
        var year: String?
        @Option(help: "text or json.") var format: Format = .text
        @Option(help: "The food table menus name foods from.") var foods = "catalogs/foods.csv"

        func run() throws {
            let programYear = try year.map {
                guard let parsed = ProgramYear(parsing: $0) else { throw ValidationError("--year \($0) is not a program year like 2025-26") }
                return parsed
            }
            let foodTable = try MenuFiles.foods(foods)
            let menu = try MenuFiles.menu(file, foods: foodTable)
            let database = try self.database.open()
            let rateTable = try rates.map { try ReimbursementRatesReader.read(readUserFile($0), file: $0) } ?? database.reimbursementRates()
            guard !rateTable.isEmpty else {
                throw ValidationError("no CACFP rates: pass --rates FILE or store them with `comal import rates rates/cacfp-rates.csv`")
            }
            let found: ClaimingTerms?
            if let claiming {
                found = try ClaimingTermsReader.read(readUserFile(claiming), file: claiming)[Site.ID(site)]
            } else {
                found = try database.claimingTerms(site: Site.ID(site))
            }
            guard let terms = found else {
                throw ValidationError(
                    "\(claiming ?? "the stored claiming terms") has no row for \(site); add how it claims (`comal import claiming FILE`)")
            }
            let margin = try MenuCosting(database: database).margin(
                menu, site: Site.ID(site), foods: foodTable, terms: terms, rates: rateTable, year: programYear,
                today: try localNow(in: database).date)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(MenuMarginJSON(margin, site: site, menu: menu)), as: UTF8.self))
            case .text:
                print(MenuMarginText.render(margin, site: site, menu: menu))
            }
        }
    }
}

/// A margin as `comal menu margin` prints it.
enum MenuMarginText {
    static func render(_ margin: MenuMargin, site: String, menu: Menu) -> String {
        var lines = ["\(menu.name.english) at \(site), \(margin.year) rates (\(margin.terms.method.label))"]
        if let note = margin.yearNote { lines.append("  note: \(note)") }
        for (name, figures) in [("per child-day", margin.perChildDay), ("per month (\(margin.childDaysPerMonth) child-days)", margin.perMonth)] {
            lines.append(
                "  \(name): reimbursement \(figures.reimbursement.formatted), sponsor \(figures.sponsorShare.formatted), food \(figures.cost.formatted), margin \(figures.margin.formatted)"
            )
        }
        for meal in margin.meals {
            lines.append(
                "  \(meal.meal.label.english): \(meal.rate.formatted) a meal, claimed \(meal.claimedDays) of \(meal.servedDays) days; food \(meal.cost.formatted) a child"
            )
        }
        for rate in margin.derivedRates {
            lines.append("  derived rate: \(rate.siteKind.rawValue) \(rate.category.rawValue) \(rate.meal.rawValue) \(rate.rate.formatted) (\(rate.source))")
        }
        return lines.joined(separator: "\n")
    }
}
