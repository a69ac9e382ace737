import ComalCore
import ComalStore

/// The substitutes for a food of a site's menu, cheapest first, each with a button to use it.
struct SubstitutesPage: Page {
    static let template = "substitutes"

    struct Option: Sendable, Encodable {
        var food, name, perChildDay, difference: String
        var places: Int
    }

    var chrome: Chrome
    var m: MenuLabels
    var siteName, menusPath, path, foodID, foodName: String
    var options: [Option]
    var hasOptions: Bool
    var canEdit: Bool
    var problems: [String]
    var hasProblems: Bool
    var notice: String?

    init(
        access: SiteAccess, view: SiteMenuView, food: Food, options: [Substitution], problems: [String], context: WebContext
    ) {
        let language = context.language
        let m = MenuLabels(language)
        self.m = m
        foodID = food.id.rawValue
        foodName = food.name.text(in: language)
        chrome = Chrome(title: "\(m.substitutesTitle) · \(foodName)", context: context)
        siteName = access.site.name
        menusPath = "/sites/\(access.site.id)/menus"
        path = "/sites/\(access.site.id)/menus/\(view.menu.id)/substitutes"
        self.options = options.map {
            Option(
                food: $0.food.id.rawValue, name: $0.food.name.text(in: language), perChildDay: $0.perChildDay.formatted,
                difference: ($0.difference.cents > 0 ? "+" : "") + $0.difference.formatted, places: $0.places.count)
        }
        hasOptions = !options.isEmpty
        canEdit = access.canEditMenus
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
