extension PurchaseLine {
    /// Bills a catch-weight line by the weight delivered: the supplier's price per pound × the
    /// pounds that came, against what the cases were billed at their estimated weight (less any
    /// credit already given for eaches that did not arrive). The difference is shared among those
    /// who got the product, in proportion to their eaches, to the cent: more pounds cost more,
    /// fewer are credited.
    mutating func applyWeight(_ receipt: WeightReceipt) throws(ConsolidationError) {
        guard let terms = product.catchWeightTerms else { throw .weightForProductNotCatchWeight(sku: product.sku) }
        guard let billed = CatchWeight.price(perPound: terms.pricePerPound, weight: receipt.weight, largest: WeekSize.largestTotal)
        else { throw .weightOutOfRange(sku: product.sku) }
        let estimated = cost - credit
        let difference = billed - estimated
        guard difference != .zero else { return }
        var eaches: [Recipient: Int] = [:]
        for allocation in allocations where allocation.allocatedEaches > 0 { eaches[allocation.recipient] = allocation.allocatedEaches }
        guard !eaches.isEmpty else { return }
        let shares = LargestRemainder.split(difference > .zero ? difference : -difference, weights: eaches)
        for index in allocations.indices {
            guard let share = shares[allocations[index].recipient], share > .zero else { continue }
            if difference > .zero { allocations[index].cost += share } else { allocations[index].credit += share }
            allocations[index].reasons.append(.catchWeight(estimated: estimated, billed: billed, weight: receipt.weight))
        }
    }
}
