import ComalCore
import ComalStore

/// The lots recorded for a week, and the upload of the lots file.
struct LotsPage: Page {
    static let template = "lots"

    struct Row: Sendable, Encodable {
        var sku, description, lot, packDate: String
    }

    var chrome: Chrome
    var l: LotLabels
    var delivery, windowPath, path: String
    var rows: [Row]
    var hasRows: Bool
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(window: OrderWindow, lots: [ReceivedLot], notice: String?, problems: [String], context: WebContext) {
        let l = LotLabels(context.language)
        self.l = l
        delivery = LocalizedFormat.date(window.delivery, context.language)
        chrome = Chrome(title: "\(l.lotsTitle) · \(delivery)", context: context)
        windowPath = "/buyer/windows/\(window.id)"
        path = "/buyer/windows/\(window.id)/lots"
        rows = lots.map { Row(sku: $0.sku, description: $0.description, lot: $0.lot, packDate: $0.packDate?.description ?? "—") }
        hasRows = !rows.isEmpty
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}

/// Which sites got a recalled lot, week by week.
struct RecallPage: Page {
    static let template = "recall"

    struct Site: Sendable, Encodable {
        var id, name: String
        var eaches: Int
    }

    struct Week: Sendable, Encodable {
        var delivery, product, lot, packDate: String
        var otherLots: String?
        var sites: [Site]
    }

    var chrome: Chrome
    var l: LotLabels
    var lot: String
    var searched: Bool
    var weeks: [Week]
    var hasWeeks: Bool

    init(lot: String, found: [RecalledLot], siteNames: [ComalCore.Site.ID: String], context: WebContext) {
        let language = context.language
        let l = LotLabels(language)
        self.l = l
        chrome = Chrome(title: l.recallTitle, context: context)
        self.lot = lot
        searched = !lot.isEmpty
        weeks = found.map { hit in
            Week(
                delivery: LocalizedFormat.date(hit.delivery, language), product: "\(hit.sku) \(hit.description)", lot: hit.lot,
                packDate: hit.packDate?.description ?? "—",
                otherLots: hit.lotsThatWeek > 1 ? LotLabels.otherLots(hit.lotsThatWeek).text(in: language) : nil,
                sites: hit.sites.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                    Site(id: $0.key.rawValue, name: siteNames[$0.key] ?? "", eaches: $0.value)
                })
        }
        hasWeeks = !weeks.isEmpty
    }
}
