import Foundation
import ComalCore
import GRDB

extension AppDatabase {
    /// Adds a supplier; names are unique (ignoring case) because the buyer picks suppliers by name.
    public func addSupplier(name: String, deliveryFee: Money, minimumOrder: Money) throws -> Supplier {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        for (field, amount) in [("delivery fee", deliveryFee), ("minimum order", minimumOrder)]
        where amount < .zero || amount > Supplier.largestAmount {
            throw StoreError.supplierAmountOutOfRange(field: field, amount: amount)
        }
        return try pool.write { db in
            if try SupplierRecord.filter(Column("name").collating(.nocase) == trimmed).fetchCount(db) > 0 {
                throw StoreError.duplicateSupplier(name: trimmed)
            }
            var record = SupplierRecord(
                id: nil, name: trimmed, deliveryFeeCents: deliveryFee.cents,
                minimumOrderCents: minimumOrder.cents)
            try record.insert(db)
            return record.supplier
        }
    }

    /// Every supplier, by id.
    public func suppliers() throws -> [Supplier] {
        try read { db in try SupplierRecord.order(Column("id")).fetchAll(db).map(\.supplier) }
    }

    /// The supplier called `name` (ignoring case), if any.
    public func supplier(named name: String) throws -> Supplier? {
        try read { db in
            try SupplierRecord.filter(Column("name").collating(.nocase) == name.trimmingCharacters(in: .whitespaces))
                .fetchOne(db)?.supplier
        }
    }
}
