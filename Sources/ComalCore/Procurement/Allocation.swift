/// What one site (or the hub) gets of one product, what it costs, and why.
public struct Allocation: Hashable, Sendable, Codable {
    public var recipient: Recipient
    /// Eaches the recipient ordered (0 for the hub).
    public var orderedEaches: Int
    /// Eaches it gets, after case rounding, tolerance and receiving.
    public var allocatedEaches: Int
    /// Eaches of `allocatedEaches` beyond the order, taken from the site's tolerance.
    public var fromTolerance: Int
    /// Eaches it ordered but does not get because a partial case was not bought or the line dropped.
    public var shortAtPurchase: Int
    /// Eaches it was allocated at purchase but loses because the delivery came short or damaged.
    public var shortAtReceiving: Int
    /// Eaches it was delivered but did not keep: short, damaged or refused at its door.
    public var shortAtDelivery: Int
    /// What it pays for this product before any receiving credit.
    public var cost: Money
    /// What receiving gives back (zero or positive; shown as a negative line on the invoice).
    public var credit: Money
    /// Why the allocation is what it is, in terms a director can check.
    public var reasons: [AllocationReason]

    public init(
        recipient: Recipient, orderedEaches: Int, allocatedEaches: Int, fromTolerance: Int = 0,
        shortAtPurchase: Int = 0, shortAtReceiving: Int = 0, shortAtDelivery: Int = 0, cost: Money = .zero, credit: Money = .zero,
        reasons: [AllocationReason] = []
    ) {
        self.recipient = recipient
        self.orderedEaches = orderedEaches
        self.allocatedEaches = allocatedEaches
        self.fromTolerance = fromTolerance
        self.shortAtPurchase = shortAtPurchase
        self.shortAtReceiving = shortAtReceiving
        self.shortAtDelivery = shortAtDelivery
        self.cost = cost
        self.credit = credit
        self.reasons = reasons
    }

    /// Eaches bought for the recipient, before receiving and delivery took any off.
    public var purchasedEaches: Int { allocatedEaches + shortAtReceiving + shortAtDelivery }
}

/// One cause of a difference between what a site ordered and what it gets.
public enum AllocationReason: Hashable, Sendable, Codable {
    /// The order was filled as placed.
    case filledAsOrdered
    /// The site's tolerance took `extra` eaches so that the alliance could buy a whole case of `pack`.
    case toleranceFilledCase(extra: Int, eachesPerCase: Int)
    /// The alliance's last `remainder` eaches did not fill a case (tolerance `tolerance` was not enough),
    /// so that partial case was not bought; the site bears `short` of the shortfall.
    case partialCaseNotBought(short: Int, remainder: Int, tolerance: Int, eachesPerCase: Int)
    /// The alliance ordered fewer than the supplier's minimum number of cases, so the line was dropped.
    case belowMinimumCases(minimum: Int, eachesOrdered: Int, eachesPerCase: Int)
    /// Case rounding bought more than the sites ordered; the extra went to the hub's stock.
    case roundedUpToHubStock(extra: Int)
    /// The supplier delivered fewer usable eaches than bought; the site bears `short` of it.
    case receivingShortfall(short: Int, reason: Receipt.Reason)
    /// The supplier delivered a substitute in place of the product.
    case substituted
    /// At the site's door `eaches` were short, damaged or refused; they are taken off and credited.
    case deliveryException(eaches: Int, reason: DeliveryException.Reason)
    /// A catch-weight product was billed by the `weight` delivered (`billed`) rather than at its
    /// estimated case weight (`estimated`); the site's share of the difference is in its cost or credit.
    case catchWeight(estimated: Money, billed: Money, weight: Quantity)
}
