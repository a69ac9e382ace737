import ComalCore

/// Everything `Consolidation.compute` needs for one window, read in one consistent snapshot.
public struct ConsolidationInputs: Sendable, Hashable {
    public var suppliers: [Supplier]
    /// The window's products at its frozen prices once closed, at catalog prices while open.
    public var products: [Product]
    public var orders: [SiteOrderLine]
    public var receipts: [Receipt]
    /// What sites did not keep at their door, recorded as stop exceptions.
    public var deliveryExceptions: [DeliveryException]
    /// The weights delivered of catch-weight products, recorded at receiving.
    public var weights: [WeightReceipt]
    public var rule: CaseRoundingRule

    public init(
        suppliers: [Supplier], products: [Product], orders: [SiteOrderLine], receipts: [Receipt],
        deliveryExceptions: [DeliveryException] = [], weights: [WeightReceipt] = [], rule: CaseRoundingRule
    ) {
        self.suppliers = suppliers
        self.products = products
        self.orders = orders
        self.receipts = receipts
        self.deliveryExceptions = deliveryExceptions
        self.weights = weights
        self.rule = rule
    }
}

extension ConsolidationInputs {
    /// The consolidation of these inputs, under `rule` when given (a saved consolidation's own rule)
    /// else the alliance's, with `moreExceptions` added to those recorded.
    public func compute(rule: CaseRoundingRule? = nil, adding moreExceptions: [DeliveryException] = []) throws
        -> Consolidation
    {
        try Consolidation.compute(
            suppliers: suppliers, products: products, orders: orders, rule: rule ?? self.rule, receipts: receipts,
            deliveryExceptions: deliveryExceptions + moreExceptions, weights: weights)
    }
}
