import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// A menu written by `MenuWriter` reads back as the same menu: every shipped menu, with its recipes,
/// `credit_as`, item attributes and awkward amounts.
@Suite struct MenuWriterTests {
    static let root = ProcessRunner.packageRoot()
    static let foods = try! FoodTableReader.read(text("catalogs/foods.csv"), file: "catalogs/foods.csv")

    static func text(_ file: String) -> String {
        try! String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    }

    @Test(arguments: ["menus/nm-center-cycle.yaml", "menus/nm-home-week.yaml", "menus/flawed-example.yaml"])
    func aShippedMenuWrittenOutReadsBackTheSame(file: String) throws {
        let menu = try MenuReader.read(Self.text(file), file: file, foods: Self.foods)
        let written = try MenuWriter.yaml(menu, comment: ["written by a test"])
        #expect(written.hasPrefix("# written by a test\n"))
        #expect(try MenuReader.read(written, file: "written.yaml", foods: Self.foods) == menu)
    }

    @Test func amountsThatAreNoEasyFractionAndTextThatNeedsQuotingReadBackExactly() throws {
        var attributes = CreditingAttributes()
        attributes.ounceEquivalents = Decimal(string: "1.125")!
        attributes.deepFatFriedOnSite = false
        attributes.reheatedMethod = "oven: 350 °F, #2"
        let menu = Menu(
            id: Menu.ID("odd"), name: BilingualText(english: "Odd: \"amounts\"", spanish: "Cantidades: raras #1"),
            setting: .childCareCenter, ageGroups: [.ages3to5, .ages6to12], recipes: [],
            weeks: [
                MenuWeek(
                    number: 3,
                    days: [
                        MenuDay(
                            label: "Thu",
                            meals: [
                                MenuMeal(
                                    type: .pmSnack,
                                    items: [
                                        MenuItem(
                                            dish: .food(Food.ID("cheese-cheddar")),
                                            servings: [
                                                .init(ageGroup: .ages3to5, serving: Serving(Decimal(string: "0.3")!, .ounce)),
                                                .init(ageGroup: .ages6to12, serving: Serving(Decimal(string: "1.0625")!, .ounce)),
                                            ], attributes: attributes),
                                        MenuItem(
                                            dish: .food(Food.ID("refried-beans")),
                                            servings: [.init(ageGroup: .ages3to5, serving: Serving(Decimal(1) / 16, .cup))],
                                            creditAs: .meatsMeatAlternates),
                                    ])
                            ])
                    ])
            ])
        let written = try MenuWriter.yaml(menu)
        #expect(try MenuReader.read(written, file: "odd.yaml", foods: Self.foods) == menu)
        #expect(written.contains("1/16 cup"))
    }
}
