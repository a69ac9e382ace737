extension SiteInvoice {
    /// What one site owes and saved, without the lines behind it: what the buyer's board lists for
    /// every site, read from one stored row per site rather than from every allocation.
    public struct Totals: Hashable, Sendable {
        public var site: Site.ID
        /// Goods at the alliance's price, before credits.
        public var goods: Money
        /// Delivery fee shares over all suppliers.
        public var fees: Money
        /// Receiving and delivery credits (positive; subtracted from the total).
        public var credits: Money
        /// What the goods the site got would have cost it buying alone, with each supplier's whole fee.
        public var standaloneCost: Money

        public init(site: Site.ID, goods: Money, fees: Money, credits: Money, standaloneCost: Money) {
            self.site = site
            self.goods = goods
            self.fees = fees
            self.credits = credits
            self.standaloneCost = standaloneCost
        }

        /// What the site pays.
        public var total: Money { goods + fees - credits }
        /// What buying together saved the site, against buying the same goods alone (before credits).
        public var savings: Money { standaloneCost - goods - fees }
    }

    /// The invoice's totals.
    public var totals: Totals {
        Totals(site: site, goods: goodsTotal, fees: feeTotal, credits: creditTotal, standaloneCost: standaloneCost)
    }
}
