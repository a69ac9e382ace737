/// Everything the alliance buys from one supplier in one window: the purchase order's contents.
public struct SupplierPurchase: Hashable, Sendable, Codable {
    public var supplier: Supplier
    /// Product lines in SKU order, including dropped ones (with their reason).
    public var lines: [PurchaseLine]
    /// Each site's share of the delivery fee, in proportion to its goods value.
    public var feeShares: [Site.ID: Money]

    public init(supplier: Supplier, lines: [PurchaseLine], feeShares: [Site.ID: Money]) {
        self.supplier = supplier
        self.lines = lines
        self.feeShares = feeShares
    }

    /// The goods the supplier bills for, before receiving credits.
    public var goodsTotal: Money { lines.map(\.cost).sum() }
    /// The delivery fee charged, zero when nothing is bought.
    public var deliveryFee: Money { goodsTotal > .zero ? supplier.deliveryFee : .zero }
    /// Whether the goods fall short of the supplier's minimum order, which the buyer must see.
    public var isBelowMinimumOrder: Bool { goodsTotal > .zero && goodsTotal < supplier.minimumOrder }
    /// Everything credited at receiving.
    public var creditTotal: Money { lines.map(\.credit).sum() }
}
