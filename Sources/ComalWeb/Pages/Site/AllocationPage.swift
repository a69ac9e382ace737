import ComalCore

/// What a site got of one week and why, and its invoice: each line's allocation next to the order,
/// with the reasons in the reader's language.
struct AllocationPage: Page {
    static let template = "allocation"

    struct Line: Sendable, Encodable {
        var sku, description, supplier, cost: String
        var credit: String?
        var ordered, allocated: Int
        var differs: Bool
        var reasons: [String]
    }

    var chrome: Chrome
    var siteName, siteID, delivery, state: String
    var consolidated: Bool
    var lines: [Line]
    var goods, fees, credits, total, savings: String

    /// `invoice` is nil before the window is consolidated (or when the site ordered nothing in it).
    init(site: Site, window: OrderWindow, invoice: SiteInvoice?, context: WebContext) {
        let language = context.language
        let t = Labels.of(language)
        chrome = Chrome(title: "\(t.allocationTitle) · \(site.name)", context: context)
        siteName = site.name
        siteID = site.id.rawValue
        delivery = LocalizedFormat.date(window.delivery, language)
        state = t.state(window.state)
        consolidated = invoice != nil
        lines = (invoice?.lines ?? []).map { line in
            let allocation = line.allocation
            return Line(
                sku: line.product.sku, description: line.product.description, supplier: line.supplier.name,
                cost: allocation.cost.formatted, credit: allocation.credit == .zero ? nil : (-allocation.credit).formatted,
                ordered: allocation.orderedEaches, allocated: allocation.allocatedEaches,
                differs: allocation.allocatedEaches != allocation.orderedEaches,
                reasons: allocation.reasons.map { $0.explanation.text(in: language) })
        }
        goods = (invoice?.goodsTotal ?? .zero).formatted
        fees = (invoice?.feeTotal ?? .zero).formatted
        credits = (-(invoice?.creditTotal ?? .zero)).formatted
        total = (invoice?.total ?? .zero).formatted
        savings = (invoice?.savings ?? .zero).formatted
    }
}
