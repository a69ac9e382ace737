import Foundation

/// What a site's need of a food costs inside the alliance: the eaches the group purchase allocates to it
/// (the need rounded up to whole inner units) at its share of the case price, from the product that
/// makes that cheapest. Unlike a suggested order, which prices what a site would pay buying alone, a
/// part case here costs only its part: the other sites take the rest.
enum AlliancePrice {
    /// The cost of each need that some product prices, and the needs none does.
    static func price(_ needs: [FoodNeed], products: [Product], suppliers: [Supplier]) -> (
        costs: [Food.ID: Money], unmet: [UnmetNeed]
    ) {
        let suppliersByID = Dictionary(suppliers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let productsByFood = Dictionary(grouping: products, by: \.food)
        var costs: [Food.ID: Money] = [:]
        var unmet: [UnmetNeed] = []
        for need in needs {
            let toBuy = PurchaseMeasure.roundedUp(need.exact)
            let candidates = (productsByFood[need.food.id.rawValue] ?? []).sorted { $0.sku < $1.sku }
            let prices = candidates.compactMap { product -> (sku: String, cost: Money)? in
                guard let supplier = suppliersByID[product.supplier],
                    let offer = ProductOffer(product: product, supplier: supplier, need: toBuy)
                else { return nil }
                return (product.sku, product.casePrice.share(offer.eaches, of: product.pack.eachesPerCase))
            }
            guard let cheapest = prices.min(by: { ($0.cost, $0.sku) < ($1.cost, $1.sku) }) else {
                let reason: UnmetNeed.Reason = candidates.isEmpty ? .noProduct : .packsNotConvertible(skus: candidates.map(\.sku))
                unmet.append(UnmetNeed(need: need, toBuy: toBuy, reason: reason))
                continue
            }
            costs[need.food.id] = cheapest.cost
        }
        return (costs, unmet)
    }
}
