import Foundation

/// A draft order for one site and one menu week: the cheapest product for every food the menu needs, less
/// stock on hand, with every need that could not be met or computed reported beside it.
public struct SuggestedOrder: Hashable, Sendable {
    public var site: Site.ID
    public var lines: [SuggestedLine]
    public var unmet: [UnmetNeed]
    /// Needs the stock on hand covers entirely.
    public var coveredByStock: [FoodNeed]
    public var problems: [NeedProblem]

    /// What the lines cost the site buying alone; the alliance's consolidated price is at most this.
    public var total: Money { lines.map(\.chosen.cost).sum() }

    /// Suggests `site`'s order for week `weekNumber` of `menu`, feeding everyone enrolled at every meal.
    ///
    /// For each food: the need (`MenuNeeds`) less `onHand`, rounded up, priced in every product linked to
    /// the food over all `suppliers`; the cheapest wins.
    public static func suggest(
        site: Site, menu: Menu, week weekNumber: Int, foods: [Food.ID: Food], products: [Product],
        suppliers: [Supplier], onHand: [Food.ID: Quantity] = [:]
    ) throws(MenuWeekError) -> SuggestedOrder {
        let week = try menu.week(weekNumber)
        let (plan, notServed) = ServingPlan.enrollment(of: site, for: menu)
        let needs = MenuNeeds.compute(menu: menu, week: week, plan: plan, foods: foods)
        return suggest(
            site: site.id, needs: needs.needs,
            problems: notServed.sorted { $0.key < $1.key }.map { .enrolledNotServed($0.key, count: $0.value) } + needs.problems,
            products: products, suppliers: suppliers, onHand: onHand)
    }

    /// Suggests `site`'s order for `needs` worked out elsewhere (a kitchen's week of batches): the same
    /// choice of products as a menu week's.
    public static func suggest(
        site: Site.ID, needs: [FoodNeed], problems: [NeedProblem], products: [Product], suppliers: [Supplier],
        onHand: [Food.ID: Quantity] = [:]
    ) -> SuggestedOrder {
        var order = SuggestedOrder(site: site, lines: [], unmet: [], coveredByStock: [], problems: problems)
        let suppliersByID = Dictionary(suppliers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let productsByFood = Dictionary(grouping: products, by: \.food)
        for need in needs {
            var remaining = need.exact
            var stock: Quantity?
            if let recorded = onHand[need.food.id] {
                if let converted = recorded.converted(to: need.exact.unit) {
                    stock = converted
                    remaining.amount -= converted.amount
                } else {
                    order.problems.append(.onHandNotConvertible(food: need.food.name, onHand: recorded, unit: need.exact.unit))
                }
            }
            guard remaining.amount > 0 else {
                order.coveredByStock.append(need)
                continue
            }
            let toBuy = PurchaseMeasure.roundedUp(remaining)
            let candidates = (productsByFood[need.food.id.rawValue] ?? []).sorted { $0.sku < $1.sku }
            let offers = candidates.compactMap { product in
                suppliersByID[product.supplier].flatMap { ProductOffer(product: product, supplier: $0, need: toBuy) }
            }.sorted(by: ProductOffer.isPreferred)
            guard let chosen = offers.first else {
                let reason: UnmetNeed.Reason = candidates.isEmpty ? .noProduct : .packsNotConvertible(skus: candidates.map(\.sku))
                order.unmet.append(UnmetNeed(need: need, toBuy: toBuy, reason: reason))
                continue
            }
            order.lines.append(
                SuggestedLine(
                    need: need, onHand: stock, toBuy: toBuy, chosen: chosen, others: Array(offers.dropFirst()),
                    orderLine: chosen.orderLine(site: site)))
        }
        return order
    }
}
