import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// What the lots pages read and change.
protocol LotRepository: WeekRepository {
    func recordLots(csv: String, file: String, window id: OrderWindow.ID, actor: String, now: LocalDateTime) throws -> Int
    func receivedLots(window id: OrderWindow.ID) throws -> [ReceivedLot]
    func recall(lot: String) throws -> [RecalledLot]
}

extension AppDatabase: LotRepository {}

/// The lots that arrived in a week, and the recall lookup: `comal lots record|recall` on the web.
struct LotsController<Repository: LotRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    func addRoutes(to router: Router<WebContext>) {
        router.get("buyer/windows/:window/lots") { request, context in
            _ = try SiteAccess.staff(context.session?.account)
            let notice = request.uri.queryParameters["done"].flatMap { Notice(rawValue: String($0)) }
            return try lotsPage(try window(context), context, notice: notice)
        }
        router.post("buyer/windows/:window/lots") { _, context in try record(context) }
        router.get("buyer/recall") { request, context in
            _ = try SiteAccess.staff(context.session?.account)
            let lot = String((request.uri.queryParameters["lot"] ?? "").prefix(60)).trimmingCharacters(in: .whitespaces)
            let sites = Dictionary(try repository.sites().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return try renderer.render(
                RecallPage(lot: lot, found: lot.isEmpty ? [] : try repository.recall(lot: lot), siteNames: sites, context: context))
        }
    }

    private func window(_ context: WebContext) throws -> OrderWindow {
        try repository.existingWindow(context.parameters.get("window"))
    }

    private func lotsPage(
        _ window: OrderWindow, _ context: WebContext, notice: Notice? = nil, problems: [String] = [],
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        try renderer.render(
            LotsPage(
                window: window, lots: try repository.receivedLots(window: window.id), notice: notice?.text.text(in: context.language),
                problems: problems, context: context),
            status: status)
    }

    private func record(_ context: WebContext) throws -> Response {
        let account = try SiteAccess.staff(context.session?.account)
        let window = try window(context)
        let language = context.language
        do {
            let upload = try context.form.file("file")
            let name = upload.name
            _ = try repository.recordLots(
                csv: try UserText.decode(upload.data, file: name), file: name, window: window.id, actor: account.username,
                now: try repository.localDateTime(at: configuration.now()))
        } catch let error as FormError {
            return try lotsPage(window, context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as ImportError {
            return try lotsPage(window, context, problems: error.problems.map { $0.text(in: language) }, status: .unprocessableContent)
        } catch let error as StoreError {
            return try lotsPage(window, context, problems: [error.explanation.text(in: language)], status: .conflict)
        }
        return .redirect(to: "/buyer/windows/\(window.id)/lots?done=\(Notice.lotsRecorded.rawValue)")
    }
}
