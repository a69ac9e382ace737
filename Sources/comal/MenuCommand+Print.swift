import ArgumentParser
import ComalCore
import ComalPages
import ComalStore
import Foundation

extension MenuCommand {
    /// `comal menu print`: the week's menu for the wall, for parents.
    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a menu week as a one-page Letter landscape HTML page to post on the wall.",
            discussion: """
                Allergens come from the product labels in the supplier catalogs (every product linked to a food), \
                so a food is marked with every allergen any of its products declares. Writes menu-<id>-w<week>-<lang>.html.
                """)
        @Argument(help: "The menu (.yaml).") var file: String
        @Option(help: "The menu week.") var week: Int
        @Option(help: "en, es, or both (side by side).") var lang: MenuPageLanguages = .both
        @Option(help: "The directory to write into (created if missing).") var out: String
        @Option(help: "The food table menus name foods from.") var foods = "catalogs/foods.csv"
        @Option(
            name: .customLong("catalog"),
            help: "A supplier catalog CSV for allergens (repeatable; default: every catalogs/*.csv but foods.csv).")
        var catalogs: [String] = []

        func run() throws {
            let foodTable = try MenuFiles.foods(foods)
            let plan = try MenuFiles.menu(file, foods: foodTable)
            let printed = try PrintedMenu.make(menu: plan, week: week, foods: foodTable, allergens: try allergens())
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let path = "\(out)/menu-\(plan.id)-w\(week)-\(lang.rawValue).html"
            try WholeFile.write(PrintedMenuPage.render(printed, languages: lang.languages), to: path)
            print("wrote \(path)")
        }

        private func allergens() throws -> [Food.ID: Set<Allergen>] {
            var files = catalogs
            if files.isEmpty {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: "catalogs")) ?? []
                files = names.filter { $0.hasSuffix(".csv") && $0 != "foods.csv" }.sorted().map { "catalogs/\($0)" }
            }
            return PrintedMenu.allergensByFood(
                try files.flatMap { path in try CatalogFile.products(csv: readUserFile(path), file: path) })
        }
    }
}

extension MenuPageLanguages: ExpressibleByArgument {}
