import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek
import Foundation

extension MenuCommand {
    /// `comal menu cost`: what a menu costs a site at the alliance's current prices.
    struct Cost: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What a menu costs a site at today's prices: per serving, meal, child-day, week and age group.",
            discussion: """
                Each week is bought as a suggested order would buy it (the cheapest product per food, through the \
                yields, packs rounded up), for the site's enrollment in the menu's age groups; its cost is shared back \
                onto items and age groups to the cent. Foods no product prices are listed, not costed.
                """)
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The menu (.yaml).") var file: String
        @Option(help: "The site id, as in sites.csv.") var site: String
        @Option(help: "text or json.") var format: Format = .text
        @Option(help: "The food table menus name foods from.") var foods = "catalogs/foods.csv"

        func run() throws {
            let foodTable = try MenuFiles.foods(foods)
            let menu = try MenuFiles.menu(file, foods: foodTable)
            let cost = try MenuCosting(database: database.open()).cost(menu, site: Site.ID(site), foods: foodTable)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(MenuCostJSON(cost, menu: menu)), as: UTF8.self))
            case .text:
                print("\(menu.name.english) at \(site): \(cost.perChildDay.formatted) a child-day")
                print("  \(cost.total.formatted) over \(cost.weeks.count) week(s), \(cost.perWeek.formatted) a week, \(cost.childDays) child-days")
                for group in cost.ageGroups {
                    print("  \(group.ageGroup.rawValue): \(group.perChildDay.formatted) a child-day (\(group.cost.formatted))")
                }
                for week in cost.weeks { print("  week \(week.number): \(week.cost.formatted)") }
                for unmet in cost.unpriced {
                    print("  not costed: \(unmet.need.food.name.english) (\(unmet.need.dishes.map(\.english).joined(separator: ", ")))")
                }
                for problem in cost.problems { print("note: \(problem.message.english)") }
            }
        }
    }
}
