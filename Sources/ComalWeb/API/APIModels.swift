import ComalCore
import ComalStore

/// The JSON the API answers with, one type per schema of `Sources/ComalWeb/Static/openapi.yaml`: money as integer
/// cents with its formatted text, quantities with their unit, dates as ISO 8601 (`2026-11-30`; a
/// cutoff is the alliance's local time, `2026-11-25T17:00`).
enum APIModels {
    struct Amount: Codable, Sendable {
        var cents: Int
        var formatted: String
        init(_ money: Money) {
            cents = money.cents
            formatted = money.formatted
        }
    }

    struct Count: Codable, Sendable {
        var value: Int
        /// `case` or `each`.
        var unit: String
    }

    struct Window: Codable, Sendable {
        var id: Int64
        var delivery: String
        var cutoff: String
        var state: String
        /// Whether a director may still change orders (open and before the cutoff).
        var acceptsOrders: Bool

        init(_ window: OrderWindow, now: LocalDateTime) {
            id = window.id.rawValue
            delivery = window.delivery.description
            cutoff = APIModels.iso(window.cutoff)
            state = window.state.rawValue
            acceptsOrders = window.acceptsDirectorOrders(at: now)
        }
    }

    struct WindowList: Codable, Sendable {
        var windows: [Window]
    }

    struct SiteRef: Codable, Sendable {
        var id: String
        var name: String
        init(_ site: Site) {
            self.init(id: site.id, name: site.name)
        }

        init(id: Site.ID, name: String) {
            self.id = id.rawValue
            self.name = name
        }
    }

    struct OrderLine: Codable, Sendable {
        var sku, description, pack: String
        var quantity: Count
        var tolerance: Count
        var eaches: Int
        var estimate: Amount
    }

    struct Order: Codable, Sendable {
        var site: SiteRef
        var window: Window
        var canChange: Bool
        var submittedAt: String?
        var lines: [OrderLine]
        var total: Amount

        init(
            site: Site, window: OrderWindow, canChange: Bool, submittedAt: LocalDateTime?, lines orderLines: [SiteOrderLine],
            products: [Product], now: LocalDateTime
        ) {
            self.site = SiteRef(site)
            self.window = Window(window, now: now)
            self.canChange = canChange
            self.submittedAt = submittedAt.map(APIModels.iso)
            let estimate = OrderEstimate(orderLines, products: products)
            lines = estimate.lines.map { priced in
                let (line, product) = (priced.line, priced.product)
                return OrderLine(
                    sku: product.sku, description: product.description, pack: product.pack.description,
                    quantity: Count(value: line.quantity, unit: line.unit.rawValue),
                    tolerance: Count(value: line.tolerance, unit: "each"), eaches: line.eaches(in: product.pack),
                    estimate: Amount(priced.estimate))
            }
            total = Amount(estimate.total)
        }
    }

    struct Invoice: Codable, Sendable {
        var site: SiteRef
        var goods, fees, credits, total, standaloneCost, savings: Amount

        init(_ invoice: SiteInvoice.Totals, site: SiteRef) {
            self.site = site
            goods = Amount(invoice.goods)
            fees = Amount(invoice.fees)
            credits = Amount(invoice.credits)
            total = Amount(invoice.total)
            standaloneCost = Amount(invoice.standaloneCost)
            savings = Amount(invoice.savings)
        }
    }

    struct AllocationLine: Codable, Sendable {
        var sku, description, supplier: String
        var ordered, allocated, fromTolerance: Count
        var cost, credit: Amount
        /// Why the site got what it got, in the reader's language.
        var reasons: [String]
    }

    struct Allocation: Codable, Sendable {
        var site: SiteRef
        var window: Window
        var consolidated: Bool
        var lines: [AllocationLine]
        var invoice: Invoice?

        init(site: Site, window: OrderWindow, invoice: SiteInvoice?, now: LocalDateTime, language: Language) {
            self.site = SiteRef(site)
            self.window = Window(window, now: now)
            consolidated = invoice != nil
            lines = (invoice?.lines ?? []).map { line in
                let allocation = line.allocation
                return AllocationLine(
                    sku: line.product.sku, description: line.product.description, supplier: line.supplier.name,
                    ordered: Count(value: allocation.orderedEaches, unit: "each"),
                    allocated: Count(value: allocation.allocatedEaches, unit: "each"),
                    fromTolerance: Count(value: allocation.fromTolerance, unit: "each"), cost: Amount(allocation.cost),
                    credit: Amount(allocation.credit), reasons: allocation.reasons.map { $0.explanation.text(in: language) })
            }
            self.invoice = invoice.map { Invoice($0.totals, site: SiteRef(site)) }
        }
    }

    struct BoardSite: Codable, Sendable {
        var site: SiteRef
        var lines: Int
        var submittedAt: String?
    }

    struct TopUp: Codable, Sendable {
        var sku, description, pack: String
        var ordered, tolerance, toFill: Count
        /// `not_bought`, `bought_as_eaches` or `rest_to_hub`; absent when the last case is full.
        var ifNotFilled: String?
    }

    struct Workbook: Codable, Sendable {
        var name, url: String
    }

    struct Board: Codable, Sendable {
        var window: Window
        var submitted: Int
        var sites: [BoardSite]
        var topUps: [TopUp]
        var consolidated: Bool
        var invoices: [Invoice]
        var workbooks: [Workbook]
    }

    struct WorkbookList: Codable, Sendable {
        var window: Window
        var workbooks: [Workbook]
    }

    /// Long work (a consolidation) as a client follows it: `GET /jobs/{job}` until `done` or `failed`.
    struct JobStatus: Codable, Sendable {
        var id: Int64
        var kind: String
        var window: Int64?
        var state: String
        var stepsDone: Int
        var stepsTotal: Int
        var step: String
        var startedBy: String
        var startedAt: String
        var finishedAt: String?
        var error: String?

        init(_ job: Job, language: Language) {
            id = job.id.rawValue
            kind = job.kind.rawValue
            window = job.window?.rawValue
            state = job.state.rawValue
            (stepsDone, stepsTotal, step) = (job.stepsDone, job.stepsTotal, job.step)
            startedBy = job.startedBy
            startedAt = APIModels.iso(job.startedAt)
            finishedAt = job.finishedAt.map(APIModels.iso)
            error = job.error?.text(in: language)
        }
    }

    struct Received: Codable, Sendable {
        var window: Window
        var receipts: Int
        var invoices: [Invoice]
        var workbooks: [Workbook]
    }

    struct SiteSavings: Codable, Sendable {
        var site: SiteRef
        /// What the site's goods would have cost bought alone, each supplier's whole fee included.
        var standaloneCost: Amount
        /// Goods at the alliance's price plus the site's share of fees, before receiving credits.
        var groupCost: Amount
        var savings: Amount
    }

    struct Savings: Codable, Sendable {
        var window: Window
        var sites: [SiteSavings]
        var total: SavingsTotal
    }

    struct SavingsTotal: Codable, Sendable {
        var standaloneCost, groupCost, savings: Amount
    }

    /// `2026-11-25T17:00`.
    static func iso(_ moment: LocalDateTime) -> String { "\(moment.date)T\(moment.time)" }

    static func invoices(_ invoices: [SiteInvoice.Totals], names: [Site.ID: String]) -> [Invoice] {
        invoices.compactMap { invoice in
            names[invoice.site].map { Invoice(invoice, site: SiteRef(id: invoice.site, name: $0)) }
        }
    }
}
