import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek

extension MenuCommand {
    /// `comal menu substitute`: another food for one that is short or out of stock.
    struct Substitute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Offer substitutes for a food that is short or out of stock on a site's menu, or make one (--use).",
            discussion: """
                A substitute is a food of the same component, served in the same amounts, with which the CACFP check \
                finds nothing new, and which some product prices; cheapest first. --use changes the site's stored menu \
                (its menu record; production records printed from it show the substitute) with an audit entry naming \
                both foods, where, and --reason.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The site id.") var site: String
        @Option(help: "The site's menu id (as `comal menu assign` stored it).") var menu: String
        @Option(help: "The food that is short or out of stock.") var food: String
        @Option(help: "Only this menu week (repeat for several; default every week).") var week: [Int] = []
        @Option(help: "The substitute to put in its place.") var use: String?
        @Option(help: "Why, for the menu record.") var reason = "short at receiving"
        @Option(help: "Who changes the menu (default: the buyer's name).") var by: String?

        func run() throws {
            let database = try self.database.open()
            let now = try localNow(in: database)
            let substitution = MenuSubstitution(database: database)
            let weeks = week.isEmpty ? nil : week
            if let use {
                let made = try substitution.apply(
                    site: Site.ID(site), menu: Menu.ID(menu), food: Food.ID(food), substitute: Food.ID(use), weeks: weeks,
                    reason: reason, actor: try actorName(by, in: database), now: now)
                print("\(site) \(menu): \(use) replaces \(food) at \(made.places.count) place(s); \(made.perChildDay.formatted) a child-day.")
                return
            }
            let options = try substitution.options(
                site: Site.ID(site), menu: Menu.ID(menu), food: Food.ID(food), weeks: weeks, asOf: now.date)
            guard !options.isEmpty else {
                print("No food of the same component keeps every meal compliant at a price; change the meals by hand.")
                return
            }
            print("Substitutes for \(food) on \(site) \(menu), cheapest first:")
            for option in options {
                let sign = option.difference.cents > 0 ? "+" : ""
                print(
                    "  \(option.food.id) (\(option.food.name.english)): \(option.perChildDay.formatted) a child-day (\(sign)\(option.difference.formatted)), \(option.places.count) place(s)"
                )
            }
        }
    }
}
