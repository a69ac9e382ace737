import ComalCore
import ComalStore

/// Suggesting a site's order from a menu week: the one step behind `comal order suggest` and the
/// order page's "Suggest from menu", so that both draft the same order from the same catalog.
public struct OrderSuggestion: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// What `menu`'s week needs for the children `site` enrolls, less what it has on hand, as the
    /// catalog's products; the week is the one the window falls in unless one is asked for.
    public func suggest(
        site: Site, window: OrderWindow.ID, menu: Menu, week: Int?, foods: [Food.ID: Food], onHand: [Food.ID: Quantity]
    ) throws -> (order: SuggestedOrder, week: Int) {
        let week = week ?? menu.cycleWeek(for: window)
        let order = try SuggestedOrder.suggest(
            site: site, menu: menu, week: week, foods: foods, products: try database.products(),
            suppliers: try database.suppliers(), onHand: onHand)
        return (order, week)
    }

    /// Replaces the site's order with the suggestion in one transaction, with the checks a file
    /// import makes; the lines go over as values, never through a CSV written to be read back.
    public func replaceOrder(
        of site: Site.ID, window: OrderWindow.ID, with order: SuggestedOrder, now: LocalDateTime,
        basedOn expected: ContentVersion?
    ) throws -> OrderImportSummary {
        try database.replaceOrder(
            site: site, window: window,
            entries: order.lines.map {
                OrderEntry(
                    sku: $0.chosen.product.sku, quantity: $0.orderLine.quantity, unit: $0.orderLine.unit,
                    tolerance: $0.orderLine.tolerance)
            },
            source: "suggested-\(site)-w\(window)", now: now, buyer: nil, basedOn: expected)
    }
}
