/// What buying together saved in one consolidated week, for the alliance or for one site: the
/// invoices against what the same goods would have cost each site buying alone, with each
/// supplier's whole fee.
public struct WeekSavings: Hashable, Sendable {
    public var window: OrderWindow.ID
    public var delivery: CalendarDate
    /// Sites with an invoice that week.
    public var sites: Int
    /// The sum of each site's standalone cost.
    public var alone: Money
    /// Goods at the alliance's prices plus delivery fee shares, before receiving credits, as
    /// `SiteInvoice.savings` counts them.
    public var together: Money
    /// What the invoices ask, after receiving credits.
    public var invoiced: Money

    public init(
        window: OrderWindow.ID, delivery: CalendarDate, sites: Int, alone: Money, together: Money, invoiced: Money
    ) {
        self.window = window
        self.delivery = delivery
        self.sites = sites
        self.alone = alone
        self.together = together
        self.invoiced = invoiced
    }

    public var saved: Money { alone - together }

    /// The saving as a share of the standalone cost.
    public var percentSaved: Int { Self.percent(saved, of: alone) }

    /// `part` as a share of `whole` in whole percent, rounded half away from zero (0 when `whole` is not positive).
    public static func percent(_ part: Money, of whole: Money) -> Int {
        guard whole.cents > 0 else { return 0 }
        // In 128 bits: a year of weeks' savings times 200 would pass Int's end.
        let scaled = Int128(part.cents) * 200 / Int128(whole.cents)
        return Int(scaled >= 0 ? (scaled + 1) / 2 : -((-scaled + 1) / 2))
    }
}
