import ComalCore
import ComalStore
import ComalWeek

/// A satellite's day from the kitchen, for its director: the ticket, the counts to confirm before the
/// kitchen's deadline, and the receipt to sign when the meals arrive.
struct SiteKitchenPage: Page {
    static let template = "site-kitchen"

    struct Row: Sendable, Encodable {
        var ageGroup, item, component, portion, amount, field, received: String
        var servings: Int
        var short: Bool
    }

    struct CountField: Sendable, Encodable {
        var label, field: String
        var value: Int
    }

    struct Meal: Sendable, Encodable {
        var name, serveAt, departure: String
        var rows: [Row]
        var counts: [CountField]
        var served: [CountField]
    }

    var chrome: Chrome
    var k: KitchenLabels
    var siteName, dateText, date, previousPath, nextPath, countsPath, receiptPath, homePath: String
    var meals: [Meal]
    var hasMeals: Bool
    var countsOpen: Bool
    var countsDue: String
    var receiptOpen: Bool
    var signed: String?
    var flags: [String]
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(
        service: KitchenDay.SiteService, day: KitchenDay, receipt: KitchenReceipt?, now: LocalDateTime, notice: String?,
        problems: [String], context: WebContext
    ) {
        let language = context.language
        let k = KitchenLabels(language)
        self.k = k
        let site = service.site
        siteName = site.name
        let date = day.date.description
        self.date = date
        let base = "/sites/\(site.id)/kitchen"
        let links = KitchenDayLinks(day.date, language: language) { "\(base)?date=\($0)" }
        (dateText, previousPath, nextPath) = (links.dateText, links.previousPath, links.nextPath)
        chrome = Chrome(title: "\(k.siteKitchenTitle) · \(links.dateText)", context: context)
        homePath = "/sites/\(site.id)"
        countsPath = "\(base)/counts?date=\(date)"
        receiptPath = "\(base)/receipt?date=\(date)"
        let lines = receipt?.lines ?? KitchenReceipt.expected(service, kitchen: day.kitchen.id, date: day.date, signedBy: "", at: now).lines
        meals = service.meals.map { meal in
            var rows: [Row] = []
            for item in meal.items {
                for container in item.containers {
                    let index = lines.firstIndex {
                        $0.meal == meal.meal && $0.ageGroup == container.ageGroup && $0.food == item.dish.id
                            && $0.ticket.unit == container.amount.unit
                    }
                    let line = index.map { lines[$0] }
                    rows.append(
                        Row(
                            ageGroup: container.ageGroup.label.text(in: language), item: item.name.text(in: language),
                            component: item.components.map { $0.label.text(in: language) }.joined(separator: ", "),
                            portion: container.portion.text(in: language), amount: container.amount.text(in: language),
                            field: KitchenFormFields.received(meal.meal, container.ageGroup, item.dish),
                            received: "\(line?.received ?? container.amount.value)", servings: container.servings,
                            short: line.map { $0.received < $0.ticket.value } ?? false))
                }
            }
            let groups = MealPatternAgeGroup.allCases.filter { meal.count.servings[$0] != nil }
            let served = receipt?.servedCounts(meal.meal) ?? meal.count.servings
            return Meal(
                name: meal.meal.label.text(in: language), serveAt: meal.serveAt.description, departure: meal.departure.description,
                rows: rows,
                counts: groups.map {
                    CountField(
                        label: $0.label.text(in: language), field: KitchenFormFields.count(meal.meal, $0),
                        value: meal.count.servings[$0] ?? 0)
                },
                served: groups.map {
                    CountField(
                        label: $0.label.text(in: language), field: KitchenFormFields.served(meal.meal, $0), value: served[$0] ?? 0)
                })
        }
        hasMeals = !meals.isEmpty
        let due = KitchenDesk.countsDue(day.kitchen, for: day.date)
        countsDue = due.map { LocalizedFormat.dateTime($0, language) } ?? ""
        countsOpen = hasMeals && (due.map { now <= $0 } ?? false)
        receiptOpen = hasMeals && day.date <= now.date
        signed = receipt.map { "\(k.signedBy) \($0.signedBy) · \(LocalizedFormat.dateTime($0.signedAt, language))" }
        flags = (receipt?.temperatureFlags ?? []).map { $0.message.text(in: language) }
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
