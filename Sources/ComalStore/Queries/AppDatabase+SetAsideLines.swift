import ComalCore
import GRDB

/// An order line taken out of its window by migration "v7-set-aside-lines" because its quantity or
/// tolerance was more than a line may hold. Such a line could be saved through the API before the
/// bound existed, and the buyer's board then overflowed on it at every read. It is kept, not
/// deleted, so the buyer can see what the site asked for and have it ordered again.
public struct SetAsideOrderLine: Hashable, Sendable {
    public var site: Site.ID
    public var sku: String
    public var quantity: Int
    public var unit: String
    public var tolerance: Int
}

extension AppDatabase {
    /// The lines the upgrade set aside from a window, by site and SKU.
    public func setAsideLines(window: OrderWindow.ID) throws -> [SetAsideOrderLine] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.siteId, p.sku, s.quantity, s.unit, s.tolerance
                    FROM setAsideOrderLine s JOIN product p ON p.id = s.productId
                    WHERE s.orderWindowId = ? ORDER BY s.siteId, p.sku
                    """, arguments: [window.rawValue]
            ).map {
                SetAsideOrderLine(
                    site: Site.ID($0["siteId"]), sku: $0["sku"], quantity: $0["quantity"], unit: $0["unit"],
                    tolerance: $0["tolerance"])
            }
        }
    }
}
