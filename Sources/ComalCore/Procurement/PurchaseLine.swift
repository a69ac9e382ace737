/// One product of one supplier's consolidated purchase: what the alliance buys and who gets it.
public struct PurchaseLine: Hashable, Sendable, Codable {
    public var product: Product
    /// Eaches all sites ordered (Q).
    public var orderedEaches: Int
    /// Extra eaches all sites would take (T).
    public var tolerance: Int
    /// What is bought; zero when the line was dropped.
    public var purchase: CasePurchase
    /// The tier the alliance's total cases reached, if any.
    public var tierReached: PriceTier?
    /// The case price that applies to every site: the tier's, or the catalog price.
    public var casePrice: Money
    /// What the supplier bills for the line before receiving: cases at `casePrice` plus split eaches.
    public var cost: Money
    /// Set when the whole line was dropped, with the reason every site sees.
    public var dropped: AllocationReason?
    /// What the supplier actually delivered, once receiving is recorded.
    public var receipt: Receipt?
    /// Every recipient's share, sites by id and the hub last.
    public var allocations: [Allocation]

    public init(
        product: Product, orderedEaches: Int, tolerance: Int, purchase: CasePurchase,
        tierReached: PriceTier?, casePrice: Money, cost: Money, dropped: AllocationReason?,
        receipt: Receipt?, allocations: [Allocation]
    ) {
        self.product = product
        self.orderedEaches = orderedEaches
        self.tolerance = tolerance
        self.purchase = purchase
        self.tierReached = tierReached
        self.casePrice = casePrice
        self.cost = cost
        self.dropped = dropped
        self.receipt = receipt
        self.allocations = allocations
    }

    /// Every each bought.
    public var boughtEaches: Int { purchase.eaches(eachesPerCase: product.pack.eachesPerCase) }
    /// Eaches that go to the hub's stock.
    public var hubEaches: Int { allocations.first { $0.recipient == .hub }?.allocatedEaches ?? 0 }
    /// The total credited at receiving.
    public var credit: Money { allocations.map(\.credit).sum() }
    /// What the line finally costs the alliance after receiving credits.
    public var netCost: Money { cost - credit }
}
