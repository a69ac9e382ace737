import Foundation
import ComalCore
import ComalStore

/// A site's stored menu read against the stored food table, with what every menu page derives from it.
struct SiteMenuView: Sendable {
    let stored: SiteMenu
    let menu: Menu
    let foods: [Food.ID: Food]

    /// The findings of one week of the menu, every age group, as of `asOf`.
    func findings(week: MenuWeek, asOf: CalendarDate) throws -> [Finding] {
        var single = menu
        single.weeks = [week]
        return try single.findings(foods: foods, asOf: asOf)
    }

    /// The week a path names by its number; not found when the menu has no such week.
    func week(_ number: String?) throws(WebError) -> MenuWeek {
        guard let number = number.flatMap(Int.init), let week = try? menu.week(number) else { throw .notFound }
        return week
    }

    /// The production record of `week` for everyone enrolled at `site` (`comal menu production`'s).
    func productionRecord(week: MenuWeek, site: Site) throws -> ProductionRecord {
        let (plan, _) = ServingPlan.enrollment(of: site, for: menu)
        return try ProductionRecord.make(menu: menu, week: week.number, plan: plan, foods: foods)
    }

    /// The item's dish as the reader names it.
    func name(of item: MenuItem, _ language: Language) -> String {
        switch item.dish {
        case .food(let id): foods[id]?.name.text(in: language) ?? id.rawValue
        case .recipe(let id): menu.recipes.first { $0.id == id }?.name.text(in: language) ?? id.rawValue
        }
    }

    /// `ages 1-2: 1/2 cup · ages 3-5: 3/4 cup`.
    func servings(of item: MenuItem, _ language: Language) -> String {
        item.servings.map { "\($0.ageGroup.label.text(in: language)): \($0.serving.text(in: language))" }.joined(separator: " · ")
    }

    /// The path of the week's page.
    static func weekPath(site: Site.ID, menu: Menu.ID, week: Int) -> String {
        "/sites/\(site)/menus/\(menu.rawValue.addingPathEscapes)/weeks/\(week)"
    }
}

/// One finding as the menu pages show it.
struct FindingRow: Sendable, Encodable {
    var rule, ageGroup, message, citation: String

    init(_ finding: Finding, _ language: Language) {
        rule = finding.rule.rawValue
        ageGroup = finding.ageGroup.label.text(in: language)
        message = finding.message.text(in: language)
        citation = finding.citation
    }
}

/// A compliance badge: green when nothing is found.
struct Badge: Sendable, Encodable {
    var ok: Bool
    var text: String

    init(_ count: Int, _ m: MenuLabels, _ language: Language) {
        ok = count == 0
        text = ok ? m.compliant : MenuLabels.findings(count).text(in: language)
    }
}

extension String {
    /// The text made safe for one path segment (menu ids are plain words, but never trust them).
    var addingPathEscapes: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? self
    }
}
