import ComalCore
import ComalStore
import ComalWeek
import Foundation
import Hummingbird

/// The JSON API under `/api/v1`: the same actions as the pages, through the same repositories and
/// the same access rule (`SiteAccess`), for programs that sign in with a bearer token. Every route
/// is described in `Sources/ComalWeb/Static/openapi.yaml`; a refusal is thrown and `APIMiddleware` renders it.
struct APIController<Repository: SiteRepository & BuyerRepository & MenuRepository & APITokenRepository> {
    let repository: Repository
    let configuration: WebConfiguration
    /// `openapi.yaml`, served to clients and fuzzers as it ships.
    let document: ByteBuffer
    let jobs: JobRunner<Repository>

    /// The body of `PUT …/order/lines/{sku}`.
    struct LineInput {
        var quantity: Int
        var unit: SiteOrderLine.Unit
        var tolerance: Int

        init(quantity: Int, unit: SiteOrderLine.Unit, tolerance: Int) {
            self.quantity = quantity
            self.unit = unit
            self.tolerance = tolerance
        }

        init(_ object: [String: JSONValue]) throws(APIError) {
            var problems: [APIProblem] = []
            func count(_ field: String, required: Bool) -> Int {
                guard let value = object[field] else {
                    if required {
                        problems.append(.init(field: field, english: "is missing", spanish: "falta"))
                    }
                    return 0
                }
                let largest = SiteOrderLine.largestQuantity
                guard case .number(let number) = value, let whole = Int(exactly: number), (0...largest).contains(whole) else {
                    problems.append(
                        .init(
                            field: field, english: "must be a whole number from 0 to \(largest)",
                            spanish: "debe ser un número entero de 0 a \(largest)"))
                    return 0
                }
                return whole
            }
            quantity = count("quantity", required: true)
            tolerance = count("tolerance", required: false)
            let unit = object["unit"]?.string.flatMap(SiteOrderLine.Unit.init(rawValue:))
            if unit == nil {
                problems.append(
                    .init(
                        field: "unit",
                        english: "must be \"case\" or \"each\"", spanish: "debe ser \"case\" (caja) o \"each\" (unidad)"))
            }
            for key in object.keys.sorted() where !["quantity", "unit", "tolerance"].contains(key) {
                problems.append(
                    .init(field: key, english: "is not a field of an order line", spanish: "no es un campo de una línea"))
            }
            guard problems.isEmpty, let unit else { throw .invalid(problems) }
            self.unit = unit
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("api/v1/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: document))
        }
        let api = APIRoutes(
            router.group("api/v1").add(middleware: APIMiddleware(repository: repository, configuration: configuration)))
        api.get("windows", query: ["state"]) { request, context in try windows(request, context) }
        api.post("windows") { _, context in try openWindow(context) }
        api.get("windows/:window") { _, context in
            _ = try signedIn(context)
            return API.json(APIModels.Window(try window(context), now: try now()))
        }
        api.post("windows/:window/close") { _, context in try close(context) }
        api.get("windows/:window/board") { _, context in
            _ = try SiteAccess.staff(context.apiAccount)
            return try repository.reading { API.json(try board(try window(context))) }
        }
        api.post("windows/:window/consolidate") { _, context in try consolidate(context) }
        api.get("jobs/:job") { _, context in
            _ = try SiteAccess.staff(context.apiAccount)
            guard let id = context.parameters.get("job").flatMap(Int64.init), let job = try repository.job(Job.ID(id)) else {
                throw WebError.notFound
            }
            return API.json(APIModels.JobStatus(job, language: context.language))
        }
        api.post("windows/:window/receiving", query: ["file"]) { request, context in try receive(request, context) }
        api.get("windows/:window/workbooks") { _, context in
            _ = try SiteAccess.staff(context.apiAccount)
            let window = try window(context)
            return API.json(APIModels.WorkbookList(window: .init(window, now: try now()), workbooks: workbooks(window.id)))
        }
        api.get("windows/:window/workbooks/:file") { _, context in
            _ = try SiteAccess.staff(context.apiAccount)
            return try configuration.workbookDownload(try window(context).id, name: context.parameters.get("file") ?? "")
        }
        api.get("windows/:window/savings") { _, context in try savings(context) }
        APIMenuController(repository: repository, configuration: configuration).addRoutes(to: api)

        let order = "sites/:site/windows/:window/order"
        api.get(order) { _, context in
            try repository.reading {
                let (access, window) = try authorize(context, change: false)
                return try orderReply(access, window)
            }
        }
        api.put(order, query: ["file"]) { request, context in try replaceOrder(request, context) }
        api.put("\(order)/lines/:sku") { request, context in try setLine(request, context, remove: false) }
        api.delete("\(order)/lines/:sku") { request, context in try setLine(request, context, remove: true) }
        api.post("\(order)/submit") { request, context in
            let (access, window) = try authorize(context, change: true)
            try repository.submitOrder(
                site: access.site.id, window: window.id, actor: access.account.username, now: try now(),
                basedOn: try API.ifMatch(request))
            return try orderReply(access, window)
        }
        api.get("sites/:site/windows/:window/allocation") { _, context in
            try repository.reading {
                let (access, window) = try authorize(context, change: false)
                return API.json(
                    APIModels.Allocation(
                        site: access.site, window: window,
                        invoice: try repository.siteInvoice(window: window.id, site: access.site.id), now: try now(),
                        language: context.language))
            }
        }
        api.refuseUndeclaredMethods()
    }

    // MARK: - Shared

    private func now() throws -> LocalDateTime { try repository.localDateTime(at: configuration.now()) }

    private func signedIn(_ context: WebContext) throws -> Account {
        guard let account = context.apiAccount else { throw APIError.unauthorized }
        return account
    }

    private func window(_ context: WebContext) throws -> OrderWindow {
        try repository.existingWindow(context.parameters.get("window"))
    }

    /// The site rule first, as on the pages: another site's director learns nothing, not even
    /// whether the window exists.
    private func authorize(_ context: WebContext, change: Bool) throws -> (SiteAccess, OrderWindow) {
        let access = try repository.siteAccess(context, changing: change ? .order : .nothing)
        return (access, try window(context))
    }

    private func object(_ context: WebContext, fields: Set<String>? = nil, emptyAllowed: Bool = false) throws
        -> [String: JSONValue]
    {
        try API.object(context.apiBody, fields: fields, emptyAllowed: emptyAllowed)
    }

    private func workbooks(_ window: OrderWindow.ID) -> [APIModels.Workbook] {
        configuration.workbookFiles(window).map {
            APIModels.Workbook(name: $0, url: "\(API.root)/windows/\(window)/workbooks/\($0)")
        }
    }

    /// The name problems in an uploaded CSV are reported under: `?file=`, else `fallback`.
    private func fileName(_ request: Request, _ fallback: String) -> String {
        let given = request.uri.queryParameters["file"].map(String.init) ?? ""
        return given.isEmpty ? fallback : given
    }

    // MARK: - Directors

    /// The order with the `ETag` of its version, for a client to send back as `If-Match`.
    private func orderReply(_ access: SiteAccess, _ window: OrderWindow) throws -> Response {
        let now = try now()
        let order = try repository.siteOrder(window: window.id, site: access.site.id)
        let body = APIModels.Order(
            site: access.site, window: window, canChange: access.mayChangeOrder(in: window, at: now),
            submittedAt: order.submittedAt, lines: order.lines,
            products: try repository.products(window: window, ids: Set(order.lines.map(\.product))), now: now)
        return API.tagged(API.json(body), order.version)
    }

    private func setLine(_ request: Request, _ context: WebContext, remove: Bool) throws -> Response {
        let (access, window) = try authorize(context, change: false)
        let now = try now()
        let buyer = try access.lineChanger(in: window, at: now)
        let sku = context.parameters.get("sku") ?? ""
        let input =
            remove
            ? LineInput(quantity: 0, unit: .case, tolerance: 0)
            : try LineInput(try object(context))
        try repository.setOrderLine(
            site: access.site.id, window: window.id, sku: sku, quantity: input.quantity, unit: input.unit,
            tolerance: input.tolerance, now: now, buyer: buyer, source: "API", basedOn: try API.ifMatch(request))
        return try orderReply(access, window)
    }

    private func replaceOrder(_ request: Request, _ context: WebContext) throws -> Response {
        let (access, window) = try authorize(context, change: true)
        let file = fileName(request, "order.csv")
        _ = try repository.importOrders(
            csv: try UserText.decode(context.apiBody, file: file), file: file,
            window: window.id, now: try now(), buyer: nil, site: access.site.id, basedOn: try API.ifMatch(request))
        return try orderReply(access, window)
    }

    // MARK: - The buyer

    private func windows(_ request: Request, _ context: WebContext) throws -> Response {
        _ = try signedIn(context)
        let now = try now()
        var windows = try repository.windows()
        if let state = request.uri.queryParameters["state"].map(String.init) {
            guard OrderWindow.State(rawValue: state) != nil else {
                let states = OrderWindow.State.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError.invalid([
                    APIProblem(field: "state", english: "must be one of \(states)", spanish: "debe ser uno de \(states)")
                ])
            }
            windows = windows.filter { $0.state.rawValue == state }
        }
        return API.json(APIModels.WindowList(windows: windows.map { .init($0, now: now) }))
    }

    private func openWindow(_ context: WebContext) throws -> Response {
        _ = try SiteAccess.staff(context.apiAccount)
        let body = try object(context, fields: ["delivery", "cutoff"])
        let deliveryText = body["delivery"]?.string
        let cutoffText = body["cutoff"]?.string
        let delivery = deliveryText.flatMap(CalendarDate.init(parsing:))
        let cutoff = cutoffText.flatMap(LocalDateTime.init(parsing:))
        var problems: [APIProblem] = []
        if delivery == nil {
            problems.append(
                .init(field: "delivery", english: "must be a date, YYYY-MM-DD", spanish: "debe ser una fecha, AAAA-MM-DD"))
        }
        if cutoff == nil {
            problems.append(
                .init(
                    field: "cutoff", english: "must be a local date and time, YYYY-MM-DDTHH:MM",
                    spanish: "debe ser una fecha y hora local, AAAA-MM-DDTHH:MM"))
        }
        guard let delivery, let cutoff else { throw APIError.invalid(problems) }
        let opened = try repository.openWindow(delivery: delivery, cutoff: cutoff)
        return API.json(APIModels.Window(opened, now: try now()), status: .created)
    }

    private func close(_ context: WebContext) throws -> Response {
        let account = try SiteAccess.staff(context.apiAccount)
        let window = try window(context)
        let body = try object(context, fields: ["force"], emptyAllowed: true)
        var force = false
        if let value = body["force"] {
            guard case .bool(let flag) = value else {
                throw APIError.invalid([
                    APIProblem(field: "force", english: "must be true or false", spanish: "debe ser true o false")
                ])
            }
            force = flag
        }
        let closed = try repository.closeWindow(window.id, now: try now(), force: force, actor: account.username)
        return API.json(APIModels.Window(closed, now: try now()))
    }

    private func board(_ window: OrderWindow) throws -> APIModels.Board {
        let board = try repository.windowBoard(window, page: 1, sitesPerPage: nil, consolidation: nil)
        let (sites, consolidation) = (board.sites.shown, board.consolidation)
        // The board has top-ups only while the window is open, when topping up still helps.
        let topUps = board.topUps.map {
            APIModels.TopUp(
                sku: $0.product.sku, description: $0.product.description, pack: $0.product.pack.description,
                ordered: .init(value: $0.orderedEaches, unit: "each"), tolerance: .init(value: $0.tolerance, unit: "each"),
                toFill: .init(value: $0.eachesToFill, unit: "each"), ifNotFilled: $0.remainder?.rawValue)
        }
        return APIModels.Board(
            window: .init(window, now: try now()), submitted: board.sites.submittedCount,
            sites: sites.map {
                APIModels.BoardSite(
                    site: .init(id: $0.id, name: $0.name), lines: $0.lines, submittedAt: $0.submittedAt.map(APIModels.iso))
            },
            topUps: topUps, consolidated: consolidation != nil,
            invoices: APIModels.invoices(
                consolidation?.invoices ?? [], names: Dictionary(uniqueKeysWithValues: sites.map { ($0.id, $0.name) })),
            workbooks: workbooks(window.id))
    }

    /// Starts the consolidation as a job and answers 202 at once, with the job's address to follow.
    private func consolidate(_ context: WebContext) throws -> Response {
        let account = try SiteAccess.staff(context.apiAccount)
        let window = try window(context)
        guard window.state >= .closed else { throw CycleError.windowStillOpen(window) }
        let (now, directory, language) = (try now(), configuration.workbooks(window.id), context.language)
        let job = try jobs.start(.consolidate, window: window.id, actor: account.username) { progress in
            _ = try repository.consolidateWeek(
                window: window.id, actor: account.username, now: now, directory: directory, language: language,
                progress: progress)
        }
        var response = API.json(APIModels.JobStatus(job, language: language), status: .accepted)
        response.headers[.location] = "/api/v1/jobs/\(job.id)"
        return response
    }

    /// Records receiving and consolidates again: at once by default, or, for a client that sends
    /// `Prefer: respond-async` (RFC 7240), checked at once and then run as a job, answered 202 like
    /// a consolidation, since the week's consolidation takes seconds for a statewide alliance.
    private func receive(_ request: Request, _ context: WebContext) throws -> Response {
        let account = try SiteAccess.staff(context.apiAccount)
        let window = try window(context)
        let now = try now()
        let file = fileName(request, "receiving.csv")
        let csv = try UserText.decode(context.apiBody, file: file)
        let (directory, language) = (configuration.workbooks(window.id), context.language)
        let preferences = request.headers[values: .init("Prefer")!].flatMap { $0.split(separator: ",") }
        if preferences.contains(where: { String($0).trimmingCharacters(in: .whitespaces).lowercased() == "respond-async" }) {
            try repository.checkReceipts(csv: csv, file: file, window: window.id)
            let job = try jobs.start(.receive, window: window.id, actor: account.username) { progress in
                _ = try repository.receiveWeek(
                    csv: csv, file: file, window: window.id, actor: account.username, now: now, directory: directory,
                    language: language, progress: progress)
            }
            var response = API.json(APIModels.JobStatus(job, language: language), status: .accepted)
            response.headers[.location] = "/api/v1/jobs/\(job.id)"
            response.headers[.init("Preference-Applied")!] = "respond-async"
            return response
        }
        let (receipts, week) = try repository.receiveWeek(
            csv: csv, file: file, window: window.id, actor: account.username, now: now, directory: directory,
            language: language, progress: { _ in })
        let current = try repository.window(window.id) ?? window
        return API.json(
            APIModels.Received(
                window: .init(current, now: now), receipts: receipts.count,
                invoices: APIModels.invoices(
                    week.consolidation.invoices.map(\.totals),
                    names: Dictionary(uniqueKeysWithValues: week.sites.map { ($0.id, $0.name) })),
                workbooks: workbooks(window.id)))
    }

    private func savings(_ context: WebContext) throws -> Response {
        _ = try SiteAccess.staff(context.apiAccount)
        let window = try window(context)
        // The invoices' totals, one row per site, not the whole consolidation rebuilt.
        guard let summary = try repository.consolidationSummary(window: window.id) else {
            throw StoreError.noConsolidation(delivery: window.delivery)
        }
        let sites = Dictionary(uniqueKeysWithValues: try repository.sites().map { ($0.id, $0) })
        var rows: [APIModels.SiteSavings] = []
        var (standalone, group) = (Money.zero, Money.zero)
        for invoice in summary.invoices {
            guard let site = sites[invoice.site] else { continue }
            let groupCost = invoice.goods + invoice.fees
            standalone += invoice.standaloneCost
            group += groupCost
            rows.append(
                .init(
                    site: .init(site), standaloneCost: .init(invoice.standaloneCost), groupCost: .init(groupCost),
                    savings: .init(invoice.savings)))
        }
        return API.json(
            APIModels.Savings(
                window: .init(window, now: try now()), sites: rows,
                total: .init(standaloneCost: .init(standalone), groupCost: .init(group), savings: .init(standalone - group))))
    }
}
