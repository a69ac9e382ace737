import ComalStore
import ComalCore

/// The form that changes, adds or removes one item of a meal of a site's menu.
struct MenuItemPage: Page {
    static let template = "menu-item"

    struct Option: Sendable, Encodable {
        var value, label: String
        var selected: Bool
    }

    struct Serve: Sendable, Encodable {
        var name, label, value: String
    }

    var chrome: Chrome
    var m: MenuLabels
    var siteName, siteID, menuName, heading, weekPath, formPath: String
    var isNew: Bool
    var recipes: [Option]
    var hasRecipes: Bool
    var foods: [Option]
    /// What was typed when it matched no choice, so that the cook sees it again.
    var typedDish: String?
    var serve: [Serve]
    var problems: [String]
    var hasProblems: Bool

    /// The form for item `item` (nil: a new one) of `meal` on `day`, filled with `dish` and `serve`
    /// (what is stored, or what was posted when it was refused).
    /// The menu's version as this form shows it, posted back so a change to a menu someone else has
    /// since changed is refused.
    var version: String

    init(
        access: SiteAccess, view: SiteMenuView, week: Int, day: MenuDay, meal: MenuMeal, formPath: String, isNew: Bool,
        dish: String, serve values: [MealPatternAgeGroup: String], problems: [String], context: WebContext
    ) {
        let language = context.language
        let m = MenuLabels(language)
        self.m = m
        siteName = access.site.name
        siteID = access.site.id.rawValue
        menuName = view.menu.name.text(in: language)
        heading =
            "\(m.week) \(week) · \(PrintedMenu.dayName(day.label).text(in: language)) · \(meal.type.label.text(in: language))"
        chrome = Chrome(title: "\(isNew ? m.addItem : m.edit) · \(heading)", context: context)
        weekPath = SiteMenuView.weekPath(site: access.site.id, menu: view.menu.id, week: week)
        self.formPath = formPath
        version = ContentVersion(of: view.stored.source).rawValue
        self.isNew = isNew
        recipes = view.menu.recipes.map {
            Option(value: "recipe:\($0.id)", label: $0.name.text(in: language), selected: dish == "recipe:\($0.id)")
        }
        hasRecipes = !recipes.isEmpty
        foods = view.foods.values.map {
            Option(
                value: "food:\($0.id)", label: "\($0.name.text(in: language)) (\($0.id))", selected: dish == "food:\($0.id)")
        }.sorted { ($0.label.lowercased(), $0.value) < ($1.label.lowercased(), $1.value) }
        let known = recipes.contains { $0.selected } || foods.contains { $0.selected }
        typedDish = known || dish.isEmpty ? nil : dish
        serve = view.menu.ageGroups.map {
            Serve(name: "serve_\($0.rawValue)", label: $0.label.text(in: language), value: values[$0] ?? "")
        }
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
