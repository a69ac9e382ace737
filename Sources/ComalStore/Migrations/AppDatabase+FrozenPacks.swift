import GRDB

extension AppDatabase {
    /// Migration "v6-frozen-packs": a window also freezes each product's pack, description and
    /// storage when it closes. A catalog imported later may change a SKU's pack (6/#10 to 4/#10);
    /// reading it live would change the eaches a past order meant and so its allocation and
    /// invoice. Windows closed before this migration take their products' packs as they are now,
    /// which is what they were read with until then.
    ///
    /// SQLite cannot add a NOT NULL column without a default, so the table is rebuilt (SQLite's
    /// documented procedure; GRDB runs migrations with foreign key checks deferred).
    static func freezePacks(_ db: Database) throws {
        try db.create(table: "frozenWindowPrice") { t in
            // Indexed after the rename, so that the indexes keep the names v1 gave them.
            t.belongsTo("orderWindow", onDelete: .cascade, indexed: false).notNull()
            t.belongsTo("product", onDelete: .restrict, indexed: false).notNull()
            t.column("casePriceCents", .integer).notNull().check { $0 > 0 }
            t.column("eachPriceCents", .integer).check { $0 == nil || $0 > 0 }
            t.column("minimumCases", .integer).notNull().check { $0 >= 0 }
            t.column("pack", .text).notNull().check { length($0) > 0 }
            t.column("description", .text).notNull()
            t.column("storage", .text).notNull().check { ["dry", "cold", "frozen"].contains($0) }
            t.primaryKey(["orderWindowId", "productId"])
        }
        try db.execute(
            sql: """
                INSERT INTO frozenWindowPrice
                    (orderWindowId, productId, casePriceCents, eachPriceCents, minimumCases, pack, description, storage)
                SELECT w.orderWindowId, w.productId, w.casePriceCents, w.eachPriceCents, w.minimumCases,
                       p.pack, p.description, p.storage
                FROM windowPrice w JOIN product p ON p.id = w.productId
                """)
        try db.drop(table: "windowPrice")
        try db.rename(table: "frozenWindowPrice", to: "windowPrice")
        for column in ["orderWindowId", "productId"] {
            try db.create(index: "windowPrice_on_\(column)", on: "windowPrice", columns: [column])
        }
    }
}
