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
            guard let cheapest = cheapest(candidates, for: toBuy, suppliers: suppliersByID) else {
                let reason: UnmetNeed.Reason = candidates.isEmpty ? .noProduct : .packsNotConvertible(skus: candidates.map(\.sku))
                unmet.append(UnmetNeed(need: need, toBuy: toBuy, reason: reason))
                continue
            }
            costs[need.food.id] = cheapest.cost
        }
        return (costs, unmet)
    }

    /// The product among `candidates` (sorted by SKU) whose eaches covering `toBuy` cost least, and that cost.
    fileprivate static func cheapest(_ candidates: [Product], for toBuy: Quantity, suppliers: [Supplier.ID: Supplier]) -> (
        product: Product, cost: Money
    )? {
        let prices = candidates.compactMap { product -> (product: Product, cost: Money)? in
            guard let supplier = suppliers[product.supplier],
                let offer = ProductOffer(product: product, supplier: supplier, need: toBuy)
            else { return nil }
            return (product, product.casePrice.share(offer.eaches, of: product.pack.eachesPerCase))
        }
        return prices.min { ($0.cost, $0.product.sku) < ($1.cost, $1.product.sku) }
    }
}

/// One food's price as the planner sees it: the alliance buys whole eaches (inner units) of one product.
public struct EachPrice: Hashable, Sendable {
    public var sku: String
    /// The unit needs of the food are written in (its purchase unit).
    public var unit: MeasureUnit
    /// Eaches one `unit` of the food fills.
    public var eachesPerUnit: Decimal
    /// The site's share of the case price for one each, in cents, unrounded.
    public var eachCents: Decimal
}

extension EachPrice {
    /// The price the menu planner works with for each food: the product `AlliancePrice` would choose for
    /// the need, as eaches per unit and the exact cost of one each, so that a plan's purchase can be
    /// written as whole eaches and costed as `comal menu cost` costs it. Foods no product prices are absent.
    public static func forNeeds(_ needs: [Food.ID: Quantity], products: [Product], suppliers: [Supplier]) -> [Food.ID: EachPrice] {
        let suppliersByID = Dictionary(suppliers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let productsByFood = Dictionary(grouping: products, by: \.food)
        var prices: [Food.ID: EachPrice] = [:]
        for (food, need) in needs {
            let candidates = (productsByFood[food.rawValue] ?? []).sorted { $0.sku < $1.sku }
            guard
                let product = AlliancePrice.cheapest(candidates, for: PurchaseMeasure.roundedUp(need), suppliers: suppliersByID)?
                    .product,
                let perUnit = product.pack.eaches(holding: Quantity(1, need.unit))
            else { continue }
            prices[food] = EachPrice(
                sku: product.sku, unit: need.unit, eachesPerUnit: perUnit,
                eachCents: Decimal(product.casePrice.cents) / Decimal(product.pack.eachesPerCase))
        }
        return prices
    }
}
