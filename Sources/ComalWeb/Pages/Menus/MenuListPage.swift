import ComalCore
import ComalWeek

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
        /// `$3.93 a child-day · $1,846.24 a week`, at today's prices.
        var cost: String
        var notCosted: String?
        /// `CACFP pays $6.26 (sponsor keeps $0.63), $1.70 left after food a child-day ($2,725.10 a month) · 2024-25 rates`.
        var margin: String?
    }

    /// What a menu costs the site and, with rates and claiming terms stored, what it pays back.
    struct Economics: Sendable {
        var cost: MenuCost
        var margin: MenuMargin?
    }

    var chrome: Chrome
    var m: MenuLabels
    var siteName, siteID, asOf: String
    var menus: [Entry]
    var hasMenus: Bool
    /// The plan form, for the site's cook or director on a server that plans.
    var plan: MenuPlanForm?
    /// Said once a plan has been added to the menus.
    var notice: String?
    /// Foods the menus serve that the last delivery brought short, each with its substitutes' pages.
    var shorts: [Short]
    var hasShorts: Bool

    struct Short: Sendable, Encodable {
        var text: String
        var links: [Link]
    }

    struct Link: Sendable, Encodable {
        var label, path: String
    }

    init(
        site: Site, menus views: [SiteMenuView], economics: [Menu.ID: Economics], asOf: CalendarDate, plan: MenuPlanForm?,
        notice: String? = nil, shorts: [MenuSubstitution.ShortAtReceiving] = [], context: WebContext
    ) throws {
        self.plan = plan
        self.notice = notice
        let labels = MenuLabels(context.language)
        self.shorts = shorts.map { short in
            Short(
                text: MenuLabels.shortAtReceiving(
                    food: short.food.name, sku: short.product.sku, short: short.short, of: short.allocated,
                    delivery: LocalizedFormat.date(short.delivery, context.language)
                ).text(in: context.language),
                links: short.menus.map { menu in
                    Link(
                        label: "\(labels.substitutes) · \(menu)",
                        path: "/sites/\(site.id)/menus/\(menu)/substitutes?food=\(short.food.id)")
                })
        }
        hasShorts = !self.shorts.isEmpty
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
                },
                cost: economics[view.menu.id].map {
                    "\(m.foodCost): \($0.cost.perChildDay.formatted) \(m.perChildDay) · \($0.cost.perWeek.formatted) / \(m.week.lowercased())"
                } ?? "",
                notCosted: economics[view.menu.id].flatMap { economics in
                    economics.cost.unpriced.isEmpty
                        ? nil
                        : "\(m.notCosted): " + economics.cost.unpriced.map { $0.need.food.name.text(in: language) }.joined(separator: ", ")
                },
                margin: economics[view.menu.id]?.margin.map { margin in
                    let day = margin.perChildDay
                    return "\(m.reimbursement) \(day.reimbursement.formatted) (\(m.sponsorShare) \(day.sponsorShare.formatted)), \(day.margin.formatted) \(m.margin) \(m.perChildDay); \(margin.perMonth.margin.formatted) \(m.perMonth) · \(margin.year)"
                })
        }
        hasMenus = !menus.isEmpty
    }
}
