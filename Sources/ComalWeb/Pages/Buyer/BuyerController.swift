import ComalCore
import ComalStore
import ComalWeek
import Foundation
import Hummingbird

/// The buyer's pages: open and close windows, watch which sites have submitted, consolidate,
/// download the workbooks and record receiving. The alliance's admin may do the same.
struct BuyerController<Repository: BuyerRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration
    let jobs: JobRunner<Repository>

    /// The open-a-window form: a delivery day and a local cutoff.
    struct NewWindow {
        var delivery: CalendarDate
        var cutoff: LocalDateTime

        init(_ form: FormData) throws(FormError) {
            let deliveryText = try form.text("delivery")
            let cutoffText = "\(try form.text("cutoff_date")) \(try form.text("cutoff_time"))"
            guard let delivery = CalendarDate(parsing: deliveryText) else {
                throw .notADate(field: "delivery", value: deliveryText)
            }
            guard let cutoff = LocalDateTime(parsing: cutoffText) else { throw .notADate(field: "cutoff", value: cutoffText) }
            self.delivery = delivery
            self.cutoff = cutoff
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        let buyer = router.group("buyer")
        buyer.get("") { _, context in
            _ = try staff(context)
            return try homePage(context)
        }
        buyer.post("windows") { _, context in try openWindow(context) }
        buyer.get("backup") { _, context in
            _ = try staff(context)
            return try backup()
        }
        buyer.get("export.zip") { _, context in
            _ = try staff(context)
            let today = try repository.localDateTime(at: configuration.now()).date
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/zip", .contentDisposition: "attachment; filename=\"comal-export-\(today).zip\"",
                    .cacheControl: "no-store",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: try repository.exportArchive())))
        }
        buyer.get("windows/:window") { request, context in
            _ = try staff(context)
            let notice = WindowPage.notice(after: request.uri.queryParameters, Labels.of(context.language))
            let page = try Self.boardPage(request.uri.queryParameters["page"])
            return try repository.reading { try windowPage(try window(context), context, notice: notice, page: page) }
        }
        buyer.get("windows/:window/top-ups") { _, context in
            _ = try staff(context)
            return try repository.reading {
                let window = try window(context)
                return try renderer.render(TopUpsPage(window: window, topUps: try repository.caseTopUps(window), context: context))
            }
        }
        buyer.post("windows/:window/close") { _, context in
            let (account, window) = (try staff(context), try window(context))
            return try change(window, context) { now in
                _ = try repository.closeWindow(window.id, now: now, force: context.form["force"] == "1", actor: account.username)
                return "closed"
            }
        }
        // Consolidating runs as a job: the buyer follows its progress on the job's page.
        buyer.post("windows/:window/consolidate") { _, context in
            let (account, window) = (try staff(context), try window(context))
            let (directory, language) = (workbooks(window.id), context.language)
            return try change(window, context, goingTo: { "/buyer/jobs/\($0)" }) { now in
                guard window.state >= .closed else { throw CycleError.windowStillOpen(window) }
                let job = try jobs.start(.consolidate, window: window.id, actor: account.username) { progress in
                    _ = try repository.consolidateWeek(
                        window: window.id, actor: account.username, now: now, directory: directory, language: language,
                        progress: progress)
                }
                return "\(job.id)"
            }
        }
        buyer.get("jobs/:job") { _, context in
            _ = try staff(context)
            guard let id = context.parameters.get("job").flatMap(Int64.init), let job = try repository.job(Job.ID(id)) else {
                throw WebError.notFound
            }
            if job.state == .done, let window = job.window {
                switch job.kind {
                case .planRoutes: return Response.redirect(to: "/buyer/windows/\(window)/routes?done=\(Notice.routesPlanned.rawValue)")
                case .receive: return Response.redirect(to: "/buyer/windows/\(window)?done=\(Notice.windowReceived.rawValue)")
                case .consolidate:
                    return Response.redirect(to: "/buyer/windows/\(window)?done=\(Notice.windowConsolidated.rawValue)")
                case .planMenu: break
                }
            }
            return try renderer.render(JobPage(job, context: context))
        }
        // Receiving consolidates the week again: checked at once, then recorded as a job the buyer
        // follows, like a consolidation.
        buyer.post("windows/:window/receiving") { _, context in
            let (account, window) = (try staff(context), try window(context))
            let (directory, language) = (workbooks(window.id), context.language)
            return try change(window, context, goingTo: { "/buyer/jobs/\($0)" }) { now in
                let file = try context.form.file("file")
                let csv = try UserText.decode(file.data, file: file.filename)
                try repository.checkReceipts(csv: csv, file: file.filename, window: window.id)
                let job = try jobs.start(.receive, window: window.id, actor: account.username) { progress in
                    _ = try repository.receiveWeek(
                        csv: csv, file: file.filename, window: window.id, actor: account.username, now: now,
                        directory: directory, language: language, progress: progress)
                }
                return "\(job.id)"
            }
        }
        buyer.post("windows/:window/receiving/checklist") { _, context in try receiveChecklist(context) }
        // Catch-weight products' pounds: checked at once, then recorded as a job, as receiving is.
        buyer.post("windows/:window/weights") { _, context in
            let (account, window) = (try staff(context), try window(context))
            let (directory, language) = (workbooks(window.id), context.language)
            return try change(window, context, goingTo: { "/buyer/jobs/\($0)" }) { now in
                let file = try context.form.file("file")
                let csv = try UserText.decode(file.data, file: file.filename)
                try repository.checkWeights(csv: csv, file: file.filename, window: window.id)
                let job = try jobs.start(.receive, window: window.id, actor: account.username) { progress in
                    try repository.receiveWeights(
                        csv: csv, file: file.filename, window: window.id, actor: account.username, now: now,
                        directory: directory, language: language, progress: progress)
                }
                return "\(job.id)"
            }
        }
        buyer.get("windows/:window/workbooks/:file") { _, context in
            _ = try staff(context)
            return try download(try window(context), name: context.parameters.get("file") ?? "")
        }
    }

    /// The signed-in buyer or admin; anyone else is refused.
    private func staff(_ context: WebContext) throws(WebError) -> Account {
        try SiteAccess.staff(context.session?.account)
    }

    private func window(_ context: WebContext) throws -> OrderWindow {
        try repository.existingWindow(context.parameters.get("window"))
    }

    private func workbooks(_ window: OrderWindow.ID) -> String { configuration.workbooks(window) }

    private func homePage(_ context: WebContext, problems: [String] = [], status: HTTPResponse.Status = .ok) throws
        -> Response
    {
        let windows = try repository.windows()
        var submitted: [OrderWindow.ID: Int] = [:]
        for window in windows where window.state == .open {
            submitted[window.id] = try repository.submissions(window: window.id).count
        }
        let page = BuyerHomePage(
            windows: windows, submitted: submitted, siteCount: try repository.sites().count,
            savings: try repository.weeklySavings(site: nil), clock: try repository.allianceClock(at: configuration.now()),
            problems: problems, context: context)
        return try renderer.render(page, status: status)
    }

    /// The window page; a caller that has just read the week's consolidation passes it.
    private func windowPage(
        _ window: OrderWindow, _ context: WebContext, notice: String? = nil, problems: [String] = [],
        checklistForm: FormData? = nil, consolidation known: ConsolidationSummary? = nil, page: Int = 1,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let board = WindowPage(
            board: try repository.windowBoard(
                window, page: page, sitesPerPage: WindowPage.sitesPerPage, consolidation: known),
            setAside: try repository.setAsideLines(window: window.id), workbooks: workbookFiles(window.id),
            clock: try repository.allianceClock(at: configuration.now()), notice: notice, problems: problems,
            checklistForm: checklistForm, context: context)
        return try renderer.render(board, status: status)
    }

    private func openWindow(_ context: WebContext) throws -> Response {
        _ = try staff(context)
        let opened: OrderWindow
        do {
            let input = try NewWindow(context.form)
            opened = try repository.openWindow(delivery: input.delivery, cutoff: input.cutoff)
        } catch let error as FormError {
            return try homePage(context, problems: [Labels.of(context.language).explain(error)], status: .badRequest)
        } catch let error as StoreError {
            return try homePage(context, problems: [error.explanation.text(in: context.language)], status: .conflict)
        } catch let error as WindowDateError {
            return try homePage(context, problems: [error.explanation.text(in: context.language)], status: .unprocessableContent)
        }
        return .redirect(to: "/buyer/windows/\(opened.id)?done=opened")
    }

    /// Runs one step of the week; a refusal re-renders the window page with the reason and changes
    /// nothing. A refused file's problems are told by `importProblems` (file, line and column unless
    /// the step wrote the file itself), and a refused checklist comes back as it was typed.
    private func change(
        _ window: OrderWindow, _ context: WebContext, keeping checklistForm: FormData? = nil,
        consolidation known: ConsolidationSummary? = nil, importProblems: ((ImportError) -> [String])? = nil,
        goingTo destination: ((String) -> String)? = nil, _ step: (LocalDateTime) throws -> String
    ) throws -> Response {
        do {
            let done = try step(try repository.localDateTime(at: configuration.now()))
            return .redirect(to: destination?(done) ?? "/buyer/windows/\(window.id)?done=\(done)")
        } catch let error as ImportError {
            return try windowPage(
                window, context,
                problems: importProblems?(error) ?? error.problems.map { $0.text(in: context.language) },
                checklistForm: checklistForm, consolidation: known, status: .unprocessableContent)
        } catch let error as FormError {
            return try windowPage(window, context, problems: [Labels.of(context.language).explain(error)], status: .badRequest)
        } catch let error as any ExplainedError {
            return try windowPage(window, context, problems: [error.explanation.text(in: context.language)], status: .conflict)
        } catch let error as CycleError {
            return try windowPage(window, context, problems: [error.description], status: .conflict)
        } catch let error as ConsolidationError {
            return try windowPage(window, context, problems: [error.description], status: .conflict)
        }
        // Anything else (the database, a workbook that could not be written) is a fault of the
        // server: SessionMiddleware logs it and shows a page with a reference, never its text.
    }

    /// Records the receiving checklist through the receipts file path. A refusal names each product
    /// rather than a line of a file the buyer never saw, and keeps what was typed.
    private func receiveChecklist(_ context: WebContext) throws -> Response {
        let (account, window) = (try staff(context), try window(context))
        let language = context.language
        guard let consolidation = try repository.consolidationSummary(window: window.id) else {
            return try windowPage(
                window, context, problems: [StoreError.noConsolidation(delivery: window.delivery).explanation.text(in: language)],
                status: .conflict)
        }
        let (entries, refused) = ReceivingChecklist.entries(context.form, bought: consolidation.bought, language: language)
        guard refused.isEmpty else {
            return try windowPage(
                window, context, problems: refused, checklistForm: context.form, consolidation: consolidation,
                status: .unprocessableContent)
        }
        guard !entries.isEmpty else {
            return try windowPage(
                window, context, problems: [ReceivingLabels.nothingEntered.text(in: language)], consolidation: consolidation, status: .unprocessableContent)
        }
        let names = Dictionary(
            consolidation.bought.map { ($0.product.sku, $0.product.description) },
            uniquingKeysWith: { first, _ in first })
        // The store names entry i as line i + 2, as if under a file's header.
        let byProduct = { (error: ImportError) in
            error.problems.map { problem in
                let sku = entries.indices.contains(problem.line - 2) ? entries[problem.line - 2].sku : ""
                return "\(sku) \(names[sku] ?? ""): \(problem.message.text(in: language))"
            }
        }
        // A refused file changed nothing, so the consolidation read above is still the week's.
        let (source, directory) = ("receiving checklist", workbooks(window.id))
        return try change(
            window, context, keeping: context.form, consolidation: consolidation, importProblems: byProduct,
            goingTo: { "/buyer/jobs/\($0)" }
        ) { now in
            try repository.checkReceipts(entries, source: source, window: window.id)
            let job = try jobs.start(.receive, window: window.id, actor: account.username) { progress in
                _ = try repository.receiveWeek(
                    entries, source: source, window: window.id, actor: account.username, now: now, directory: directory,
                    language: language, progress: progress)
            }
            return "\(job.id)"
        }
    }

    private func workbookFiles(_ window: OrderWindow.ID) -> [String] { configuration.workbookFiles(window) }

    /// The board's page (`?page=`): 1 when not given; a page past the last shows the last.
    static func boardPage(_ given: Substring?) throws -> Int {
        guard let given else { return 1 }
        let largest = 999_999
        guard given.count <= 6, given.allSatisfy(\.isASCII), let page = Int(given), page >= 0 else {
            throw WebError.badForm(.notAWholeNumber(field: "page", value: String(given.prefix(40)), largest: largest))
        }
        return page
    }

    private func backup() throws -> Response {
        let today = try repository.localDateTime(at: configuration.now()).date
        return try configuration.backupDownload(named: "comal-backup-\(today).sqlite")
    }

    private func download(_ window: OrderWindow, name: String) throws -> Response {
        try configuration.workbookDownload(window.id, name: name)
    }
}

extension WebConfiguration {
    /// Where a window's workbooks are written and served from.
    func workbooks(_ window: OrderWindow.ID) -> String { "\(workbookDirectory)/window-\(window)" }

    /// The names of a window's workbooks, sorted.
    func workbookFiles(_ window: OrderWindow.ID) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workbooks(window))) ?? []
        return names.filter { $0.hasSuffix(".xlsx") }.sorted()
    }

    /// A workbook as a download; only names the folder lists are served, so no path can escape it.
    /// A backup of the whole database, made as `comal backup` makes one, as a download.
    func backupDownload(named name: String) throws -> Response {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("comal-backup-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try DatabaseBackup.make(from: databasePath, to: scratch)
        guard let data = FileManager.default.contents(atPath: scratch) else { throw WebError.notFound }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.sqlite3", .contentDisposition: "attachment; filename=\"\(name)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func workbookDownload(_ window: OrderWindow.ID, name: String) throws -> Response {
        guard workbookFiles(window).contains(name),
            let data = FileManager.default.contents(atPath: "\(workbooks(window))/\(name)")
        else { throw WebError.notFound }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename=\"\(name)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
