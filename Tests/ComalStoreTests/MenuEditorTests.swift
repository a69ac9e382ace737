import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The web's item edits on menu YAML: what changes is exactly the item, and the result reads back.
@Suite("Editing a menu item in its YAML")
struct MenuEditorTests {
    static let root = ProcessRunner.packageRoot()
    static let foods = try! FoodTableReader.read(text("catalogs/foods.csv"), file: "catalogs/foods.csv")

    static func text(_ file: String) -> String {
        try! String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    }

    @Test func settingEveryItemOfAWeekToItselfReadsBackAsTheSameMenu() throws {
        let source = Self.text("menus/nm-center-cycle.yaml")
        let menu = try MenuReader.read(source, file: "cycle.yaml", foods: Self.foods)
        var edited = source
        let week = menu.weeks[0]
        for (d, day) in week.days.enumerated() {
            for (m, meal) in day.meals.enumerated() {
                for (i, item) in meal.items.enumerated() {
                    edited = try MenuEditor.apply(
                        .set(index: i, dish: item.dish, serve: item.servings),
                        at: MenuEditor.Place(week: week.number, day: d, meal: m), to: edited)
                }
            }
        }
        #expect(edited != source)
        #expect(try MenuReader.read(edited, file: "edited.yaml", foods: Self.foods) == menu)
    }

    @Test func aNewFoodDropsTheOldFoodsFactsAndOnlyThatItemChanges() throws {
        let source = Self.text("menus/flawed-example.yaml")
        let menu = try MenuReader.read(source, file: "flawed.yaml", foods: Self.foods)
        // Tuesday's lunch, item 4: the sopaipilla fried on site.
        let place = MenuEditor.Place(week: 1, day: 1, meal: 1)
        #expect(menu.weeks[0].days[1].meals[1].items[3].attributes != CreditingAttributes())
        let serving = [MenuItem.AgeGroupServing(ageGroup: .ages3to5, serving: Serving(parsing: "1/2 each")!)]
        let edited = try MenuEditor.apply(
            .set(index: 3, dish: .food(Food.ID("tortilla-whole-wheat-6in")), serve: serving), at: place, to: source)
        var expected = menu
        expected.weeks[0].days[1].meals[1].items[3] = MenuItem(
            dish: .food(Food.ID("tortilla-whole-wheat-6in")), servings: serving)
        #expect(try MenuReader.read(edited, file: "edited.yaml", foods: Self.foods) == expected)

        let added = try MenuEditor.apply(
            .set(index: nil, dish: .food(Food.ID("apples-fresh")), serve: serving), at: place, to: source)
        #expect(try MenuReader.read(added, file: "added.yaml", foods: Self.foods).weeks[0].days[1].meals[1].items.count == 7)
        let removed = try MenuEditor.apply(.remove(index: 0), at: place, to: source)
        expected = menu
        expected.weeks[0].days[1].meals[1].items.removeFirst()
        #expect(try MenuReader.read(removed, file: "removed.yaml", foods: Self.foods) == expected)
    }

    @Test func aPlaceTheMenuDoesNotHaveIsRefused() throws {
        let source = Self.text("menus/flawed-example.yaml")
        #expect(throws: MenuEditor.EditError.self) {
            try MenuEditor.apply(.remove(index: 0), at: MenuEditor.Place(week: 2, day: 0, meal: 0), to: source)
        }
        #expect(throws: MenuEditor.EditError.self) {
            try MenuEditor.apply(.remove(index: 40), at: MenuEditor.Place(week: 1, day: 0, meal: 0), to: source)
        }
        #expect(throws: MenuEditor.EditError.self) {
            try MenuEditor.apply(.remove(index: 0), at: .init(week: 1, day: 0, meal: 0), to: "")
        }
    }
}
