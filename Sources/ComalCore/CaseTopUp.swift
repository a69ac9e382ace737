/// How far the alliance's orders of one product are from filling their last case, so that sites
/// can top up before the cutoff instead of losing a partial case.
public struct CaseTopUp: Hashable, Sendable {
    public var product: Product
    /// Eaches all sites ordered.
    public var orderedEaches: Int
    /// Extra eaches all sites said they would take.
    public var tolerance: Int
    /// Eaches more that sites must order for the last case to be bought; 0 when the orders fill
    /// whole cases, or the tolerance already fills the last one.
    public var eachesToFill: Int

    public init(product: Product, orderedEaches: Int, tolerance: Int, eachesToFill: Int) {
        self.product = product
        self.orderedEaches = orderedEaches
        self.tolerance = tolerance
        self.eachesToFill = eachesToFill
    }

    /// One entry per product that has orders, in the order of `products`.
    public static func compute(products: [Product], orders: [SiteOrderLine]) -> [CaseTopUp] {
        let byProduct = Dictionary(grouping: orders, by: \.product)
        return products.compactMap { product in
            guard let lines = byProduct[product.id] else { return nil }
            let ordered = lines.map { $0.eaches(in: product.pack) }.reduce(0, +)
            let tolerance = lines.map(\.tolerance).reduce(0, +)
            let remainder = ordered % product.pack.eachesPerCase
            let missing = remainder == 0 ? 0 : product.pack.eachesPerCase - remainder
            return CaseTopUp(
                product: product, orderedEaches: ordered, tolerance: tolerance,
                eachesToFill: max(0, missing - tolerance))
        }
    }
}
