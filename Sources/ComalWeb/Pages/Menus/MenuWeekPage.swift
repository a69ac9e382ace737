import ComalCore

/// One week of a site's menu: days of meals with their items and servings per age group, a
/// compliance badge on the week, each day and each meal, and every finding explained with its rule.
struct MenuWeekPage: Page {
    static let template = "menu-week"

    struct Item: Sendable, Encodable {
        var name, servings, editPath: String
        /// The food's substitutes, for a food (not a recipe).
        var substitutePath: String?
    }

    struct Meal: Sendable, Encodable {
        var label: String
        var badge: Badge
        var items: [Item]
        var findings: [FindingRow]
        var hasFindings: Bool
        var addPath: String
    }

    struct Day: Sendable, Encodable {
        var label: String
        var badge: Badge
        var findings: [FindingRow]
        var hasFindings: Bool
        var meals: [Meal]
    }

    struct WeekLink: Sendable, Encodable {
        var number: Int
        var path: String
        var current: Bool
    }

    var chrome: Chrome
    var m: MenuLabels
    var siteName, siteID, menuName, asOf: String
    var weekNumber: Int
    var weeks: [WeekLink]
    var badge: Badge
    var weekFindings: [FindingRow]
    var hasWeekFindings: Bool
    var days: [Day]
    var canEdit: Bool
    var printPath, printBothPath, productionPath, menusPath: String
    var notice: String?

    init(
        access: SiteAccess, view: SiteMenuView, week: MenuWeek, asOf: CalendarDate, notice: String?,
        context: WebContext
    ) throws {
        let language = context.language
        let m = MenuLabels(language)
        self.m = m
        let site = access.site
        menuName = view.menu.name.text(in: language)
        chrome = Chrome(title: "\(menuName) · \(m.week) \(week.number) · \(site.name)", context: context)
        siteName = site.name
        siteID = site.id.rawValue
        self.asOf = LocalizedFormat.date(asOf, language)
        weekNumber = week.number
        let base = SiteMenuView.weekPath(site: site.id, menu: view.menu.id, week: week.number)
        weeks = view.menu.weeks.map {
            WeekLink(
                number: $0.number, path: SiteMenuView.weekPath(site: site.id, menu: view.menu.id, week: $0.number),
                current: $0.number == week.number)
        }
        let findings = try view.findings(week: week, asOf: asOf)
        badge = Badge(findings.count, m, language)
        weekFindings = findings.filter { $0.day == nil }.map { FindingRow($0, language) }
        hasWeekFindings = !weekFindings.isEmpty
        canEdit = access.canEditMenus
        days = week.days.enumerated().map { dayIndex, day in
            let label = week.checkedLabel(of: day)
            let ofDay = findings.filter { $0.day == label }
            let dayLevel = ofDay.filter { $0.meal == nil }.map { FindingRow($0, language) }
            return Day(
                label: PrintedMenu.dayName(day.label).text(in: language), badge: Badge(ofDay.count, m, language),
                findings: dayLevel, hasFindings: !dayLevel.isEmpty,
                meals: day.meals.enumerated().map { mealIndex, meal in
                    let ofMeal = ofDay.filter { $0.meal == meal.type }
                    let mealPath = "\(base)/days/\(dayIndex + 1)/meals/\(mealIndex + 1)/items"
                    return Meal(
                        label: meal.type.label.text(in: language), badge: Badge(ofMeal.count, m, language),
                        items: meal.items.enumerated().map { itemIndex, item in
                            Item(
                                name: view.name(of: item, language), servings: view.servings(of: item, language),
                                editPath: "\(mealPath)/\(itemIndex + 1)",
                                substitutePath: {
                                    guard case .food(let food) = item.dish else { return nil }
                                    return "/sites/\(site.id)/menus/\(view.menu.id)/substitutes?food=\(food)"
                                }())
                        },
                        findings: ofMeal.map { FindingRow($0, language) }, hasFindings: !ofMeal.isEmpty,
                        addPath: "\(mealPath)/new")
                })
        }
        printPath = "\(base)/print?lang=\(language.rawValue)"
        printBothPath = "\(base)/print?lang=both"
        productionPath = "\(base)/production?lang=\(language.rawValue)"
        menusPath = "/sites/\(site.id)/menus"
        self.notice = notice
    }
}
