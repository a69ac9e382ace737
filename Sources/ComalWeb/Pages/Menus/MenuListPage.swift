import ComalCore

/// A site's menus: each with its weeks and a compliance badge per week.
struct MenuListPage: Page {
    static let template = "menus"

    struct WeekLink: Sendable, Encodable {
        var number: Int
        var path: String
        var badge: Badge
    }

    struct Entry: Sendable, Encodable {
        var name, id, setting, updated: String
        var weeks: [WeekLink]
    }

    var chrome: Chrome
    var m: MenuLabels
    var siteName, siteID, asOf: String
    var menus: [Entry]
    var hasMenus: Bool

    init(site: Site, menus views: [SiteMenuView], asOf: CalendarDate, context: WebContext) throws {
        let language = context.language
        let m = MenuLabels(language)
        self.m = m
        chrome = Chrome(title: "\(m.menus) · \(site.name)", context: context)
        siteName = site.name
        siteID = site.id.rawValue
        self.asOf = LocalizedFormat.date(asOf, language)
        menus = try views.map { view in
            Entry(
                name: view.menu.name.text(in: language), id: view.menu.id.rawValue,
                setting: view.menu.setting.label.text(in: language),
                updated: MenuLabels.changed(
                    LocalizedFormat.dateTime(view.stored.updatedAt, language), by: view.stored.updatedBy
                ).text(in: language),
                weeks: try view.menu.weeks.map { week in
                    WeekLink(
                        number: week.number, path: SiteMenuView.weekPath(site: site.id, menu: view.menu.id, week: week.number),
                        badge: Badge(try view.findings(week: week, asOf: asOf).count, m, language))
                })
        }
        hasMenus = !menus.isEmpty
    }
}
