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
                minimumOrderCents: minimumOrder.cents, catalogLayout: nil, catalogMapping: nil)
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

    /// Sets the layout a supplier's price lists are read with, so that a weekly import needs no
    /// option; `mapping` (the mapping file's text, checked here) goes with the `mapping` layout,
    /// or extends a built-in one. Nil clears it: each file is then recognised by its shape.
    public func setCatalogLayout(
        supplier: Supplier.ID, layout: CatalogLayout?, mapping: (text: String, file: String)?
    ) throws -> Supplier {
        if let mapping { _ = try CatalogMapping.parse(yaml: mapping.text, file: mapping.file) }
        return try pool.write { db in
            guard var record = try SupplierRecord.fetchOne(db, key: supplier.rawValue) else {
                throw StoreError.unknownSupplier(supplier)
            }
            if layout == .mapping, mapping == nil { throw StoreError.noStoredMapping(supplier: record.name) }
            record.catalogLayout = (mapping != nil ? CatalogLayout.mapping : layout)?.rawValue
            record.catalogMapping = mapping?.text
            try record.update(db)
            return record.supplier
        }
    }
}

extension AppDatabase {
    /// How many products each supplier's catalog holds, for the list of suppliers.
    public func productCounts() throws -> [Supplier.ID: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT supplierId, COUNT(*) FROM product GROUP BY supplierId")
            return Dictionary(uniqueKeysWithValues: rows.map { (Supplier.ID($0[0] as Int64), $0[1] as Int) })
        }
    }
}
