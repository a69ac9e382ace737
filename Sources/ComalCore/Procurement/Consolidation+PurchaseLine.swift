extension Consolidation {
    /// Rounds one product's demand to cases, prices it at the tier the alliance reaches, allocates it
    /// fairly and splits its cost to the cent.
    static func purchaseLine(for product: Product, demand: ProductDemand, rule: CaseRoundingRule) -> PurchaseLine {
        let pack = product.pack.eachesPerCase
        let ordered = demand.totalOrdered, tolerance = demand.totalTolerance
        var purchase = rule.purchase(
            orderedEaches: ordered, tolerance: tolerance, eachesPerCase: pack,
            splitsCases: product.splitsCases)
        var dropped: AllocationReason?
        if product.dropsBelowMinimum(purchase, orderedEaches: ordered) {
            dropped = .belowMinimumCases(minimum: product.minimumCases, eachesOrdered: ordered, eachesPerCase: pack)
            purchase = CasePurchase(cases: 0, splitEaches: 0)
        }
        let casePrice = product.casePrice(forCases: purchase.cases)
        let cost = casePrice * purchase.cases + (product.eachPrice ?? .zero) * purchase.splitEaches
        var allocations = allocate(
            purchase.eaches(eachesPerCase: pack), of: demand, eachesPerCase: pack,
            surplusToTolerance: rule == .fill, dropped: dropped)
        let costShares = LargestRemainder.split(
            cost,
            weights: Dictionary(
                uniqueKeysWithValues: allocations.map {
                    ($0.recipient, $0.allocatedEaches)
                }))
        for index in allocations.indices { allocations[index].cost = costShares[allocations[index].recipient]! }
        return PurchaseLine(
            product: product, orderedEaches: ordered, tolerance: tolerance, purchase: purchase,
            tierReached: product.tier(forCases: purchase.cases), casePrice: casePrice, cost: cost,
            dropped: dropped, receipt: nil, allocations: allocations)
    }

    /// Shares `bought` eaches among the sites: each gets its order while stock lasts; a shortfall is
    /// shared in proportion to orders; a surplus is filled from tolerance in proportion to tolerance
    /// (under the `fill` rule), and whatever no tolerance takes goes to the hub.
    static func allocate(
        _ bought: Int, of demand: ProductDemand, eachesPerCase pack: Int, surplusToTolerance: Bool,
        dropped: AllocationReason?
    ) -> [Allocation] {
        let sites = demand.ordered.keys.sorted()
        let ordered = demand.totalOrdered
        if bought < ordered {
            let shortfall = ordered - bought
            let shares = LargestRemainder.split(shortfall, weights: demand.ordered)
            return sites.map { site in
                let mine = demand.ordered[site]!, short = shares[site]!
                let reason =
                    dropped
                    ?? (short > 0
                        ? .partialCaseNotBought(
                            short: short, remainder: shortfall, tolerance: demand.totalTolerance, eachesPerCase: pack)
                        : .filledAsOrdered)
                return Allocation(
                    recipient: .site(site), orderedEaches: mine, allocatedEaches: mine - short,
                    shortAtPurchase: short, reasons: [reason])
            }
        }
        let surplus = bought - ordered
        let fromTolerance = surplusToTolerance ? min(surplus, demand.totalTolerance) : 0
        let extras = LargestRemainder.split(fromTolerance, weights: demand.tolerance)
        var allocations = sites.map { site in
            let mine = demand.ordered[site]!, extra = extras[site]!
            return Allocation(
                recipient: .site(site), orderedEaches: mine, allocatedEaches: mine + extra, fromTolerance: extra,
                reasons: [extra > 0 ? .toleranceFilledCase(extra: extra, eachesPerCase: pack) : .filledAsOrdered])
        }
        if surplus > fromTolerance {
            allocations.append(
                Allocation(
                    recipient: .hub, orderedEaches: 0, allocatedEaches: surplus - fromTolerance,
                    reasons: [.roundedUpToHubStock(extra: surplus - fromTolerance)]))
        }
        return allocations
    }
}
