import ComalCore
import GRDB

/// A row of `supplier`.
struct SupplierRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "supplier"

    var id: Int64?
    var name: String
    var deliveryFeeCents: Int
    var minimumOrderCents: Int
    /// The layout of the price lists it sends (`CatalogLayout`), when the buyer has set one.
    var catalogLayout: String?
    /// The mapping file (YAML) that reads its price lists, for the `mapping` layout.
    var catalogMapping: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var supplier: Supplier {
        Supplier(
            id: Supplier.ID(id ?? 0), name: name, deliveryFee: Money(cents: deliveryFeeCents),
            minimumOrder: Money(cents: minimumOrderCents), catalogLayout: catalogLayout.flatMap(CatalogLayout.init(rawValue:)))
    }
}

extension SupplierRecord {
    func storedLayout() throws -> CatalogLayout? {
        guard let catalogLayout else { return nil }
        guard let layout = CatalogLayout(rawValue: catalogLayout) else {
            throw StoreError.unreadableStoredValue(table: "supplier", column: "catalogLayout", value: catalogLayout)
        }
        return layout
    }

    /// The stored mapping, read as when it was stored.
    func storedMapping() throws -> CatalogMapping? {
        guard let catalogMapping else { return nil }
        do {
            return try CatalogMapping.parse(yaml: catalogMapping, file: "the mapping stored for \(name)")
        } catch {
            throw StoreError.unreadableStoredValue(table: "supplier", column: "catalogMapping", value: String(catalogMapping.prefix(80)))
        }
    }
}
