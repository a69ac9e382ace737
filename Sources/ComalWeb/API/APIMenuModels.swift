import ComalCore
import ComalStore
import Foundation

/// The JSON of the menu API (`Sources/ComalWeb/Static/openapi.yaml`, the `Menu…` schemas): the same view of a site's
/// menu as the pages (`SiteMenuView`), with ids and serving texts a program can send back.
extension APIModels {
    /// A text kept in English and Spanish, as menus name things.
    struct Names: Codable, Sendable {
        var en, es: String
        init(_ text: BilingualText) {
            en = text.english
            es = text.spanish
        }
    }

    struct MenuWeekSummary: Codable, Sendable {
        var week: Int
        var findings: Int
        var compliant: Bool
        var url: String
    }

    struct MenuSummary: Codable, Sendable {
        var id: String
        var name: Names
        var setting: String
        var ageGroups: [String]
        var updatedAt: String
        var updatedBy: String
        var weeks: [MenuWeekSummary]
    }

    struct MenuList: Codable, Sendable {
        var site: SiteRef
        /// The day the weeks were checked as of: the server's today.
        var asOf: String
        var menus: [MenuSummary]

        init(site: Site, views: [SiteMenuView], asOf: CalendarDate) throws {
            self.site = SiteRef(site)
            self.asOf = asOf.description
            menus = try views.map { view in
                MenuSummary(
                    id: view.menu.id.rawValue, name: Names(view.menu.name), setting: view.menu.setting.rawValue,
                    ageGroups: view.menu.ageGroups.map(\.rawValue), updatedAt: APIModels.iso(view.stored.updatedAt),
                    updatedBy: view.stored.updatedBy,
                    weeks: try view.menu.weeks.map { week in
                        let count = try view.findings(week: week, asOf: asOf).count
                        return MenuWeekSummary(
                            week: week.number, findings: count, compliant: count == 0,
                            url: API.root + SiteMenuView.weekPath(site: site.id, menu: view.menu.id, week: week.number))
                    })
            }
        }
    }

    struct MenuItemDetail: Codable, Sendable {
        /// The item's number in its meal, as the item's path names it.
        var item: Int
        var food: String?
        var recipe: String?
        /// The food's or recipe's name in the reader's language.
        var name: String
        /// The serving of each age group served, as a menu writes it (`1/2 cup`, `6 fl_oz`).
        var serve: [String: String]
        var creditAs: String?
    }

    struct MenuMealDetail: Codable, Sendable {
        /// The meal's number in its day, as the item paths name it.
        var meal: Int
        var type: String
        var label: String
        var findings: Int
        var items: [MenuItemDetail]
    }

    struct MenuDayDetail: Codable, Sendable {
        var day: Int
        /// The day as the menu names it (`Mon`).
        var label: String
        /// The day's name in the reader's language.
        var name: String
        var findings: Int
        var meals: [MenuMealDetail]
    }

    struct MenuFinding: Codable, Sendable {
        var rule: String
        var ageGroup: String
        /// The day's and meal's numbers; absent for a finding about the whole week (or day).
        var day: Int?
        var meal: Int?
        var mealType: String?
        var items: [String]
        var message: String
        var citation: String
    }

    struct MenuWeekDetail: Codable, Sendable {
        var site: SiteRef
        var menu: String
        var name: Names
        var week: Int
        var weeks: [Int]
        var asOf: String
        /// Whether the caller may change the menu (the site's cook or director).
        var canEdit: Bool
        var compliant: Bool
        var days: [MenuDayDetail]
        var findings: [MenuFinding]

        init(access: SiteAccess, view: SiteMenuView, week: ComalCore.MenuWeek, asOf: CalendarDate, language: Language) throws {
            site = SiteRef(access.site)
            menu = view.menu.id.rawValue
            name = Names(view.menu.name)
            self.week = week.number
            weeks = view.menu.weeks.map(\.number)
            self.asOf = asOf.description
            canEdit = access.canEditMenus
            let all = try view.findings(week: week, asOf: asOf)
            compliant = all.isEmpty
            var findings: [MenuFinding] = []
            days = week.days.enumerated().map { dayIndex, day in
                let ofDay = all.filter { $0.day == week.checkedLabel(of: day) }
                for finding in ofDay {
                    let meal = finding.meal.flatMap { type in day.meals.firstIndex { $0.type == type } }
                    findings.append(
                        MenuFinding(
                            rule: finding.rule.rawValue, ageGroup: finding.ageGroup.rawValue, day: dayIndex + 1,
                            meal: meal.map { $0 + 1 }, mealType: finding.meal?.rawValue, items: finding.items,
                            message: finding.message.text(in: language), citation: finding.citation))
                }
                return MenuDayDetail(
                    day: dayIndex + 1, label: day.label, name: PrintedMenu.dayName(day.label).text(in: language),
                    findings: ofDay.count,
                    meals: day.meals.enumerated().map { mealIndex, meal in
                        MenuMealDetail(
                            meal: mealIndex + 1, type: meal.type.rawValue, label: meal.type.label.text(in: language),
                            findings: ofDay.filter { $0.meal == meal.type }.count,
                            items: meal.items.enumerated().map { itemIndex, item in
                                var food: String?
                                var recipe: String?
                                switch item.dish {
                                case .food(let id): food = id.rawValue
                                case .recipe(let id): recipe = id.rawValue
                                }
                                return MenuItemDetail(
                                    item: itemIndex + 1, food: food, recipe: recipe, name: view.name(of: item, language),
                                    serve: Dictionary(
                                        uniqueKeysWithValues: item.servings.map { ($0.ageGroup.rawValue, $0.serving.menuText) }),
                                    creditAs: item.creditAs?.rawValue)
                            })
                    })
            }
            // Findings about the whole week come first, as on the page.
            let dayLabels = Set(week.days.map { week.checkedLabel(of: $0) })
            let weekLevel = all.filter { !dayLabels.contains($0.day ?? "") }.map {
                MenuFinding(
                    rule: $0.rule.rawValue, ageGroup: $0.ageGroup.rawValue, day: nil, meal: nil, mealType: $0.meal?.rawValue,
                    items: $0.items, message: $0.message.text(in: language), citation: $0.citation)
            }
            self.findings = weekLevel + findings
        }
    }

    /// An amount with its unit, as the production record gives it (`{"amount": 1.04, "unit": "GAL"}`).
    struct Measure: Codable, Sendable {
        var amount: Decimal
        var unit: String
        init(_ quantity: Quantity) {
            amount = quantity.amount
            unit = quantity.unit.rawValue
        }
    }

    struct ProductionLine: Codable, Sendable {
        var day: String
        var mealType: String
        var dish: String
        /// Each age group's portion as a menu writes it, and the servings planned for it.
        var portions: [String: String]
        var planned: [String: Int]
        var plannedTotal: Int
        var toPrepare: Measure?
        var asPurchased: Measure?
        var recipeBatches: Decimal?
    }

    struct Production: Codable, Sendable {
        var site: SiteRef
        var menu: String
        var name: Names
        var week: Int
        var ageGroups: [String]
        var lines: [ProductionLine]
        /// What the record could not work out, in the reader's language.
        var problems: [String]

        init(_ record: ProductionRecord, site: Site, menu: Menu.ID, language: Language) {
            self.site = SiteRef(site)
            self.menu = menu.rawValue
            name = Names(record.menuName)
            week = record.week
            ageGroups = record.ageGroups.map(\.rawValue)
            lines = record.lines.map { line in
                ProductionLine(
                    day: line.day, mealType: line.meal.rawValue, dish: line.dish.text(in: language),
                    portions: Dictionary(uniqueKeysWithValues: line.portions.map { ($0.key.rawValue, $0.value.menuText) }),
                    planned: Dictionary(uniqueKeysWithValues: line.planned.map { ($0.key.rawValue, $0.value) }),
                    plannedTotal: line.plannedTotal, toPrepare: line.toPrepare.map(Measure.init),
                    asPurchased: line.asPurchased.map(Measure.init), recipeBatches: line.recipeBatches)
            }
            problems = record.problems.map { $0.message.text(in: language) }
        }
    }
}
