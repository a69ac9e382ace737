import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The satellites' records back to the kitchen, on a copy of the demo's database: confirmed counts,
/// temperatures, receipts, and the actual counts that become next week's expected ones.
@Suite struct KitchenRecordsCLITests {
    /// A workspace holding a copy of the finished demo database, the demo kitchen's next day, and the
    /// day Chimayó signed its receipt for (the last weekday up to today).
    static func workspace() async throws -> (ComalWorkspace, date: String, signed: String) {
        let run = try await DemoRun.shared()
        #expect(run.result.status == 0, "demo failed: \(run.result.stderr)")
        let workspace = try ComalWorkspace(files: [])
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: run.database + suffix) {
            try FileManager.default.copyItem(atPath: run.database + suffix, toPath: workspace.database + suffix)
        }
        let day = try await workspace.succeed("kitchen", "day", "--format", "json")
        let json = try JSONSerialization.jsonObject(with: Data(day.stdout.utf8)) as? [String: Any]
        return (workspace, try #require(json?["date"] as? String), try KitchenDemoTests.receiptDate(run))
    }

    static func servings(_ workspace: ComalWorkspace, date: String, site: String, meal: String) async throws -> ([String: Int], String) {
        let day = try await workspace.succeed("kitchen", "day", "--format", "json", "--date", date)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(day.stdout.utf8)) as? [String: Any])
        let sites = try #require(json["sites"] as? [[String: Any]])
        let found = try #require(sites.first { $0["site"] as? String == site })
        let meals = try #require(found["meals"] as? [[String: Any]])
        let lunch = try #require(meals.first { $0["meal"] as? String == meal })
        return (try #require(lunch["servings"] as? [String: Int]), try #require(lunch["countSource"] as? String))
    }

    @Test func servedCountsOnAReceiptBecomeTheNextExpectedCounts() async throws {
        let (workspace, _, signed) = try await Self.workspace()
        // The demo's receipt from Chimayó: 3 children 3-5 ate lunch, where 4 were expected.
        let nextWeek = CalendarDate(dayNumber: CalendarDate(parsing: signed)!.dayNumber + 7)!.description
        let (servings, source) = try await Self.servings(workspace, date: nextWeek, site: "CHI-01", meal: "lunch")
        #expect(servings == ["infant_6_11mo": 1, "1-2": 3, "3-5": 3, "6-12": 2])
        #expect(source == "average of the last 1 actual count")
        // A site that signed nothing is still cooked for from enrollment.
        #expect(try await Self.servings(workspace, date: nextWeek, site: "SFE-01", meal: "lunch").1 == "90% of enrollment")
    }

    @Test func aConfirmedCountReplacesTheExpectedOne() async throws {
        let (workspace, date, _) = try await Self.workspace()
        let confirmed = try await workspace.succeed(
            "kitchen", "counts", "--site", "TAO-01", "--date", date, "--set", "lunch:1-2=7,3-5=21", "--by", "Director Leyba")
        #expect(confirmed.stdout.contains("lunch: 1-2=7,3-5=21 (confirmed by Director Leyba)"))
        let (servings, _) = try await Self.servings(workspace, date: date, site: "TAO-01", meal: "lunch")
        #expect(servings == ["1-2": 7, "3-5": 21])
        let notOnMenu = try await workspace.comal("kitchen", "counts", "--site", "TAO-01", "--date", date, "--set", "breakfast:3-5=4")
        #expect(notOnMenu.status != 0)
        #expect(notOnMenu.stderr.contains("TAO-01 gets no breakfast"))
        let notASatellite = try await workspace.comal("kitchen", "counts", "--site", "BEL-01")
        #expect(notASatellite.status != 0)
        #expect(notASatellite.stderr.contains("no kitchen cooks for BEL-01"))
    }

    @Test func temperaturesOutOfRangeAreFlaggedAndImpossibleOnesRefused() async throws {
        let (workspace, date, _) = try await Self.workspace()
        let cool = try await workspace.succeed(
            "kitchen", "temps", "--site", "PEN-01", "--date", date, "--stage", "arrival", "--hot", "122", "--cold", "40")
        #expect(cool.stdout.contains("FLAG: Hot food arrived at 122 °F, below 135 °F"))
        #expect(!cool.stdout.contains("Cold food"))
        let typo = try await workspace.comal("kitchen", "temps", "--site", "PEN-01", "--stage", "arrival", "--hot", "1650")
        #expect(typo.status != 0)
        let log = try workspace.open().kitchenTemperatures(kitchen: Kitchen.ID("ESP-KITCHEN"), date: CalendarDate(parsing: date)!)
        #expect(log[Site.ID("PEN-01")]?.contains(TemperatureReading(stage: .arrival, temperature: .hot, fahrenheit: 122)) == true)
        #expect(log[Site.ID("PEN-01")]?.count == 2)
    }

    @Test func aReceiptNamingAContainerNotOnTheTicketIsRefusedAndNothingChanges() async throws {
        let (workspace, _, date) = try await Self.workspace()
        let wrong = try await workspace.comal(
            "kitchen", "receipt", "--site", "CHI-01", "--date", date, "--received", "lunch:3-5:green-chile-stew=1", "--by", "Someone")
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("lunch, 3-5, green-chile-stew is not on the ticket"))
        let stored = try workspace.open().kitchenReceipts(kitchen: Kitchen.ID("ESP-KITCHEN"), date: CalendarDate(parsing: date)!)
        #expect(stored[Site.ID("CHI-01")]?.signedBy == "Rosa Trujillo")
        #expect(stored[Site.ID("CHI-01")]?.shortfalls.count == 1)
    }

    @Test func withoutAKitchenOrAWindowTheCommandsSayWhatToDo() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let none = try await fixture.comal("kitchen", "day")
        #expect(none.status != 0)
        #expect(none.stderr.contains("the alliance has no kitchen; name one under `kitchens:` in the alliance file"))

        let (workspace, _, signed) = try await Self.workspace()
        let far = try await workspace.comal("kitchen", "day", "--date", "2031-03-03")
        #expect(far.status != 0)
        #expect(far.stderr.contains("no order window's delivery week holds 2031-03-03"))
        let other = try await workspace.comal("kitchen", "day", "--kitchen", "NOPE")
        #expect(other.stderr.contains("there is no kitchen \"NOPE\"; the kitchens are ESP-KITCHEN"))
        let badDate = try await workspace.comal("kitchen", "day", "--date", "2026-02-30")
        #expect(badDate.status != 0)
        // The Sunday before the day signed for (past, and in a demo window's week): the kitchen sends nothing,
        // so there is no receipt to sign and none is stored.
        let weekday = CalendarDate(parsing: signed)!
        let sunday = try #require(
            (1...7).lazy.compactMap { CalendarDate(dayNumber: weekday.dayNumber - $0) }.first { KitchenDay.dayLabel($0) == "Sun" })
        let refused = try await workspace.comal(
            "kitchen", "receipt", "--site", "CHI-01", "--date", sunday.description, "--by", "Someone")
        #expect(refused.status != 0 && refused.stderr.contains("the kitchen sends CHI-01 no meals on \(sunday)"), "\(refused.stderr)")
        #expect(try workspace.open().kitchenReceipts(kitchen: Kitchen.ID("ESP-KITCHEN"), date: sunday).isEmpty)
    }
}
