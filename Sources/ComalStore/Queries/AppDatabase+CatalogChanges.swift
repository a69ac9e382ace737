import ComalCore
import Foundation
import GRDB

/// What importing a catalog file would change in a supplier's catalog, for the buyer to review
/// before importing (`comal import catalog --dry-run`).
public struct CatalogChanges: Sendable, Equatable {
    /// A product as the file or the catalog has it.
    public struct Line: Sendable, Equatable {
        public var sku, description, pack: String
        public var casePrice: Money
    }

    /// A product whose case price or pack the file changes.
    public struct Change: Sendable, Equatable {
        public var sku, description: String
        public var before, after: Line

        /// The price's change in tenths of a percent of the old price, rounded half away from zero.
        public var priceChangePermille: Int {
            let (old, new) = (before.casePrice.cents, after.casePrice.cents)
            guard old > 0 else { return 0 }
            let scaled = (new - old) * 1000
            return (scaled + (scaled >= 0 ? old / 2 : -old / 2)) / old
        }

        /// `$42.00 → $44.10 (+5.0%)`, as the dry run and the review page show a price change.
        public var priceText: String {
            let permille = priceChangePermille
            let percent = "\(permille >= 0 ? "+" : "-")\(abs(permille) / 10).\(abs(permille) % 10)%"
            return "\(before.casePrice.formatted) → \(after.casePrice.formatted) (\(percent))"
        }
    }

    public var added: [Line] = []
    /// Products the catalog has that the file does not list (kept: open orders may name them).
    public var gone: [Line] = []
    public var priceUp: [Change] = []
    public var priceDown: [Change] = []
    /// Products whose pack changes (eaches per case or their size), whatever their price does.
    public var packChanged: [Change] = []
    /// Products changed otherwise (description, storage, food, allergens, tiers, each price).
    public var otherwiseChanged = 0
    public var unchanged = 0
    /// For each product whose pack changes or that the file drops: how many sites have it on the
    /// order of a window not yet consolidated, who ordered by the case or each it no longer is.
    public var sitesOrdering: [String: Int] = [:]
}

extension AppDatabase {
    /// What `importCatalog` would change, with the same checks, writing nothing.
    public func catalogChanges(csv: String, file: String, supplier: Supplier.ID) throws -> CatalogChanges {
        try catalogChanges(SupplierFile(name: file, text: csv), supplier: supplier, layout: .layout(.comal))
    }

    /// What importing `file` would change, read as `importCatalog` reads it, writing nothing.
    public func catalogChanges(
        _ file: SupplierFile, supplier: Supplier.ID, layout: CatalogLayoutChoice = .supplierDefault
    ) throws -> CatalogChanges {
        try read { db in
            let stored = try SupplierRecord.fetchOne(db, key: supplier.rawValue)
            let table = try CatalogReading.table(file, choice: layout, stored: stored)
            return try Self.changes(db, try Self.checkedCatalog(db, table, supplier: supplier), supplier: supplier)
        }
    }

    /// What storing `checked` changes in the supplier's catalog.
    static func changes(_ db: Database, _ checked: CheckedCatalog, supplier: Supplier.ID) throws -> CatalogChanges {
        func line(_ record: ProductRecord) -> CatalogChanges.Line {
            .init(sku: record.sku, description: record.description, pack: record.pack, casePrice: Money(cents: record.casePriceCents))
        }
        var changes = CatalogChanges()
        for (_, entry) in checked.lines {
            let new = entry.product
            guard var old = checked.existing[new.sku] else {
                changes.added.append(line(new))
                continue
            }
            let oldTiers = (checked.existingTiers[old.id ?? 0] ?? []).map(\.tier)
            let change = CatalogChanges.Change(sku: new.sku, description: new.description, before: line(old), after: line(new))
            if new.casePriceCents > old.casePriceCents { changes.priceUp.append(change) }
            if new.casePriceCents < old.casePriceCents { changes.priceDown.append(change) }
            if new.pack != old.pack { changes.packChanged.append(change) }
            old.id = nil
            if old == new && oldTiers == entry.tiers {
                changes.unchanged += 1
            } else if new.casePriceCents == old.casePriceCents && new.pack == old.pack {
                changes.otherwiseChanged += 1
            }
        }
        let listed = Set(checked.lines.map(\.1.product.sku))
        changes.gone = checked.existing.values.filter { $0.supplierId == supplier.rawValue && !listed.contains($0.sku) }
            .sorted { $0.sku < $1.sku }.map(line)
        let flagged = changes.packChanged.map(\.sku) + changes.gone.map(\.sku)
        if !flagged.isEmpty {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT product.sku, count(DISTINCT orderLine.siteId) FROM orderLine
                    JOIN orderWindow ON orderWindow.id = orderLine.orderWindowId AND orderWindow.state IN ('open', 'closed')
                    JOIN product ON product.id = orderLine.productId
                    WHERE product.sku IN (SELECT value FROM json_each(?)) GROUP BY product.sku
                    """, arguments: [String(decoding: try JSONEncoder().encode(flagged), as: UTF8.self)])
            changes.sitesOrdering = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as Int) })
        }
        return changes
    }
}
