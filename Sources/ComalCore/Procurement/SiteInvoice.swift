/// What one site owes for one window: its goods, its share of fees, credits, and what it saved.
public struct SiteInvoice: Hashable, Sendable, Codable {
    /// One product on the invoice, with the allocation that explains it.
    public struct Line: Hashable, Sendable, Codable {
        public var supplier: Supplier
        public var product: Product
        public var allocation: Allocation

        public init(supplier: Supplier, product: Product, allocation: Allocation) {
            self.supplier = supplier
            self.product = product
            self.allocation = allocation
        }
    }

    public var site: Site.ID
    /// Every product the site ordered, in supplier then SKU order, including those it did not get.
    public var lines: [Line]
    /// The site's share of each supplier's delivery fee.
    public var feeShares: [Supplier.ID: Money]
    /// What the goods the site got would have cost it buying alone, with each supplier's whole fee.
    public var standaloneCost: Money

    public init(site: Site.ID, lines: [Line], feeShares: [Supplier.ID: Money], standaloneCost: Money) {
        self.site = site
        self.lines = lines
        self.feeShares = feeShares
        self.standaloneCost = standaloneCost
    }

    /// Goods at the alliance's price, before credits.
    public var goodsTotal: Money { lines.map(\.allocation.cost).sum() }
    /// Delivery fee shares over all suppliers.
    public var feeTotal: Money { feeShares.values.sorted().sum() }
    /// Receiving credits (positive; subtracted from the total).
    public var creditTotal: Money { lines.map(\.allocation.credit).sum() }
    /// What the site pays.
    public var total: Money { totals.total }
    /// What buying together saved the site, against buying the same goods alone (before credits).
    public var savings: Money { totals.savings }
}
