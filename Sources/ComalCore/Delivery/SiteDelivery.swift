import Foundation

/// What one site receives on delivery day, read from the window's consolidation: each product in
/// cases and eaches to unload, and the load it adds to a vehicle.
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
            .sorted { ($0.product.storage, $0.product.sku) < ($1.product.storage, $1.product.sku) }
            guard !items.isEmpty else { return nil }
            return SiteDelivery(site: invoice.site, items: items, load: load(of: items))
        }
    }

    /// The space a site's goods take: at the hub, the eaches of split cases are packed together, so
    /// a site's cases are its fractions of cases added up and rounded up once per storage (a home's
    /// 2 gallons of milk and 3 cans take one tote, not two cases).
    private static func load(of items: [Item]) -> DeliveryLoad {
        var load = DeliveryLoad()
        var pounds = Decimal(0)
        var caseFractions: [Product.Storage: Decimal] = [:]
        for item in items {
            pounds += item.product.pack.eachPounds * Decimal(item.eaches)
            caseFractions[item.product.storage, default: 0] += Decimal(item.eaches) / Decimal(item.product.pack.eachesPerCase)
        }
        let cases = caseFractions.mapValues(roundedUp)
        load.coldCases = cases[.cold] ?? 0
        load.frozenCases = cases[.frozen] ?? 0
        load.cases = (cases[.dry] ?? 0) + load.coldCases + load.frozenCases
        load.pounds = roundedUp(pounds)
        return load
    }

    private static func roundedUp(_ value: Decimal) -> Int {
        var exact = value, tidy = Decimal(), rounded = Decimal()
        // Division by a pack size can leave a tail like 2.0000…01; round that back before rounding up.
        NSDecimalRound(&tidy, &exact, 6, .plain)
        NSDecimalRound(&rounded, &tidy, 0, .up)
        return NSDecimalNumber(decimal: rounded).intValue
    }
}
