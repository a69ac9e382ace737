import ComalCore
import ComalPages
import ComalStore
import ComalWeek
import Foundation
import Hummingbird

/// The shared kitchen on the web: the kitchen staff's day (counts, batch, printable pages, departure
/// temperatures, what the sites flagged) and each satellite's page (the ticket, its counts, its receipt).
struct KitchenController<Repository: KitchenRepository & SiteRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    func addRoutes(to router: Router<WebContext>) {
        router.get("kitchen") { request, context in
            _ = try Self.kitchenStaff(context.session?.account)
            return try kitchenPage(request, context)
        }
        router.get("kitchen/print/:page") { request, context in
            _ = try Self.kitchenStaff(context.session?.account)
            return try printable(request, context)
        }
        router.post("kitchen/temperatures") { request, context in try recordDeparture(request, context) }
        router.get("sites/:site/kitchen") { request, context in
            let access = try repository.siteAccess(context, changing: .nothing)
            return try sitePage(access, request, context)
        }
        router.post("sites/:site/kitchen/counts") { request, context in try confirmCounts(request, context) }
        router.post("sites/:site/kitchen/receipt") { request, context in try signReceipt(request, context) }
    }

    /// The rule for the kitchen's pages: its staff, or the buyer and admin who run the week.
    static func kitchenStaff(_ account: Account?) throws(WebError) -> Account {
        guard let account else { throw .signInRequired }
        guard account.role == .kitchen || account.role.isStaff else { throw .forbidden }
        return account
    }

    private func now() throws -> LocalDateTime { try repository.localDateTime(at: configuration.now()) }

    /// The `date` query parameter, or nil when absent; a malformed one is refused.
    private func date(_ request: Request) throws -> CalendarDate? {
        guard let text = request.uri.queryParameters["date"].map(String.init), !text.isEmpty else { return nil }
        guard let date = CalendarDate(parsing: String(text.prefix(10))), text.count == 10 else {
            throw WebError.badForm(.notADate(field: "date", value: String(text.prefix(20))))
        }
        return date
    }

    private func kitchen(_ request: Request) throws -> Kitchen {
        let id = request.uri.queryParameters["kitchen"].map { String($0.prefix(60)) }
        do { return try repository.kitchenDesk.kitchen(id) } catch KitchenError.unknownKitchen { throw WebError.notFound }
    }

    private func kitchenPage(
        _ request: Request, _ context: WebContext, notice: String? = nil, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let kitchen = try kitchen(request)
        let day = try repository.kitchenDesk.day(kitchen, date: try date(request), today: try now().date)
        return try renderer.render(
            KitchenDayPage(
                day: day, readings: try repository.kitchenTemperatures(kitchen: kitchen.id, date: day.date),
                receipts: try repository.kitchenReceipts(kitchen: kitchen.id, date: day.date), notice: notice, problems: problems,
                context: context),
            status: status)
    }

    private func printable(_ request: Request, _ context: WebContext) throws -> Response {
        let kitchen = try kitchen(request)
        let day = try repository.kitchenDesk.day(kitchen, date: try date(request), today: try now().date)
        let language = context.language
        let html: String
        switch try context.parameters.require("page") {
        case "batch":
            html = KitchenBatchPage.render(
                day, receipts: try repository.kitchenReceipts(kitchen: kitchen.id, date: day.date), language: language)
        case "tickets": html = KitchenTicketPage.render(day, language: language)
        case "labels": html = KitchenLabelPage.render(day, language: language)
        case "temperature-log":
            html = TemperatureLogPage.render(
                day, readings: try repository.kitchenTemperatures(kitchen: kitchen.id, date: day.date), language: language)
        case "receipts":
            html = KitchenReceiptPage.render(
                day, receipts: try repository.kitchenReceipts(kitchen: kitchen.id, date: day.date), language: language)
        default: throw WebError.notFound
        }
        return PrintableResponse.html(html)
    }

    private func recordDeparture(_ request: Request, _ context: WebContext) throws -> Response {
        let account = try Self.kitchenStaff(context.session?.account)
        let kitchen = try kitchen(request)
        let language = context.language
        do {
            guard let day = try date(request) else { throw FormError.missing("date") }
            let site = Site.ID(String(try context.form.text("site").prefix(60)))
            guard kitchen.satellite(site) != nil else { throw FormError.notAChoice(field: "site", value: site.rawValue) }
            let readings = try Self.readings(context.form, stage: .departure)
            let flags = try repository.kitchenDesk.recordTemperatures(readings, site: site, date: day, by: account.username, now: try now())
            let notice = ([KitchenLabels(language).recorded] + flags.map { $0.message.text(in: language) }).joined(separator: " ")
            return try kitchenPage(request, context, notice: notice)
        } catch let error as FormError {
            return try kitchenPage(request, context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        }
    }

    /// The hot and cold readings of a form (`hot`, `cold`, either may be empty), bounded to what a probe reads.
    static func readings(_ form: FormData, stage: TemperatureReading.Stage) throws(FormError) -> [TemperatureReading] {
        var readings: [TemperatureReading] = []
        for (field, kind) in [("hot", ServingTemperature.hot), ("cold", .cold)] {
            let text = (form[field] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            guard text.count <= 8, let degrees = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                TemperatureReading.plausibleF.contains(degrees)
            else { throw .notAnAmount(field: field, value: String(text.prefix(20))) }
            readings.append(TemperatureReading(stage: stage, temperature: kind, fahrenheit: degrees))
        }
        return readings
    }

    private func sitePage(
        _ access: SiteAccess, _ request: Request, _ context: WebContext, date given: CalendarDate? = nil, notice: String? = nil,
        problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let now = try now()
        let ticket: (day: KitchenDay, service: KitchenDay.SiteService, receipt: KitchenReceipt?)
        do {
            ticket = try repository.kitchenDesk.ticket(site: access.site.id, date: try given ?? date(request), today: now.date)
        } catch KitchenError.notASatellite { throw WebError.notFound }
        return try renderer.render(
            SiteKitchenPage(
                service: ticket.service, day: ticket.day, receipt: ticket.receipt, now: now, notice: notice, problems: problems,
                context: context),
            status: status)
    }

    /// The site's director (before the kitchen's deadline) or the staff (any time) confirm the counts.
    private func confirmCounts(_ request: Request, _ context: WebContext) throws -> Response {
        let access = try repository.siteAccess(context, changing: .nothing)
        guard access.account.role == .director || access.isStaff else { throw WebError.forbidden }
        let now = try now()
        let language = context.language
        guard let day = try date(request) else { throw WebError.badForm(.missing("date")) }
        let (_, service, _) = try repository.kitchenDesk.ticket(site: access.site.id, date: day, today: now.date)
        do {
            var counts: [(MealType, [MealPatternAgeGroup: Int])] = []
            for meal in service.meals {
                var servings: [MealPatternAgeGroup: Int] = [:]
                for group in MealPatternAgeGroup.allCases where meal.count.servings[group] != nil {
                    servings[group] = try context.form.wholeNumber(KitchenFormFields.count(meal.meal, group), largest: Site.largestEnrollment)
                }
                counts.append((meal.meal, servings))
            }
            for (meal, servings) in counts {
                try repository.kitchenDesk.confirmCounts(
                    site: access.site.id, date: day, meal: meal, servings: servings, by: access.account.username, now: now,
                    enforcingDeadline: !access.isStaff)
            }
        } catch let error as FormError {
            return try sitePage(access, request, context, date: day, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as KitchenError {
            return try sitePage(access, request, context, date: day, problems: [error.description], status: .conflict)
        }
        return try sitePage(access, request, context, date: day, notice: KitchenLabels(language).recorded)
    }

    /// The site's director or cook signs the receipt on the day the meals arrive.
    private func signReceipt(_ request: Request, _ context: WebContext) throws -> Response {
        let access = try repository.siteAccess(context, changing: .nothing)
        guard access.account.role.isSiteRole || access.isStaff else { throw WebError.forbidden }
        let now = try now()
        let language = context.language
        guard let day = try date(request) else { throw WebError.badForm(.missing("date")) }
        guard day <= now.date else {
            return try sitePage(access, request, context, date: day, problems: [KitchenLabels(language).notYet], status: .conflict)
        }
        let (_, service, _) = try repository.kitchenDesk.ticket(site: access.site.id, date: day, today: now.date)
        do {
            var entry = KitchenDesk.ReceiptEntry(received: [:], served: [:], arrival: try Self.readings(context.form, stage: .arrival))
            for meal in service.meals {
                for item in meal.items {
                    for container in item.containers {
                        let field = KitchenFormFields.received(meal.meal, container.ageGroup, item.dish)
                        let text = (context.form[field] ?? "").trimmingCharacters(in: .whitespaces)
                        guard text.count <= 12, let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), amount >= 0
                        else { throw FormError.notAnAmount(field: field, value: String(text.prefix(20))) }
                        entry.received[KitchenDesk.ReceiptKey(meal: meal.meal, ageGroup: container.ageGroup, food: item.dish.id)] = amount
                    }
                }
                var served: [MealPatternAgeGroup: Int] = [:]
                for group in MealPatternAgeGroup.allCases where meal.count.servings[group] != nil {
                    served[group] = try context.form.wholeNumber(KitchenFormFields.served(meal.meal, group), largest: Site.largestEnrollment)
                }
                entry.served[meal.meal] = served
            }
            let receipt = try repository.kitchenDesk.recordReceipt(
                site: access.site.id, date: day, entry: entry, by: access.account.username, now: now)
            let notice = receipt.shortfalls.isEmpty ? KitchenLabels(language).recorded : "\(KitchenLabels(language).recorded) \(KitchenLabels(language).shortLabel): \(receipt.shortfalls.count)"
            return try sitePage(access, request, context, date: day, notice: notice)
        } catch let error as FormError {
            return try sitePage(access, request, context, date: day, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as KitchenRecordError {
            return try sitePage(access, request, context, date: day, problems: [error.description], status: .unprocessableContent)
        }
    }
}
