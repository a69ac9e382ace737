import GRDB

extension AppDatabase {
    /// Migration `v11-consolidation-record`: the stored consolidation becomes the record pages read,
    /// so it gains what was only recomputed before: each line's totals, drop reason and receipt, each
    /// allocation's delivery short and reasons, each site's share of each supplier's fee, and the
    /// supplier as bought from (its fee and minimum on that day, which a later catalog may change).
    ///
    /// Rows saved before have none of this; `recordVersion` 1 marks them, and opening the database
    /// rebuilds them from the window's frozen inputs (`completeConsolidationRecords`), in code that
    /// always runs against the newest schema.
    static func addConsolidationRecord(_ db: Database) throws {
        try db.alter(table: "consolidation") { t in
            t.add(column: "recordVersion", .integer).notNull().defaults(to: 1)
        }
        try db.alter(table: "purchaseLine") { t in
            t.add(column: "orderedEaches", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            t.add(column: "tolerance", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            t.add(column: "droppedReason", .text)
            t.add(column: "receivedEaches", .integer).check { $0 == nil || $0 >= 0 }
            t.add(column: "receiptReason", .text).check(sql: "receiptReason IN ('short', 'damaged', 'substituted')")
        }
        try db.alter(table: "allocation") { t in
            t.add(column: "shortAtDelivery", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            t.add(column: "reasons", .text).notNull().defaults(to: "[]")
        }
        // A director's allocation page reads only its own site's rows.
        try db.create(index: "allocation_by_site", on: "allocation", columns: ["orderWindowId", "siteId"])
        try db.create(table: "supplierPurchase") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("supplier", onDelete: .restrict).notNull()
            t.column("name", .text).notNull()
            t.column("deliveryFeeCents", .integer).notNull().check { $0 >= 0 }
            t.column("minimumOrderCents", .integer).notNull().check { $0 >= 0 }
            t.primaryKey(["orderWindowId", "supplierId"])
        }
        try db.create(table: "feeShare") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("site", onDelete: .restrict).notNull()
            t.belongsTo("supplier", onDelete: .restrict).notNull()
            t.column("feeCents", .integer).notNull().check { $0 >= 0 }
            t.primaryKey(["orderWindowId", "siteId", "supplierId"])
        }
    }
}
