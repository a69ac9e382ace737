import ComalCore
import ComalSheets
import ComalStore
import ComalWeek
import Hummingbird

/// One window for the buyer: the board of sites, what would fill each product's last case, the
/// steps of the week in order, the workbooks and the invoices.
struct WindowPage: Page {
    static let template = "window"

    struct SiteRow: Sendable, Encodable {
        var id, name, orderPath: String
        var lines: Int
        var submittedAt: String?
    }

    /// A group of top-ups the board names and links to on the top-ups page.
    struct TopUpLink: Sendable, Encodable {
        var summary, path: String
    }

    struct Invoice: Sendable, Encodable {
        var site, goods, fees, credits, total, savings: String
    }

    struct Workbook: Sendable, Encodable {
        var name, path: String
    }

    /// A statewide alliance's board is too long for one page (and to render at once): it shows
    /// `sitesPerPage` sites at a time, with those sites' invoices and invoice workbooks.
    static let sitesPerPage = 100

    /// A short list of what needs action is shown on the board; a longer one is a link, like the
    /// part and full cases, so the board of sites stays in reach on a phone.
    static let shortTopUpsShown = 10

    /// Where the buyer is in a board of more than one page.
    struct Pagination: Sendable, Encodable {
        var summary: String
        var previousPath, nextPath: String?
    }

    var chrome: Chrome
    var delivery, cutoff, state, countdown, basePath: String
    var isOpen, beforeCutoff, canConsolidate, canReceive: Bool
    var submittedCount, siteCount: Int
    var sites: [SiteRow]
    /// Nil when every site fits on one page.
    var pagination: Pagination?
    /// Products the sites would go short of unless they top up, when there are few enough to act
    /// on here; the other groups (and a long list of these) are links to the top-ups page.
    var shortTopUps: TopUpGroups.Group?
    var topUpLinks: [TopUpLink]
    var hasTopUps: Bool
    var invoices: [Invoice]
    var hasInvoices: Bool
    var workbooks: [Workbook]
    var hasWorkbooks: Bool
    /// The delivery routes of the week, planned once it is consolidated.
    var routesPath: String
    /// The lots that arrived, recorded once the week is consolidated.
    var lotsPath: String
    var notice: String?
    /// What the upgrade set aside from this window, and why, for the buyer to have it ordered again.
    var setAsideSummary: String?
    var setAside: [String]
    var problems: [String]
    var hasProblems: Bool
    /// What arrived, line by line, once the week is consolidated.
    var checklist: [ReceivingChecklist.Row]
    var checklistCount: Int
    /// Open while the week waits for its delivery, or when it comes back refused with what was typed.
    var checklistOpen: Bool

    init(
        board: WindowBoard, setAside: [SetAsideOrderLine], workbooks: [String], clock: AllianceClock, notice: String?,
        problems: [String], checklistForm: FormData? = nil, context: WebContext
    ) {
        let (window, consolidation) = (board.window, board.consolidation)
        let language = context.language
        let t = Labels.of(language)
        delivery = LocalizedFormat.date(window.delivery, language)
        chrome = Chrome(title: "\(t.delivery) · \(delivery)", context: context)
        cutoff = LocalizedFormat.dateTime(window.cutoff, language)
        state = t.state(window.state)
        countdown = LocalizedFormat.countdown(to: window.cutoff, on: clock, language)
        basePath = "/buyer/windows/\(window.id)"
        isOpen = window.state == .open
        // While sites still order, the board reloads itself every minute.
        chrome.refreshSeconds = isOpen ? 60 : nil
        beforeCutoff = clock.now <= window.cutoff
        canConsolidate = window.state >= .closed
        canReceive = consolidation != nil
        let (sites, skipped, siteCount) = (board.sites.shown, board.sites.skipped, board.sites.siteCount)
        let current = skipped / Self.sitesPerPage + 1
        pagination =
            siteCount <= Self.sitesPerPage
            ? nil
            : Pagination(
                summary: Labels.sitesShown(skipped + 1...skipped + sites.count, of: siteCount).text(in: language),
                previousPath: current > 1 ? "\(basePath)?page=\(current - 1)" : nil,
                nextPath: skipped + sites.count < siteCount ? "\(basePath)?page=\(current + 1)" : nil)
        self.sites = sites.map {
            SiteRow(
                id: $0.id.rawValue, name: $0.name, orderPath: "/sites/\($0.id)/windows/\(window.id)/order", lines: $0.lines,
                submittedAt: $0.submittedAt.map { LocalizedFormat.dateTime($0, language) })
        }
        submittedCount = board.sites.submittedCount
        self.siteCount = siteCount
        let topUps = TopUpGroups(board.topUps, language: language)
        let (shown, topUpsPath) = (topUps.short.flatMap { $0.rows.count <= Self.shortTopUpsShown ? $0 : nil }, "\(basePath)/top-ups")
        shortTopUps = shown
        topUpLinks = [shown == nil ? topUps.short : nil, topUps.bought, topUps.full].compactMap(\.self).map {
            TopUpLink(summary: $0.summary, path: "\(topUpsPath)#\($0.anchor)")
        }
        // The board has top-ups only while the window is open, when topping up still helps.
        hasTopUps = !topUps.groups.isEmpty
        let names = Dictionary(uniqueKeysWithValues: sites.map { ($0.id, $0.name) })
        // The invoices of the sites on this page.
        invoices = (consolidation?.invoices ?? []).compactMap { invoice in
            names[invoice.site].map { name in
                Invoice(
                    site: name, goods: invoice.goods.formatted, fees: invoice.fees.formatted,
                    credits: (-invoice.credits).formatted, total: invoice.total.formatted, savings: invoice.savings.formatted)
            }
        }
        hasInvoices = !invoices.isEmpty
        // The week's workbooks, and the invoices of the sites on this page.
        let shownInvoiceFiles = Set(sites.map { SheetFileName.invoice(for: $0.id) })
        self.workbooks = workbooks.filter { !SheetFileName.isInvoice($0) || shownInvoiceFiles.contains($0) }.map {
            Workbook(name: $0, path: "/buyer/windows/\(window.id)/workbooks/\($0)")
        }
        hasWorkbooks = !self.workbooks.isEmpty
        routesPath = "/buyer/windows/\(window.id)/routes"
        lotsPath = "/buyer/windows/\(window.id)/lots"
        self.notice = notice
        setAsideSummary = setAside.isEmpty ? nil : Labels.setAsideSummary(setAside.count).text(in: language)
        self.setAside = setAside.map { Labels.setAsideLine($0).text(in: language) }
        self.problems = problems
        hasProblems = !problems.isEmpty
        checklist =
            consolidation.map { ReceivingChecklist(bought: $0.bought, form: checklistForm, language: language).rows } ?? []
        checklistCount = checklist.count
        checklistOpen = checklistForm != nil || window.state == .ordered
    }

    /// The confirmation after a step (`?done=closed`), in the reader's language.
    static func notice(after parameters: Parameters, _ t: Labels) -> String? {
        let windowNotices: [Notice] = [.windowOpened, .windowClosed, .windowConsolidated, .windowReceived]
        return windowNotices.first { parameters["done"].map(String.init) == $0.rawValue }?.text.text(in: t.language)
    }
}
