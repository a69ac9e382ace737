import ComalCore
import GRDB

/// A row of `orderLine`: one site's line for one product in one window.
struct OrderLineRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "orderLine"

    var orderWindowId: Int64
    var siteId: String
    var productId: Int64
    var quantity: Int
    var unit: SiteOrderLine.Unit
    var tolerance: Int

    var line: SiteOrderLine {
        SiteOrderLine(
            site: Site.ID(siteId), product: Product.ID(productId), quantity: quantity, unit: unit,
            tolerance: tolerance)
    }
}

extension OrderLineRecord {
    /// Read column by column rather than through `Decodable` (see `ProductRecord.init(row:)`).
    init(row: Row) throws {
        orderWindowId = row["orderWindowId"]
        siteId = row["siteId"]
        productId = row["productId"]
        quantity = row["quantity"]
        unit = try SiteOrderLine.Unit(stored: row["unit"], table: "orderLine", column: "unit")
        tolerance = row["tolerance"]
    }
}
