import ComalCore
import GRDB

/// A row of `supplier`.
struct SupplierRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "supplier"

    var id: Int64?
    var name: String
    var deliveryFeeCents: Int
    var minimumOrderCents: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var supplier: Supplier {
        Supplier(
            id: Supplier.ID(id ?? 0), name: name, deliveryFee: Money(cents: deliveryFeeCents),
            minimumOrder: Money(cents: minimumOrderCents))
    }
}
