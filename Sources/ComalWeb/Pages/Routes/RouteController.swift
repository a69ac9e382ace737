import ComalCore
import ComalStore
import ComalWeek
import Foundation
import Hummingbird

/// The delivery day on the web: the buyer plans a window's routes as a job and follows them; a
/// driver opens their route on a phone and records each stop (`comal routes plan|status|event`).
struct RouteController<Repository: RouteRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration
    let jobs: JobRunner<Repository>

    /// The search times the plan form offers: longer finds shorter routes, to a point.
    static var searchSeconds: [Int] { [5, 10, 30, 60] }

    func addRoutes(to router: Router<WebContext>) {
        router.get("buyer/windows/:window/routes") { request, context in
            _ = try SiteAccess.staff(context.session?.account)
            let notice = request.uri.queryParameters["done"].flatMap { Notice(rawValue: String($0)) }
            return try routesPage(try window(context), context, notice: notice)
        }
        router.post("buyer/windows/:window/routes") { _, context in try plan(context) }
        router.post("buyer/windows/:window/routes/stops/:site/move") { _, context in try move(context) }
        router.get("buyer/windows/:window/routes/sheets/:file") { _, context in
            _ = try SiteAccess.staff(context.session?.account)
            return try sheet(try window(context), name: context.parameters.get("file") ?? "")
        }
        router.get("driver") { _, context in
            _ = try SiteAccess.driving(context.session?.account)
            return try driverHome(context)
        }
        router.get("driver/windows/:window/routes/:vehicle") { _, context in
            _ = try SiteAccess.driving(context.session?.account)
            return try driverRoute(try window(context), vehicle: context.parameters.get("vehicle") ?? "", context)
        }
        router.post("driver/windows/:window/routes/:vehicle/stops/:site") { _, context in try recordStop(context) }
    }

    private func window(_ context: WebContext) throws -> OrderWindow {
        try repository.existingWindow(context.parameters.get("window"))
    }

    /// Where a window's route sheets and map are written and served from.
    private func sheetDirectory(_ window: OrderWindow.ID) -> String { "\(configuration.workbooks(window))/routes" }

    private func sheetNames(_ window: OrderWindow.ID) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sheetDirectory(window))) ?? []
        return names.filter { $0.hasPrefix("route-") || $0 == "routes.svg" }.sorted()
    }

    private func stops(_ window: OrderWindow.ID) throws -> RouteStops {
        RouteStops(
            routes: try repository.plannedRoutes(window: window), stops: try repository.plannedStops(window: window),
            events: try repository.deliveryEvents(window: window), sites: try repository.sites(),
            consolidation: try repository.consolidation(window: window))
    }

    private func skus(_ window: OrderWindow.ID) throws -> [Product.ID: String] {
        Dictionary(try repository.products(window: window).map { ($0.id, $0.sku) }, uniquingKeysWith: { first, _ in first })
    }

    private func routesPage(
        _ window: OrderWindow, _ context: WebContext, notice: Notice? = nil, problems: [String] = [],
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try repository.reading {
            let consolidated = try repository.consolidation(window: window.id) != nil
            return try renderer.render(
                RoutesPage(
                    window: window, stops: try stops(window.id), skus: try skus(window.id), sheets: sheetNames(window.id),
                    vehicles: try repository.planFleet(window: window.id)?.vehicles ?? [],
                    consolidated: consolidated, notice: notice?.text.text(in: context.language), problems: problems,
                    context: context),
                status: status)
        }
    }

    /// Checks the vehicles file at once, then plans as a job the buyer follows.
    private func plan(_ context: WebContext) throws -> Response {
        let account = try SiteAccess.staff(context.session?.account)
        let window = try window(context)
        let language = context.language
        do {
            let upload = try context.form.file("vehicles")
            let name = upload.name
            let vehicles = try VehicleFile.parse(csv: try UserText.decode(upload.data, file: name), file: name)
            let seconds = try context.form.wholeNumber("seconds", largest: Self.searchSeconds.max()!, emptyValue: 10)
            guard Self.searchSeconds.contains(seconds) else { throw FormError.notAChoice(field: "seconds", value: "\(seconds)") }
            guard try repository.consolidation(window: window.id) != nil else {
                throw StoreError.noConsolidation(delivery: window.delivery)
            }
            let (directory, now) = (sheetDirectory(window.id), try repository.localDateTime(at: configuration.now()))
            let repository = self.repository
            let job = try jobs.start(.planRoutes, window: window.id, actor: account.username) { progress in
                // The search reports only while `planRoutes` runs: the progress never outlives it.
                try withoutActuallyEscaping(progress) { progress in
                    try repository.planRoutes(
                        window: window.id, vehicles: vehicles, timeLimit: .seconds(seconds), language: language,
                        directory: directory, actor: account.username, now: now, searching: SearchProgress(progress).heard)
                }
            }
            return .redirect(to: "/buyer/jobs/\(job.id)")
        } catch let error as FormError {
            return try routesPage(window, context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as ImportError {
            return try routesPage(window, context, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        } catch let error as any ExplainedError {
            return try routesPage(window, context, problems: [error.explanation.text(in: language)], status: .conflict)
        }
    }

    /// Moves a stop onto another vehicle's route; a move the route cannot take is explained and
    /// changes nothing.
    private func move(_ context: WebContext) throws -> Response {
        let account = try SiteAccess.staff(context.session?.account)
        let window = try window(context)
        let language = context.language
        let site = Site.ID(String((context.parameters.get("site") ?? "").prefix(64)))
        do {
            let vehicle = Vehicle.ID(try context.form.text("vehicle"))
            try repository.moveStop(
                site, to: vehicle, window: window.id, language: language, directory: sheetDirectory(window.id), actor: account.username,
                now: try repository.localDateTime(at: configuration.now()))
        } catch let error as FormError {
            return try routesPage(window, context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as StopReassignError {
            return try routesPage(window, context, problems: [error.explanation.text(in: language)], status: .unprocessableContent)
        } catch let error as DeliveryStepError {
            return try routesPage(window, context, problems: [error.description], status: .conflict)
        } catch let error as any ExplainedError {
            return try routesPage(window, context, problems: [error.explanation.text(in: language)], status: .conflict)
        }
        return .redirect(to: "/buyer/windows/\(window.id)/routes?done=\(Notice.stopMoved.rawValue)#stop-\(site)")
    }

    private func sheet(_ window: OrderWindow, name: String) throws -> Response {
        guard sheetNames(window.id).contains(name), let data = FileManager.default.contents(atPath: "\(sheetDirectory(window.id))/\(name)")
        else { throw WebError.notFound }
        let type =
            name.hasSuffix(".html")
            ? "text/html; charset=utf-8"
            : name.hasSuffix(".svg") ? "image/svg+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        var headers: HTTPFields = [.contentType: type]
        // Our own sheets and map, printed or looked at: their inline styles, never a script.
        headers[.init("Content-Security-Policy")!] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        if name.hasSuffix(".xlsx") { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The windows delivering from yesterday on that have routes, soonest first.
    private func driverHome(_ context: WebContext) throws -> Response {
        try repository.reading {
            let today = try repository.localDateTime(at: configuration.now()).date
            var days: [(OrderWindow, RouteStops)] = []
            var skus: [Product.ID: String] = [:]
            for window in try repository.windows().sorted(by: { $0.delivery < $1.delivery })
            where window.delivery.dayNumber >= today.dayNumber - 1 {
                let stops = try stops(window.id)
                guard !stops.routes.isEmpty else { continue }
                days.append((window, stops))
                skus.merge(try self.skus(window.id)) { first, _ in first }
            }
            return try renderer.render(DriverHomePage(days: days, skus: skus, context: context))
        }
    }

    private func driverRoute(
        _ window: OrderWindow, vehicle: String, _ context: WebContext, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try repository.reading {
            guard let route = try stops(window.id).routes.first(where: { $0.route.vehicle == vehicle }) else {
                throw WebError.notFound
            }
            return try renderer.render(
                DriverRoutePage(window: window, route: route, skus: try skus(window.id), problems: problems, context: context),
                status: status)
        }
    }

    /// Records arrived, delivered, or what was not kept; back to the stop on the route.
    private func recordStop(_ context: WebContext) throws -> Response {
        let account = try SiteAccess.driving(context.session?.account)
        let window = try window(context)
        let vehicle = context.parameters.get("vehicle") ?? ""
        let site = Site.ID(context.parameters.get("site") ?? "")
        let language = context.language
        guard try stops(window.id).routes.first(where: { $0.route.vehicle == vehicle })?.stops.contains(where: { $0.site.id == site })
            == true
        else { throw WebError.notFound }
        do {
            let kind = try context.form.choice("kind", DeliveryEvent.Kind.self)
            var goods: DeliveryDay.Goods?
            if kind == .exception {
                goods = DeliveryDay.Goods(
                    sku: try context.form.text("sku"), eaches: try context.form.wholeNumber("eaches", largest: SiteOrderLine.largestQuantity),
                    reason: try context.form.choice("reason", DeliveryException.Reason.self))
                guard goods!.eaches > 0 else { throw FormError.notAWholeNumber(field: "eaches", value: "0", largest: SiteOrderLine.largestQuantity) }
            }
            try repository.recordStop(
                kind, window: window.id, site: site, goods: goods, note: context.form["note"], actor: account.username,
                now: try repository.localDateTime(at: configuration.now()))
        } catch let error as FormError {
            return try driverRoute(window, vehicle: vehicle, context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as any ExplainedError {
            return try driverRoute(window, vehicle: vehicle, context, problems: [error.explanation.text(in: language)], status: .conflict)
        } catch let error as DeliveryStepError {
            return try driverRoute(window, vehicle: vehicle, context, problems: [error.description], status: .unprocessableContent)
        } catch let error as DeliveryStoreError {
            return try driverRoute(window, vehicle: vehicle, context, problems: [error.description], status: .conflict)
        }
        return .redirect(to: "/driver/windows/\(window.id)/routes/\(vehicle)#stop-\(site)")
    }
}

/// Hands the route search's time, heard on the solver's thread, to a job's progress as
/// milliseconds searched of the limit.
private final class SearchProgress: @unchecked Sendable {
    private let report: (JobProgress) throws -> Void
    private let lock = NSLock()

    init(_ report: @escaping (JobProgress) throws -> Void) { self.report = report }

    var heard: @Sendable (Duration, Duration) -> Void {
        { [self] searched, limit in
            lock.withLock {
                let (done, total) = (Int(searched / .milliseconds(1)), Int(limit / .milliseconds(1)))
                try? report(JobProgress(step: .searchingRoutes, done: min(done, total), total: total))
            }
        }
    }
}
