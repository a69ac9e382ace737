import ArgumentParser
import ComalCore
import ComalPlanner
import ComalStore
import ComalWeek
import Foundation

extension MenuCommand {
    /// `comal menu plan`: a cycle menu planned by optimisation, checked, costed and written as a menu file.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan a site's cycle menu at the least cost that meets the CACFP meal pattern (COIN-OR CBC).",
            discussion: """
                The plan serves the days, meals and age groups of the site's menu (comal menu assign), choosing among \
                the items of the site's menus in the amounts they serve them: every meal meets the pattern for every \
                age group, a whole grain-rich grain every day, juice once a day at most, no dish twice a week at one \
                kind of meal and a dish's servings --spacing days apart. Its cost is the purchase at the alliance's \
                prices, each week's need of each food in whole eaches, as `comal menu cost` costs it. The plan is \
                checked by the checker before it is written; exits 1 when no plan meets every rule in the time.
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The site id, as in sites.csv.") var site: String
        @Option(help: "Weeks in the cycle, 1 to \(MenuPlanRequest.largestWeeks).") var weeks: Int = 4
        @Option(help: "Where to write the planned menu (.yaml).") var out: String
        @Option(name: .customLong("time-limit"), help: "Seconds the solver may search, at most 600.") var timeLimit: Int = 120
        @Option(help: "Age groups, comma-separated, like 1-2,3-5 (default: those of the site's menu).") var ages: String?
        @Option(help: "A dish (food or recipe id) to serve every week; repeatable.") var keep: [String] = []
        @Option(help: "An allergen no item may carry (\(Allergen.allCases.map(\.rawValue).joined(separator: ", "))); repeatable.")
        var avoid: [String] = []
        @Option(help: "Fewest days between two servings of one dish, 1 to \(MenuPlanRequest.largestSpacingDays).") var spacing: Int = 2
        @Option(help: "The site's menu to plan from (default: its first).") var menu: String?
        @Option(help: "Another menu (.yaml) whose items the plan may use; repeatable.") var from: [String] = []
        @Option(
            name: .customLong("in-season"),
            help: "Fresh produce only in its local season that month, 1-12, by the seasons stored with `comal import seasons`.")
        var inSeason: Int?
        @Flag(help: "Also make the plan one of the site's menus.") var assign = false
        @Option(help: "Who assigns it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let ageGroups = try ages.map { text in
                try text.split(separator: ",").map { part in
                    let raw = part.trimmingCharacters(in: .whitespaces)
                    guard let group = MealPatternAgeGroup(rawValue: raw) else {
                        throw ValidationError("--ages: \(raw) is not an age group (1-2, 3-5, 6-12, 13-18, adult)")
                    }
                    return group
                }
            }
            let avoiding = try Set(
                avoid.map { raw in
                    guard let allergen = Allergen(rawValue: raw) else {
                        throw ValidationError("--avoid: \(raw) is not an allergen (\(Allergen.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    return allergen
                })
            guard (1...600).contains(timeLimit) else { throw ValidationError("--time-limit is 1 to 600 seconds, not \(timeLimit)") }
            let database = try self.database.open()
            let now = try localNow(in: database)
            guard let foods = try database.foods() else { throw MenuStoreError.noFoodTable }
            let sources = try from.map { try MenuReader.read(readUserFile($0), file: $0, foods: foods) }
            let wishes = MenuPlanning.Wishes(
                weeks: weeks, ageGroups: ageGroups, keep: keep, avoiding: avoiding, spacingDays: spacing, menu: menu.map { Menu.ID($0) }, sources: sources, inSeason: inSeason,
                timeLimit: .seconds(timeLimit))
            let planning = MenuPlanning(database: database)
            let outcome: MenuPlanning.Outcome
            do {
                outcome = try planning.plan(site: Site.ID(site), wishes: wishes, today: now.date)
            } catch let error as any ExplainedError where error is MenuPlanError || error is MenuPlanningError {
                FileHandle.standardError.write(Data("error: \(error.explanation.english)\n".utf8))
                throw ExitCode(1)
            }
            try WholeFile.write(outcome.yaml, to: out)
            let plan = outcome.plan
            let seconds = Double(plan.elapsed.components.seconds) + Double(plan.elapsed.components.attoseconds) / 1e18
            print(
                "Planned \(weeks) week(s) for \(site) from its menu \(outcome.current.menu.id): \(plan.isOptimal ? "the least cost" : "the best found in the time"), \(String(format: "%.1f", seconds)) s, \(plan.rounds) solve(s), \(plan.candidates) items to choose from"
            )
            print("  check: no findings (\(plan.menu.weeks.flatMap(\.days).flatMap(\.meals).count) meals × \(plan.menu.ageGroups.count) age groups)")
            let was = outcome.current.cost.perChildDay
            let planned = outcome.cost.perChildDay
            print(
                "  cost: \(planned.formatted) a child-day (\(outcome.cost.perWeek.formatted) a week); \(outcome.current.menu.id) costs \(was.formatted): \(planned <= was ? "\((was - planned).formatted) less" : "\((planned - was).formatted) more")"
            )
            for left in plan.leftOut {
                print("  not used: \(left.name.english) at \(left.meal.label.english): \(left.reason.english)")
            }
            print("wrote \(out)")
            if assign {
                try planning.assign(outcome, site: Site.ID(site), now: now, actor: actorName(by, in: database))
                print("assigned \(plan.menu.id) to \(site)")
            }
        }
    }
}
