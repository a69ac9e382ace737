extension PurchaseLine {
    /// Takes a delivery exception off the site's allocation and credits the site its own unit cost
    /// for each each it did not keep: eaches × the site's cost ÷ eaches bought for it, rounded half up
    /// to the cent, so a site is credited exactly what it paid for those goods.
    mutating func applyDeliveryException(_ exception: DeliveryException) throws(ConsolidationError) {
        guard
            let index = allocations.firstIndex(where: { $0.recipient == .site(exception.site) }),
            allocations[index].allocatedEaches > 0
        else { throw .deliveryExceptionNotAllocated(site: exception.site, sku: product.sku) }
        var allocation = allocations[index]
        guard exception.eaches > 0, exception.eaches <= allocation.allocatedEaches else {
            throw .deliveryExceptionExceedsAllocation(
                site: exception.site, sku: product.sku, eaches: exception.eaches, allocated: allocation.allocatedEaches)
        }
        let bought = allocation.purchasedEaches
        allocation.allocatedEaches -= exception.eaches
        allocation.shortAtDelivery += exception.eaches
        allocation.credit += allocation.cost.share(exception.eaches, of: bought)
        allocation.reasons.append(.deliveryException(eaches: exception.eaches, reason: exception.reason))
        allocations[index] = allocation
    }
}
