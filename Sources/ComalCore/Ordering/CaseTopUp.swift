/// How far the alliance's orders of one product are from filling their last case, so that sites
/// can top up before the cutoff, and what becomes of the part case if no one does.
public struct CaseTopUp: Hashable, Sendable {
    /// What consolidation does with eaches that do not fill the last case.
    public enum Remainder: String, Hashable, Sendable, CaseIterable {
        /// The supplier sells whole cases only and the alliance fills cases: the part case is not
        /// bought and the sites that ordered it go short.
        case notBought = "not_bought"
        /// The supplier splits cases: the eaches are bought singly, at the each price (the sites'
        /// tolerance is not used, since nothing is left over).
        case boughtAsEaches = "bought_as_eaches"
        /// The alliance rounds up: the whole case is bought and the rest goes to the hub's stock.
        case restToHub = "rest_to_hub"
        /// The alliance would buy fewer cases than the supplier's minimum, so none is bought.
        case belowMinimum = "below_minimum"
    }

    public var product: Product
    /// Eaches all sites ordered.
    public var orderedEaches: Int
    /// Extra eaches all sites said they would take.
    public var tolerance: Int
    /// Eaches more that sites must order for nothing to be lost, bought singly or left to the hub:
    /// to fill the last case, or to reach the supplier's minimum; 0 when there is no remainder.
    public var eachesToFill: Int
    /// What happens if no site tops up; nil when the orders, with the tolerance consolidation
    /// uses, fill whole cases.
    public var remainder: Remainder?

    public init(product: Product, orderedEaches: Int, tolerance: Int, eachesToFill: Int, remainder: Remainder?) {
        self.product = product
        self.orderedEaches = orderedEaches
        self.tolerance = tolerance
        self.eachesToFill = eachesToFill
        self.remainder = remainder
    }

    /// One entry per product that has orders, in the order of `products`, under the alliance's
    /// case rounding `rule`: what consolidation would buy and allocate now, told by its own rules.
    public static func compute(products: [Product], orders: [SiteOrderLine], rule: CaseRoundingRule) -> [CaseTopUp] {
        let packs = packs(of: products)
        var demand: [Product.ID: Demand] = [:]
        for line in orders {
            guard let pack = packs[line.product] else { continue }
            demand[line.product, default: Demand()].orderedEaches += line.eaches(in: pack)
            demand[line.product, default: Demand()].tolerance += line.tolerance
        }
        return compute(products: products, demand: demand, rule: rule)
    }

    /// The same entries from the lines' totals by product and unit, which a database sums without
    /// handing over every line. Sums are not bounded as single lines are, so they add up with
    /// overflow checked, and a product's eaches past Int's end are refused with `weekTooLarge`.
    public static func compute(products: [Product], totals: [OrderTotal], rule: CaseRoundingRule) throws(ConsolidationError)
        -> [CaseTopUp]
    {
        let packs = packs(of: products)
        var demand: [Product.ID: Demand] = [:]
        for total in totals {
            guard let pack = packs[total.product] else { continue }
            var wanted = demand[total.product, default: Demand()]
            let (ordered, orderedOverflow) = wanted.orderedEaches.addingReportingOverflow(try total.eaches(in: pack))
            let (tolerance, toleranceOverflow) = wanted.tolerance.addingReportingOverflow(total.tolerance)
            guard !orderedOverflow, !toleranceOverflow else { throw .weekTooLarge(limit: WeekSize.largestTotal) }
            (wanted.orderedEaches, wanted.tolerance) = (ordered, tolerance)
            demand[total.product] = wanted
        }
        return compute(products: products, demand: demand, rule: rule)
    }

    /// What all sites ordered of one product, in eaches.
    private struct Demand {
        var orderedEaches = 0
        var tolerance = 0
    }

    private static func packs(of products: [Product]) -> [Product.ID: Pack] {
        Dictionary(products.map { ($0.id, $0.pack) }, uniquingKeysWith: { first, _ in first })
    }

    /// The entries both ways of summing the orders share: one per product in `demand`, in the order
    /// of `products`.
    private static func compute(products: [Product], demand: [Product.ID: Demand], rule: CaseRoundingRule) -> [CaseTopUp] {
        products.compactMap { product in
            guard let wanted = demand[product.id] else { return nil }
            let (remainder, toFill) = outcome(
                of: product, ordered: wanted.orderedEaches, tolerance: wanted.tolerance, rule: rule)
            return CaseTopUp(
                product: product, orderedEaches: wanted.orderedEaches, tolerance: wanted.tolerance, eachesToFill: toFill,
                remainder: remainder)
        }
    }

    /// The remainder of `ordered` eaches with `tolerance` and the eaches that would clear it, from
    /// `CaseRoundingRule.purchase`, the minimum check and the allocation's use of tolerance (the
    /// surplus of a rounded-up case goes to tolerance under `fill` only).
    static func outcome(of product: Product, ordered: Int, tolerance: Int, rule: CaseRoundingRule) -> (Remainder?, Int) {
        let pack = product.pack.eachesPerCase
        func purchase(_ eaches: Int) -> CasePurchase {
            rule.purchase(orderedEaches: eaches, tolerance: tolerance, eachesPerCase: pack, splitsCases: product.splitsCases)
        }
        let bought = purchase(ordered)
        if product.dropsBelowMinimum(bought, orderedEaches: ordered) {
            let reaching = (1...(product.minimumCases * pack)).first {
                !product.dropsBelowMinimum(purchase(ordered + $0), orderedEaches: ordered + $0)
            }
            return (.belowMinimum, reaching ?? product.minimumCases * pack)
        }
        let partial = ordered % pack, missing = partial == 0 ? 0 : pack - partial
        if bought.splitEaches > 0 { return (.boughtAsEaches, missing) }
        let boughtEaches = bought.eaches(eachesPerCase: pack)
        if boughtEaches < ordered { return (.notBought, missing - tolerance) }
        let surplus = boughtEaches - ordered
        let toHub = surplus - (rule == .fill ? min(surplus, tolerance) : 0)
        return toHub > 0 ? (.restToHub, toHub) : (nil, 0)
    }
}
