import Foundation

/// One product priced for one food need: how many of its eaches cover the need, and what the site would
/// pay for them buying alone (pack size, price tier, split rule and minimum cases applied).
public struct ProductOffer: Hashable, Sendable {
    public var product: Product
    public var supplier: Supplier
    /// Eaches (inner units of the pack) that cover the need, rounded up.
    public var eaches: Int
    /// What the site pays for them alone, the price the offers are compared by.
    public var cost: Money

    /// The offer of `product` for `need`, or nil when the need's unit cannot be turned into the pack's
    /// (melons needed by the pound, sold by the count).
    public init?(product: Product, supplier: Supplier, need: Quantity) {
        guard let exactEaches = product.pack.eaches(holding: need) else { return nil }
        let eaches = NSDecimalNumber(decimal: exactEaches.rounded(scale: 0, .up)).intValue
        self.product = product
        self.supplier = supplier
        self.eaches = eaches
        self.cost = StandaloneCost.goods(eaches: eaches, of: product)
    }

    /// What the eaches hold in all (`2 × 5 LB` → 10 LB).
    public var bought: Quantity { product.pack.eachSize * eaches }

    /// The order line in the import format's terms: whole cases when the eaches fill them or the case
    /// cannot be split (a single 50-lb sack); otherwise eaches. Where the supplier does not split, the
    /// tolerance is the rest of the last case, so the alliance buys it even if no other site fills it:
    /// the menu needs every each ordered.
    public func orderLine(site: Site.ID) -> SiteOrderLine {
        let perCase = product.pack.eachesPerCase
        let (cases, remainder) = eaches.quotientAndRemainder(dividingBy: perCase)
        if remainder == 0 { return SiteOrderLine(site: site, product: product.id, quantity: cases, unit: .case) }
        if perCase == 1 { return SiteOrderLine(site: site, product: product.id, quantity: cases + 1, unit: .case) }
        let tolerance = product.splitsCases ? 0 : perCase - remainder
        return SiteOrderLine(site: site, product: product.id, quantity: eaches, unit: .each, tolerance: tolerance)
    }

    /// Cheaper first; at equal cost the one buying less over the need, then by SKU, so the choice never
    /// depends on catalog order.
    static func isPreferred(_ lhs: ProductOffer, over rhs: ProductOffer) -> Bool {
        if lhs.cost != rhs.cost { return lhs.cost < rhs.cost }
        let lhsBought = lhs.bought.amount, rhsBought = rhs.bought.amount
        if lhs.bought.unit == rhs.bought.unit, lhsBought != rhsBought { return lhsBought < rhsBought }
        return lhs.product.sku < rhs.product.sku
    }
}

extension Pack {
    /// How many eaches `quantity` is, exactly (not rounded); nil when its unit cannot be turned into
    /// the pack's (melons needed by the pound, sold by the count).
    ///
    /// A food bought by the piece matches a pack of pieces of a stated weight (`48/2 OZ` muffins): each
    /// inner unit is one piece.
    public func eaches(holding quantity: Quantity) -> Decimal? {
        guard eachSize.amount > 0 else { return nil }
        if let inEachUnit = quantity.converted(to: eachSize.unit) { return inEachUnit.amount / eachSize.amount }
        return quantity.converted(to: .each)?.amount
    }
}
