/// One product the suppliers are to deliver, as the buyer receives it: from whom, how many eaches
/// were bought, and the receipt recorded so far. A purchase line without its allocations, which
/// receiving does not need.
public struct BoughtLine: Hashable, Sendable {
    public var supplier: Supplier
    public var product: Product
    /// Every each bought; never zero.
    public var boughtEaches: Int
    public var receipt: Receipt?

    public init(supplier: Supplier, product: Product, boughtEaches: Int, receipt: Receipt?) {
        self.supplier = supplier
        self.product = product
        self.boughtEaches = boughtEaches
        self.receipt = receipt
    }

    /// The lines of `purchases` that bought anything, in purchase order: suppliers by id, then SKU.
    /// A dropped line, or one whose orders filled no case the supplier would sell, has nothing to receive.
    public static func lines(of purchases: [SupplierPurchase]) -> [BoughtLine] {
        purchases.flatMap { purchase in
            purchase.lines.filter { $0.boughtEaches > 0 }.map {
                BoughtLine(supplier: purchase.supplier, product: $0.product, boughtEaches: $0.boughtEaches, receipt: $0.receipt)
            }
        }
    }
}
