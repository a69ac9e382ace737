/// How far the alliance's orders of one product are from filling their last case, so that sites
/// can top up before the cutoff, and what becomes of the part case if no one does.
public struct CaseTopUp: Hashable, Sendable {
    /// What consolidation does with eaches that do not fill the last case.
    public enum Remainder: String, Hashable, Sendable, CaseIterable {
        /// The supplier sells whole cases only and the alliance fills cases: the part case is not
        /// bought and the sites that ordered it go short.
        case notBought = "not_bought"
        /// The supplier splits cases: the eaches are bought singly, at the each price.
        case boughtAsEaches = "bought_as_eaches"
        /// The alliance rounds up: the whole case is bought and the rest goes to the hub's stock.
        case restToHub = "rest_to_hub"
    }

    public var product: Product
    /// Eaches all sites ordered.
    public var orderedEaches: Int
    /// Extra eaches all sites said they would take.
    public var tolerance: Int
    /// Eaches more that sites must order to fill the last case; 0 when the orders fill whole cases,
    /// or the tolerance already fills the last one.
    public var eachesToFill: Int
    /// What happens to the part case if no site tops up; nil when there is none.
    public var remainder: Remainder?

    public init(product: Product, orderedEaches: Int, tolerance: Int, eachesToFill: Int, remainder: Remainder?) {
        self.product = product
        self.orderedEaches = orderedEaches
        self.tolerance = tolerance
        self.eachesToFill = eachesToFill
        self.remainder = remainder
    }

    /// One entry per product that has orders, in the order of `products`, under the alliance's
    /// case rounding `rule`.
    public static func compute(products: [Product], orders: [SiteOrderLine], rule: CaseRoundingRule) -> [CaseTopUp] {
        let byProduct = Dictionary(grouping: orders, by: \.product)
        return products.compactMap { product in
            guard let lines = byProduct[product.id] else { return nil }
            let ordered = lines.map { $0.eaches(in: product.pack) }.reduce(0, +)
            let tolerance = lines.map(\.tolerance).reduce(0, +)
            let partial = ordered % product.pack.eachesPerCase
            let missing = partial == 0 ? 0 : product.pack.eachesPerCase - partial
            let toFill = max(0, missing - tolerance)
            let remainder: Remainder? =
                toFill == 0 ? nil : product.splitsCases ? .boughtAsEaches : rule == .fill ? .notBought : .restToHub
            return CaseTopUp(
                product: product, orderedEaches: ordered, tolerance: tolerance, eachesToFill: toFill, remainder: remainder)
        }
    }
}
