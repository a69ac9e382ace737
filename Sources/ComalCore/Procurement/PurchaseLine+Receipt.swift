extension PurchaseLine {
    /// Records what the supplier delivered: the hub's stock absorbs a shortfall first, the rest is
    /// shared among the sites in proportion to what each was allocated, and the missing goods are
    /// credited at the line's average cost, split to the cent among those who lost them.
    mutating func applyReceipt(_ receipt: Receipt) throws(ConsolidationError) {
        let bought = boughtEaches
        guard receipt.receivedEaches >= 0, receipt.receivedEaches <= bought else {
            throw .receiptExceedsPurchase(sku: product.sku, received: receipt.receivedEaches, bought: bought)
        }
        self.receipt = receipt
        let missing = bought - receipt.receivedEaches
        guard missing > 0 else {
            if receipt.reason == .substituted {
                for index in allocations.indices { allocations[index].reasons.append(.substituted) }
            }
            return
        }
        var losses: [Recipient: Int] = [:]
        let hubLoss = min(hubEaches, missing)
        if hubLoss > 0 { losses[.hub] = hubLoss }
        var siteAllocations: [Site.ID: Int] = [:]
        for allocation in allocations {
            if case .site(let site) = allocation.recipient { siteAllocations[site] = allocation.allocatedEaches }
        }
        for (site, loss) in LargestRemainder.split(missing - hubLoss, weights: siteAllocations) where loss > 0 {
            losses[.site(site)] = loss
        }
        // The supplier credits the missing share of the bill: cost × missing / bought, rounded half up.
        let creditTotal = cost.share(missing, of: bought)
        let credits = LargestRemainder.split(creditTotal, weights: losses)
        for index in allocations.indices {
            let recipient = allocations[index].recipient
            guard let loss = losses[recipient] else { continue }
            allocations[index].allocatedEaches -= loss
            allocations[index].shortAtReceiving = loss
            allocations[index].credit = credits[recipient]!
            allocations[index].reasons.append(.receivingShortfall(short: loss, reason: receipt.reason))
        }
    }
}
