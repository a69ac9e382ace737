/// What the buyer's board shows of a window's consolidation: what to receive from the suppliers and
/// what each site owes. The allocations behind them, hundreds of thousands for a large alliance, are
/// left out, so that the board reads a row per line bought and per site instead.
public struct ConsolidationSummary: Hashable, Sendable {
    /// Every line bought, in purchase order.
    public var bought: [BoughtLine]
    /// One per site that ordered anything, by site id.
    public var invoices: [SiteInvoice.Totals]

    public init(bought: [BoughtLine], invoices: [SiteInvoice.Totals]) {
        self.bought = bought
        self.invoices = invoices
    }

    /// The summary of a consolidation at hand.
    public init(_ consolidation: Consolidation) {
        self.init(bought: BoughtLine.lines(of: consolidation.purchases), invoices: consolidation.invoices.map(\.totals))
    }
}
