import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The seasons file a plan in season reads: ranges across the new year, several parts, bad rows named
/// by line and column, and the shipped file.
@Suite struct ProduceSeasonsReaderTests {
    @Test func monthsAreRangesAndSingleMonthsEvenAcrossTheNewYear() throws {
        let text = """
            food,months,source
            apples-fresh,8-11,orchard
            spinach-fresh,11-2,cold frames
            snap-peas-fresh,4;6-7,two plantings
            """
        let seasons = try ProduceSeasonsReader.read(text, file: "seasons.csv")
        #expect(seasons.map(\.months) == [[8, 9, 10, 11], [11, 12, 1, 2], [4, 6, 7]])
        #expect(ProduceSeason.outOfSeason(seasons, in: 1) == [Food.ID("apples-fresh"), Food.ID("snap-peas-fresh")])
        #expect(ProduceSeason.outOfSeason(seasons, in: 4) == [Food.ID("apples-fresh"), Food.ID("spinach-fresh")])
    }

    @Test func aBadRowIsNamedByLineAndColumn() {
        let text = """
            food,months,source
            apples-fresh,August,orchard
            pears-fresh,8-13,orchard
            apples-fresh,8-9,
            """
        let error = #expect(throws: ImportError.self) { try ProduceSeasonsReader.read(text, file: "seasons.csv") }
        #expect(
            error?.problems.map(\.description) == [
                "seasons.csv:2: column months: \"August\" is not months like 6-9 or 11-2 or 4;6-8 (1 is January, 12 December)",
                "seasons.csv:3: column months: \"8-13\" is not months like 6-9 or 11-2 or 4;6-8 (1 is January, 12 December)",
                "seasons.csv:4: column food: \"apples-fresh\" is already on line 2; list each food once",
                "seasons.csv:4: column source: is empty",
            ])
    }

    @Test func theShippedSeasonsNameFoodsOfTheFoodTableWithTheirSources() throws {
        let root = ProcessRunner.packageRoot()
        let seasons = try ProduceSeasonsReader.read(
            String(contentsOf: root.appendingPathComponent("seasons/nm-produce-seasons.csv"), encoding: .utf8), file: "seasons")
        let foods = try FoodTableReader.read(
            String(contentsOf: root.appendingPathComponent("catalogs/foods.csv"), encoding: .utf8), file: "foods.csv")
        #expect(seasons.count > 20)
        #expect(seasons.allSatisfy { foods[$0.food] != nil && !$0.source.isEmpty })
        // A New Mexico January has no local tomatoes or melons; August has both.
        #expect(ProduceSeason.outOfSeason(seasons, in: 1).isSuperset(of: [Food.ID("tomatoes-fresh"), Food.ID("watermelon-fresh")]))
        #expect(ProduceSeason.outOfSeason(seasons, in: 8).isDisjoint(with: [Food.ID("tomatoes-fresh"), Food.ID("watermelon-fresh")]))
    }
}
