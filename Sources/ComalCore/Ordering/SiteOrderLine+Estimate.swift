extension SiteOrderLine {
    /// What the line costs at the catalog's list prices, before tiers, fees and case rounding: the
    /// running total a director sees while ordering. An each is priced at the supplier's each
    /// price, or its share of the case price rounded half up to the cent.
    public func estimatedCost(of product: Product) -> Money {
        switch unit {
        case .case:
            return product.casePrice * quantity
        case .each:
            if let eachPrice = product.eachPrice { return eachPrice * quantity }
            return product.casePrice.share(quantity, of: product.pack.eachesPerCase)
        }
    }
}
