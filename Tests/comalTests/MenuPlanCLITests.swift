import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// `comal menu plan` on the demo alliance after `make demo`: the issue's own commands, wishes, and
/// refusals.
@Suite struct MenuPlanCLITests {
    struct Cost: Decodable {
        struct Amount: Decodable { var cents: Int }
        struct Week: Decodable { var week: Int }
        var perChildDay: Amount
        var weeks: [Week]
    }

    func run(_ arguments: [String], database: String? = nil) async throws -> ProcessResult {
        let demo = try await DemoRun.shared()
        #expect(demo.result.status == 0, "demo failed: \(demo.result.stderr)")
        return try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), arguments + ["--db", database ?? demo.database], in: ProcessRunner.packageRoot(),
            deadline: .seconds(300))
    }

    func cost(_ file: String) async throws -> Cost {
        let result = try await run(["menu", "cost", file, "--site", "ESP-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Cost.self, from: Data(result.stdout.utf8))
    }

    @Test func fourPlannedWeeksPassTheCheckAndCostLessThanTheShippedCycle() async throws {
        let scratch = try TemporaryDirectory()
        let plan = scratch.path("plan.yaml")
        let planned = try await run([
            "menu", "plan", "--site", "ESP-01", "--weeks", "4", "--out", plan, "--time-limit", "120",
        ])
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stdout.contains("check: no findings"))
        let check = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), ["menu", "check", plan], in: ProcessRunner.packageRoot())
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("Compliant"))
        let plannedCost = try await cost(plan)
        let shipped = try await cost("menus/nm-center-cycle.yaml")
        #expect(plannedCost.weeks.map(\.week) == [1, 2, 3, 4])
        #expect(plannedCost.perChildDay.cents < shipped.perChildDay.cents)
        #expect(planned.stdout.contains("nm-center-cycle costs"))
        // The written menu is one the other commands read: its wall menu prints.
        let printed = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), ["menu", "print", plan, "--week", "2", "--out", scratch.path("wall")],
            in: ProcessRunner.packageRoot())
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.path("wall/menu-esp-01-plan-w2-both.html")))
    }

    @Test func threeWeeksForLittlePinonPlanWithoutCBCAborting() async throws {
        // With CBC's heuristics on, this very plan failed an assertion inside CLP and aborted comal.
        let scratch = try TemporaryDirectory()
        let out = scratch.path("plan.yaml")
        let result = try await run(["menu", "plan", "--site", "ESP-01", "--weeks", "3", "--out", out])
        #expect(result.status == 0, "\(result.stderr) \(result.stdout)")
        #expect(result.stdout.contains("Planned 3 week(s) for ESP-01"))
    }

    @Test func aKeptDishIsServedEveryWeekAndTheTextSaysWhatWasNotUsed() async throws {
        let scratch = try TemporaryDirectory()
        let plan = scratch.path("plan.yaml")
        let result = try await run([
            "menu", "plan", "--site", "ESP-01", "--weeks", "2", "--out", plan, "--keep", "green-chile-chicken-posole",
            "--avoid", "fish",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        let weeks = text.components(separatedBy: "- week: ").dropFirst()
        #expect(weeks.count == 2)
        #expect(weeks.allSatisfy { $0.contains("recipe: green-chile-chicken-posole") })
        #expect(!text.contains("fish-sticks"))
        #expect(result.stdout.contains("not used: Fish sticks, whole grain breaded at lunch: it carries fish, which the plan avoids"))
        // Melons are sold by the count and needed by the pound.
        #expect(
            result.stdout.contains(
                "not used: Cantaloupe, fresh at lunch: the catalogs sell cantaloupe-fresh only in packs its need in LB cannot be turned into"))
    }

    @Test func inSeasonKeepsFreshProduceToItsLocalMonths() async throws {
        let scratch = try TemporaryDirectory()
        let plan = scratch.path("plan.yaml")
        let result = try await run(["menu", "plan", "--site", "ESP-01", "--weeks", "1", "--out", plan, "--in-season", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("not used: Tomatoes, fresh at lunch: tomatoes-fresh is not in season locally that month"))
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(!text.contains("tomatoes-fresh") && !text.contains("apples-fresh"))
        let month = try await run(["menu", "plan", "--site", "ESP-01", "--weeks", "1", "--out", plan, "--in-season", "13"])
        #expect(month.status != 0 && month.stderr.contains("a month is 1 to 12, not 13"))
    }

    @Test func assignMakesThePlanOneOfTheSitesMenus() async throws {
        let demo = try await DemoRun.shared()
        let scratch = try TemporaryDirectory()
        let database = scratch.path("copy.sqlite")
        try await DatabaseSnapshot.copy(demo.database, to: database)
        let result = try await run(
            ["menu", "plan", "--site", "TAO-01", "--weeks", "1", "--out", scratch.path("plan.yaml"), "--assign"], database: database)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("assigned tao-01-plan to TAO-01"))
        let menus = try AppDatabase(path: database).siteMenus(site: Site.ID("TAO-01")).map(\.menu.rawValue)
        #expect(menus == ["nm-center-cycle", "tao-01-plan"])
    }

    @Test func wishesNoPlanCanMeetAreRefusedWithWhatToChange() async throws {
        let scratch = try TemporaryDirectory()
        let out = scratch.path("plan.yaml")
        let wheat = try await run(["menu", "plan", "--site", "ESP-01", "--weeks", "1", "--out", out, "--avoid", "wheat"])
        #expect(wheat.status == 1)
        #expect(wheat.stderr.contains("breakfast is served 5 days a week and no dish twice a week"))
        #expect(wheat.stderr.contains("oats-rolled"))
        let milk = try await run(["menu", "plan", "--site", "ESP-01", "--weeks", "1", "--out", out, "--avoid", "milk"])
        #expect(milk.status == 1 && milk.stderr.contains("no menu of these items meets every rule at once"))
        let kept = try await run(["menu", "plan", "--site", "ESP-01", "--weeks", "1", "--out", out, "--keep", "tamales"])
        #expect(kept.status == 1 && kept.stderr.contains("serves \"tamales\" to keep; known dishes: apple-slices-fresh"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func badArgumentsNameTheOption() async throws {
        let scratch = try TemporaryDirectory()
        let out = scratch.path("plan.yaml")
        for (arguments, message) in [
            (["--weeks", "0"], "a plan has 1 to 12 weeks, not 0"),
            (["--weeks", "13"], "a plan has 1 to 12 weeks, not 13"),
            (["--spacing", "0"], "the spacing between a dish's servings is 1 to 10 days, not 0"),
            (["--ages", "2-4"], "--ages: 2-4 is not an age group"),
            (["--avoid", "gluten"], "--avoid: gluten is not an allergen"),
            (["--time-limit", "0"], "--time-limit is 1 to 600 seconds, not 0"),
            (["--menu", "nope"], "site ESP-01 has no menu \"nope\""),
            (["--ages", "infant_6_11mo"], "follow the infant pattern"),
        ] {
            let result = try await run(["menu", "plan", "--site", "ESP-01", "--out", out] + arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let site = try await run(["menu", "plan", "--site", "XXX-01", "--out", out])
        #expect(site.status != 0 && site.stderr.contains("there is no site \"XXX-01\""))
    }
}
