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

@Suite("A site's stored menu")
struct SiteMenuStoreTests {
    static let now = LocalDateTime(parsing: "2026-11-24 09:00")!

    @Test func aSavedMenuMustReadAndResolveAndOnlyThatSitesCopyChanges() throws {
        let (fixture, _, _) = try StoreFixture.seeded()
        let db = fixture.database
        let sites = try db.sites().map(\.id)
        try db.importFoods(csv: MenuEditorTests.text("catalogs/foods.csv"), file: "foods.csv", now: Self.now, actor: "ana")
        let source = MenuEditorTests.text("menus/nm-center-cycle.yaml")
        try db.assignMenu(yaml: source, file: "cycle.yaml", sites: sites, now: Self.now, actor: "ana")
        let menuID = Menu.ID("nm-center-cycle")
        let audit = try db.auditLog(window: nil).count

        // Wednesday's lunch, item 3 is the turkey stew (1 cup portions): served "1 each" it cannot be credited.
        let place = MenuEditor.Place(week: 1, day: 2, meal: 1)
        let each = [MenuItem.AgeGroupServing(ageGroup: .ages3to5, serving: Serving(parsing: "1 each")!)]
        let unresolvable = try MenuEditor.apply(
            .set(index: 2, dish: .recipe(Recipe.ID("turkey-green-chile-stew")), serve: each), at: place, to: source)
        #expect(throws: MenuResolutionError.self) {
            try db.saveSiteMenu(site: sites[0], menu: menuID, yaml: unresolvable, now: Self.now, actor: "cook", detail: "")
        }
        let renamed = source.replacingOccurrences(of: "id: nm-center-cycle", with: "id: other")
        #expect(throws: MenuStoreError.menuIDChanged(from: menuID, to: Menu.ID("other"))) {
            try db.saveSiteMenu(site: sites[0], menu: menuID, yaml: renamed, now: Self.now, actor: "cook", detail: "")
        }
        #expect(try db.siteMenu(site: sites[0], menu: menuID)?.source == source)
        #expect(try db.auditLog(window: nil).count == audit)

        let cup = [MenuItem.AgeGroupServing(ageGroup: .ages3to5, serving: Serving(parsing: "1/2 cup")!)]
        let fine = try MenuEditor.apply(
            .set(index: 2, dish: .recipe(Recipe.ID("turkey-green-chile-stew")), serve: cup), at: place, to: source)
        try db.saveSiteMenu(site: sites[0], menu: menuID, yaml: fine, now: Self.now, actor: "cook", detail: "stew")
        #expect(try db.siteMenu(site: sites[0], menu: menuID)?.source == fine)
        #expect(try db.siteMenu(site: sites[1], menu: menuID)?.source == source)
        #expect(try db.auditLog(window: nil).last?.detail == "\(sites[0]) nm-center-cycle: stew")
    }
}

/// The parsed food table is kept while the stored one is the same text, and read again the moment
/// another is imported: a cook who fixes a yield sees it at once.
@Suite("The food table as parsed follows the stored one")
struct ParsedFoodTableTests {
    @Test func importingAnotherFoodTableIsSeenAtOnceAndTheFirstAgainAfter() throws {
        let (fixture, _, _) = try StoreFixture.seeded()
        let db = fixture.database
        let full = MenuEditorTests.text("catalogs/foods.csv")
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let shorter = (lines.prefix(2) + [""]).joined(separator: "\n")
        let now = SiteMenuStoreTests.now
        try db.importFoods(csv: full, file: "foods.csv", now: now, actor: "ana")
        let all = try #require(try db.foods()).count
        #expect(try db.foods()?.count == all)
        try db.importFoods(csv: shorter, file: "foods.csv", now: now, actor: "ana")
        #expect(try db.foods()?.count == 1)
        try db.importFoods(csv: full, file: "foods.csv", now: now, actor: "ana")
        #expect(try db.foods()?.count == all)
        #expect(all > 1)
    }
}
