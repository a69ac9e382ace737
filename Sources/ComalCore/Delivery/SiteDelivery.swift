import Foundation

/// What one site receives on delivery day, read from the window's consolidation: each product in
/// whole cases to unload (a partial case counts as a case on the truck) and the load it adds.
public struct SiteDelivery: Hashable, Sendable {
    /// One product to unload at the site.
    public struct Item: Hashable, Sendable {
        public var product: Product
        /// Eaches the site is allocated after receiving and delivery exceptions.
        public var eaches: Int
        /// Cases on the vehicle: `eaches` ÷ eaches per case, rounded up.
        public var cases: Int
    }

    public var site: Site.ID
    /// Items sorted by storage (dry, cold, frozen) then SKU, the order a driver unloads them.
    public var items: [Item]
    /// Cases, pounds (rounded up), and cold and frozen cases over all items.
    public var load: DeliveryLoad

    /// Every site with anything to deliver, by site id; sites allocated nothing are left out.
    public static func all(in consolidation: Consolidation) -> [SiteDelivery] {
        consolidation.invoices.compactMap { invoice in
            let items = invoice.lines.compactMap { line -> Item? in
                let eaches = line.allocation.allocatedEaches
                guard eaches > 0 else { return nil }
                let perCase = line.product.pack.eachesPerCase
                return Item(product: line.product, eaches: eaches, cases: (eaches + perCase - 1) / perCase)
            }
            .sorted {
                (Product.Storage.allCases.firstIndex(of: $0.product.storage)!, $0.product.sku)
                    < (Product.Storage.allCases.firstIndex(of: $1.product.storage)!, $1.product.sku)
            }
            guard !items.isEmpty else { return nil }
            return SiteDelivery(site: invoice.site, items: items, load: load(of: items))
        }
    }

    private static func load(of items: [Item]) -> DeliveryLoad {
        var load = DeliveryLoad()
        var pounds = Decimal(0)
        for item in items {
            load.cases += item.cases
            pounds += item.product.pack.eachPounds * Decimal(item.eaches)
            switch item.product.storage {
            case .dry: break
            case .cold: load.coldCases += item.cases
            case .frozen: load.frozenCases += item.cases
            }
        }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &pounds, 0, .up)
        load.pounds = NSDecimalNumber(decimal: rounded).intValue
        return load
    }
}
