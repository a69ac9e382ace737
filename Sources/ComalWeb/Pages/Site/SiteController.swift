import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// A site's pages: the director orders and submits, and both the director and the cook see past
/// weeks' allocations and invoices. Every route checks `SiteAccess` first.
struct SiteController<Repository: SiteRepository & MenuRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    /// One line from the order form.
    struct LineInput {
        var sku: String
        var quantity: Int
        var unit: SiteOrderLine.Unit
        var tolerance: Int

        init(_ form: FormData) throws(FormError) {
            sku = try form.text("sku")
            quantity = try form.wholeNumber("quantity", largest: SiteOrderLine.largestQuantity)
            unit = try form.choice("unit", SiteOrderLine.Unit.self)
            tolerance = try form.wholeNumber("tolerance", largest: SiteOrderLine.largestQuantity, emptyValue: 0)
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        let site = router.group("sites/:site")
        // Each page reads in one transaction (`reading`), not one per query.
        site.get("") { _, context in try repository.reading { try homePage(context) } }
        site.get("windows/:window/order") { request, context in
            try repository.reading {
                let (access, window) = try authorize(context, change: false)
                let parameters = request.uri.queryParameters
                return try orderPage(
                    access, window, context, query: parameters["q"].map(String.init),
                    notice: OrderPage.notice(after: parameters, Labels.of(context.language)))
            }
        }
        site.post("windows/:window/order/lines") { _, context in try setLine(context) }
        site.post("windows/:window/order/upload") { _, context in try upload(context) }
        site.post("windows/:window/order/submit") { _, context in try submit(context) }
        site.post("windows/:window/order/suggest") { _, context in try suggest(context) }
        site.post("windows/:window/order/repeat") { _, context in try repeatOrder(context) }
        site.post("windows/:window/order/standing") { _, context in try saveStandingOrder(context) }
        site.get("windows/:window/allocation") { _, context in
            try repository.reading {
                let (access, window) = try authorize(context, change: false)
                let page = AllocationPage(
                    site: access.site, window: window,
                    invoice: try repository.siteInvoice(window: window.id, site: access.site.id), context: context)
                return try renderer.render(page)
            }
        }
    }

    private func authorize(_ context: WebContext, change: Bool) throws -> (SiteAccess, OrderWindow) {
        let access = try repository.siteAccess(context, changing: change ? .order : .nothing)
        return (access, try repository.existingWindow(context.parameters.get("window")))
    }

    private func homePage(_ context: WebContext) throws -> Response {
        let access = try repository.siteAccess(context, changing: .nothing)
        let clock = try repository.allianceClock(at: configuration.now())
        let windows = try repository.windows()
        var submitted: [OrderWindow.ID: LocalDateTime] = [:]
        for window in windows where window.state == .open {
            submitted[window.id] = try repository.submission(window: window.id, site: access.site.id)
        }
        return try renderer.render(
            SiteHomePage(
                site: access.site, windows: windows, submitted: submitted,
                savings: try repository.weeklySavings(site: access.site.id),
                isSatellite: try repository.kitchens().contains { $0.satellite(access.site.id) != nil }, clock: clock,
                context: context))
    }

    private func orderPage(
        _ access: SiteAccess, _ window: OrderWindow, _ context: WebContext, query: String?, notice: String? = nil,
        problems: [String] = [], suggestion: OrderPage.Suggestion? = nil, selectedMenu: String? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var choices: [OrderPage.MenuChoice] = []
        if access.canChange {
            for stored in try repository.siteMenus(site: access.site.id) {
                // The cycle length comes from the stored menu; one that no longer reads (or with no
                // food table to read it against) is left out.
                guard let menu = try? repository.menu(stored) else { continue }
                choices.append(
                    OrderPage.MenuChoice(
                        id: menu.id.rawValue, name: menu.name.text(in: context.language),
                        defaultWeek: menu.cycleWeek(for: window.id),
                        selected: selectedMenu == menu.id.rawValue))
            }
        }
        let order = try repository.siteOrder(window: window.id, site: access.site.id)
        // Only a search reads the whole catalog; the order itself needs its lines' products.
        let products =
            !OrderPage.searchTerm(query).isEmpty
            ? try repository.products(window: window.id)
            : try repository.products(window: window, ids: Set(order.lines.map(\.product)))
        let page = OrderPage(
            access: access, window: window, products: products, lines: order.lines, submittedAt: order.submittedAt,
            clock: try repository.allianceClock(at: configuration.now()), query: query, notice: notice,
            problems: problems, version: order.version, menus: choices, suggestion: suggestion,
            standingOrders: access.canChange ? try repository.standingOrders(site: access.site.id).map(\.name) : [], context: context)
        return try renderer.render(page, status: status)
    }

    /// One line from the order form: the director's while directors order, the buyer's (audited) after.
    private func setLine(_ context: WebContext) throws -> Response {
        let (access, window) = try authorize(context, change: false)
        let now = try repository.localDateTime(at: configuration.now())
        let buyer = try access.lineChanger(in: window, at: now)
        let input: LineInput
        do { input = try LineInput(context.form) } catch {
            return try orderPage(
                access, window, context, query: nil, problems: [Labels.of(context.language).explain(error)], status: .badRequest)
        }
        do {
            try repository.setOrderLine(
                site: access.site.id, window: window.id, sku: input.sku, quantity: input.quantity, unit: input.unit,
                tolerance: input.tolerance, now: now, buyer: buyer, source: "order form", basedOn: context.form.seenVersion)
        } catch let error as OrderLineError {
            return try orderPage(
                access, window, context, query: nil, problems: [error.explanation.text(in: context.language)],
                status: .unprocessableContent)
        } catch let error as StoreError {
            return try orderPage(
                access, window, context, query: nil, problems: [error.explanation.text(in: context.language)], status: .conflict)
        }
        return .redirect(to: "/sites/\(access.site.id)/windows/\(window.id)/order?saved=1")
    }

    private func upload(_ context: WebContext) throws -> Response {
        let (access, window) = try authorize(context, change: true)
        let file: FormData.File
        do { file = try context.form.file("file") } catch {
            return try orderPage(
                access, window, context, query: nil, problems: [Labels.of(context.language).explain(error)], status: .badRequest)
        }
        do {
            _ = try repository.importOrders(
                csv: try UserText.decode(file.data, file: file.filename), file: file.filename, window: window.id,
                now: repository.localDateTime(at: configuration.now()), buyer: nil, site: access.site.id,
                basedOn: context.form.seenVersion)
        } catch let error as ImportError {
            return try orderPage(
                access, window, context, query: nil, problems: error.problems.map { $0.text(in: context.language) },
                status: .unprocessableContent)
        } catch let error as StoreError {
            return try orderPage(
                access, window, context, query: nil, problems: [error.explanation.text(in: context.language)], status: .conflict)
        }
        return .redirect(to: "/sites/\(access.site.id)/windows/\(window.id)/order?uploaded=1")
    }

    /// Replaces the order with a standing one (`standing`, by name) or, without one, with the
    /// site's order of its latest earlier week.
    private func repeatOrder(_ context: WebContext) throws -> Response {
        let (access, window) = try authorize(context, change: true)
        let language = context.language
        let standing = (context.form["standing"] ?? "").trimmingCharacters(in: .whitespaces)
        do {
            let now = try repository.localDateTime(at: configuration.now())
            let from: String
            if standing.isEmpty {
                let (earlier, _) = try repository.repeatOrder(
                    site: access.site.id, into: window.id, from: nil, now: now, buyer: nil, basedOn: context.form.seenVersion)
                from = LocalizedFormat.date(earlier.delivery, language)
            } else {
                _ = try repository.startFromStandingOrder(
                    site: access.site.id, name: standing, into: window.id, now: now, buyer: nil, basedOn: context.form.seenVersion)
                from = "“\(standing)”"
            }
            let lines = try repository.orderLines(window: window.id, site: access.site.id).count
            return try orderPage(
                access, window, context, query: nil,
                notice: SuggestionLabels.repeatedTheOrder(lines: lines, from: from).text(in: language))
        } catch let error as ImportError {
            return try orderPage(
                access, window, context, query: nil, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        } catch let error as any ExplainedError {
            return try orderPage(access, window, context, query: nil, problems: [error.explanation.text(in: language)], status: .conflict)
        }
    }

    /// Saves this week's order as a standing order under the name given.
    private func saveStandingOrder(_ context: WebContext) throws -> Response {
        let (access, window) = try authorize(context, change: true)
        let language = context.language
        let name = String((context.form["name"] ?? "").prefix(200))
        do {
            try repository.saveStandingOrder(
                site: access.site.id, name: name, from: window.id, actor: access.account.username,
                now: try repository.localDateTime(at: configuration.now()))
        } catch let error as any ExplainedError {
            return try orderPage(access, window, context, query: nil, problems: [error.explanation.text(in: language)], status: .unprocessableContent)
        }
        return try orderPage(
            access, window, context, query: nil, notice: SuggestionLabels.savedStanding(name.trimmingCharacters(in: .whitespaces)).text(in: language))
    }

    private func submit(_ context: WebContext) throws -> Response {
        let (access, window) = try authorize(context, change: true)
        do {
            try repository.submitOrder(
                site: access.site.id, window: window.id, actor: access.account.username,
                now: repository.localDateTime(at: configuration.now()), basedOn: context.form.seenVersion)
        } catch let error as StoreError {
            return try orderPage(
                access, window, context, query: nil, problems: [error.explanation.text(in: context.language)], status: .conflict)
        }
        return .redirect(to: "/sites/\(access.site.id)/windows/\(window.id)/order?submitted=1")
    }

    /// Replaces the site's order with the one its menu suggests (with the checks of an uploaded
    /// file, in one transaction), then shows why each line was chosen.
    private func suggest(_ context: WebContext) throws -> Response {
        let (access, window) = try authorize(context, change: true)
        let language = context.language
        let menuID = context.form["menu"] ?? ""
        func refused(_ problem: String, _ status: HTTPResponse.Status = .unprocessableContent) throws -> Response {
            try orderPage(access, window, context, query: nil, problems: [problem], selectedMenu: menuID, status: status)
        }
        guard let foods = try repository.foods(),
            let stored = try repository.siteMenu(site: access.site.id, menu: Menu.ID(menuID))
        else {
            return try refused(SuggestionLabels.notASiteMenu(menuID).text(in: language))
        }
        let menu = try repository.menu(stored)
        let weekText = (context.form["week"] ?? "").trimmingCharacters(in: .whitespaces)
        let week: Int
        if weekText.isEmpty {
            week = menu.cycleWeek(for: window.id)
        } else if let number = Int(weekText), menu.weeks.contains(where: { $0.number == number }) {
            week = number
        } else {
            let available = menu.weeks.map { String($0.number) }.joined(separator: ", ")
            return try refused(SuggestionLabels.notAMenuWeek(weekText, available: available).text(in: language))
        }
        // The week's needs give the stock form its foods and units.
        let needs = MenuNeeds.compute(
            menu: menu, week: try menu.week(week), plan: ServingPlan.enrollment(of: access.site, for: menu).plan, foods: foods)
        let stock = StockOnHandForm(needs: needs.needs, form: context.form, language: language)
        func explained(_ order: SuggestedOrder?) -> OrderPage.Suggestion {
            OrderPage.Suggestion(
                heading: SuggestedOrderText.heading(site: access.site, menu: menu, week: week, language: language),
                sections: order.map { SuggestedOrderText.sections($0, language: language) } ?? [],
                total: order.map { SuggestedOrderText.total($0, language: language) } ?? "", menu: menuID, week: week,
                stock: stock)
        }
        guard stock.problems.isEmpty else {
            return try orderPage(
                access, window, context, query: nil, problems: stock.problems, suggestion: explained(nil),
                selectedMenu: menuID, status: .unprocessableContent)
        }
        let order = try repository.suggestOrder(
            site: access.site, window: window.id, menu: menu, week: week, foods: foods, onHand: stock.onHand
        ).order
        let suggestion = explained(order)
        let notice: String
        if order.lines.isEmpty && order.unmet.isEmpty && !order.coveredByStock.isEmpty {
            notice = SuggestionLabels.stockCoversTheWeek.text(in: language)
        } else if order.lines.isEmpty {
            notice = SuggestionLabels.noProductMeetsTheWeek.text(in: language)
        } else {
            do {
                _ = try repository.replaceOrder(
                    of: access.site.id, window: window.id, with: order,
                    now: repository.localDateTime(at: configuration.now()), basedOn: context.form.seenVersion)
            } catch let error as ImportError {
                return try orderPage(
                    access, window, context, query: nil, problems: error.problems.map { $0.text(in: language) },
                    suggestion: suggestion,
                    selectedMenu: menuID, status: .unprocessableContent)
            } catch let error as StoreError {
                return try refused(error.explanation.text(in: language), .conflict)
            }
            notice = SuggestionLabels.replacedTheOrder(lines: order.lines.count).text(in: language)
        }
        return try orderPage(
            access, window, context, query: nil, notice: notice, suggestion: suggestion, selectedMenu: menuID)
    }
}
