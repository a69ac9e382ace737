import ComalCore
import ComalStore
import Hummingbird

/// The director's order for one window: the lines with their running total, the catalog search, the
/// CSV upload and the submit button, all computed here so the page needs no script.
struct OrderPage: Page {
    static let template = "order"
    /// How many search results one page lists.
    static let searchLimit = 40

    struct Line: Sendable, Encodable {
        var sku, description, pack, estimate: String
        var quantity, tolerance: Int
        var isCase: Bool
    }

    struct Match: Sendable, Encodable {
        var sku, description, pack, casePrice: String
        var eachPrice: String?
        /// A one-piece case (a 50-lb sack) is ordered in cases only.
        var splittable: Bool
    }

    /// A menu the director may suggest the order from, with the week a blank field means.
    struct MenuChoice: Sendable, Encodable {
        var id, name: String
        var defaultWeek: Int
        var selected: Bool
    }

    /// The explanation of a suggestion just applied: what was chosen and why, and what was not.
    struct Suggestion: Sendable, Encodable {
        /// One part of the explanation, folded when long so the order itself stays in reach on a
        /// phone: the list of chosen products starts closed, the few foods no catalog offers open.
        struct Part: Sendable, Encodable {
            var title: String
            var items: [String]
            var count: Int
            var open: Bool
        }

        var heading: String
        var parts: [Part]
        var total: String
        /// The menu and week suggested from, which the stock form posts again.
        var menu: String
        var week: Int
        var stockRows: [StockOnHandForm.Row]
        var stockCount: Int
        var hasStock: Bool
        var stockOpen: Bool

        init(
            heading: String, sections: [SuggestedOrderText.Section], total: String, menu: String, week: Int,
            stock: StockOnHandForm
        ) {
            self.heading = heading
            parts = sections.map { section in
                Part(title: section.title, items: section.items, count: section.items.count, open: section.items.count <= 10)
            }
            self.total = total
            self.menu = menu
            self.week = week
            stockRows = stock.rows
            stockCount = stock.rows.count
            hasStock = !stock.rows.isEmpty
            stockOpen = stock.entered
        }
    }

    var chrome: Chrome
    var m: MenuLabels
    var menus: [MenuChoice]
    var canSuggest: Bool
    var suggestion: Suggestion?
    var siteName, siteID, delivery, cutoff, countdown: String
    var basePath: String
    /// The lines and the catalog search are editable: the director's while directors order, the buyer's after.
    var canChange: Bool
    /// Uploading and submitting are the director's, while directors order.
    var canSubmit: Bool
    /// The site's standing orders by name, to start the week from one.
    var standingOrders: [String]
    var hasStandingOrders: Bool
    /// The buyer is changing the order after the cutoff, so the page says the change is audited.
    var lateChange: Bool
    var open: Bool
    var submittedAt: String?
    var lines: [Line]
    var hasLines: Bool
    var total: String
    var query: String
    var searched: Bool
    var matches: [Match]
    var notice: String?
    var problems: [String]
    var hasProblems: Bool
    /// The order's version as this page shows it, posted back by every form that changes the order.
    var version: String

    init(
        access: SiteAccess, window: OrderWindow, products: [Product], lines orderLines: [SiteOrderLine],
        submittedAt: LocalDateTime?, clock: AllianceClock, query: String?, notice: String?, problems: [String],
        version: ContentVersion, menus: [MenuChoice] = [], suggestion: Suggestion? = nil, standingOrders: [String] = [],
        context: WebContext
    ) {
        self.version = version.rawValue
        let language = context.language
        let t = Labels.of(language)
        m = MenuLabels(language)
        self.menus = menus
        self.suggestion = suggestion
        chrome = Chrome(title: "\(t.orderTitle) · \(access.site.name)", context: context)
        siteName = access.site.name
        siteID = access.site.id.rawValue
        delivery = LocalizedFormat.date(window.delivery, language)
        cutoff = LocalizedFormat.dateTime(window.cutoff, language)
        countdown = LocalizedFormat.countdown(to: window.cutoff, on: clock, language)
        basePath = "/sites/\(access.site.id)/windows/\(window.id)/order"
        open = window.acceptsDirectorOrders(at: clock.now)
        canChange = access.mayChangeOrder(in: window, at: clock.now)
        canSubmit = access.canChange && open
        self.standingOrders = standingOrders
        hasStandingOrders = !standingOrders.isEmpty
        lateChange = canChange && access.isStaff
        canSuggest = canSubmit && !menus.isEmpty
        self.submittedAt = submittedAt.map { LocalizedFormat.dateTime($0, language) }
        let estimate = OrderEstimate(orderLines, products: products)
        lines = estimate.lines.map { priced in
            let (line, product) = (priced.line, priced.product)
            return Line(
                sku: product.sku, description: product.description, pack: product.pack.description,
                estimate: priced.estimate.formatted, quantity: line.quantity, tolerance: line.tolerance,
                isCase: line.unit == .case)
        }
        hasLines = !lines.isEmpty
        total = estimate.total.formatted
        let trimmed = Self.searchTerm(query)
        self.query = trimmed
        searched = !trimmed.isEmpty
        matches =
            trimmed.isEmpty
            ? []
            : products.filter {
                $0.sku.localizedCaseInsensitiveContains(trimmed) || $0.description.localizedCaseInsensitiveContains(trimmed)
            }.prefix(Self.searchLimit).map {
                Match(
                    sku: $0.sku, description: $0.description, pack: $0.pack.description, casePrice: $0.casePrice.formatted,
                    eachPrice: $0.eachPrice?.formatted, splittable: $0.pack.eachesPerCase > 1)
            }
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }

    /// What the catalog search looks for; empty when there is no search.
    static func searchTerm(_ query: String?) -> String { (query ?? "").trimmingCharacters(in: .whitespaces) }

    /// The confirmation a redirect after a change asks for (`?saved=1`), in the reader's language.
    static func notice(after parameters: Parameters, _ t: Labels) -> String? {
        [Notice.orderSaved, .orderUploaded, .orderSubmitted].first { parameters[Substring($0.rawValue)] != nil }?.text
            .text(in: t.language)
    }
}
