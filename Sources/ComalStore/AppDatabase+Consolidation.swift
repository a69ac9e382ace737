import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    /// The inputs of a window's consolidation, read in one transaction so that they fit together.
    public func consolidationInputs(window id: OrderWindow.ID) throws -> ConsolidationInputs {
        try pool.read { db in
            let window = try OrderWindowRecord.window(db, id)
            return ConsolidationInputs(
                suppliers: try SupplierRecord.order(Column("id")).fetchAll(db).map(\.supplier),
                products: try Self.windowProducts(db, window),
                orders: try Self.orderLines(db, id),
                receipts: try Self.receipts(db, id),
                rule: try AllianceRecord.fetchOne(db)?.consolidationRule ?? .fill)
        }
    }

    /// Stores a window's consolidation, replacing any earlier one, in one transaction: the exact value
    /// as JSON and its numbers as rows. A closed window moves to `ordered`.
    public func saveConsolidation(
        _ consolidation: Consolidation, window id: OrderWindow.ID, actor: String,
        now: LocalDateTime
    ) throws {
        let json = String(decoding: try JSONEncoder().encode(consolidation), as: UTF8.self)
        try pool.write { db in
            var window = try OrderWindowRecord.window(db, id)
            guard window.state != .open else { throw StoreError.windowStillOpen(delivery: window.delivery) }
            for table in ["consolidation", "purchaseLine", "allocation", "siteInvoice"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE orderWindowId = ?", arguments: [id.rawValue])
            }
            try db.execute(sql: "INSERT INTO consolidation (orderWindowId, json) VALUES (?, ?)", arguments: [id.rawValue, json])
            for purchase in consolidation.purchases {
                for line in purchase.lines { try Self.insert(line, window: id, db) }
            }
            for invoice in consolidation.invoices {
                try db.execute(
                    sql: """
                        INSERT INTO siteInvoice (orderWindowId, siteId, goodsCents, feesCents, creditsCents, totalCents, standaloneCostCents)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id.rawValue, invoice.site.rawValue, invoice.goodsTotal.cents, invoice.feeTotal.cents,
                        invoice.creditTotal.cents, invoice.total.cents, invoice.standaloneCost.cents,
                    ])
            }
            let goods = consolidation.purchases.map(\.goodsTotal).sum()
            if window.state == .closed {
                window.state = .ordered
                try Self.updateState(db, window)
            }
            try Self.audit(
                db, at: now, actor: actor, window: id, action: "save consolidation",
                detail:
                    "\(consolidation.purchases.count) suppliers, \(consolidation.invoices.count) sites, goods \(goods.formatted), rule \(consolidation.rule.rawValue); window \(window.state)"
            )
        }
    }

    /// The consolidation saved for a window, exactly as it was saved, or nil before one is.
    public func consolidation(window id: OrderWindow.ID) throws -> Consolidation? {
        try pool.read { db in try Self.consolidation(db, id) }
    }

    static func consolidation(_ db: Database, _ id: OrderWindow.ID) throws -> Consolidation? {
        guard
            let json = try String.fetchOne(
                db, sql: "SELECT json FROM consolidation WHERE orderWindowId = ?",
                arguments: [id.rawValue])
        else { return nil }
        return try JSONDecoder().decode(Consolidation.self, from: Data(json.utf8))
    }

    private static func insert(_ line: PurchaseLine, window id: OrderWindow.ID, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO purchaseLine (orderWindowId, productId, cases, splitEaches, casePriceCents, costCents, tierMinimumCases, dropped)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id.rawValue, line.product.id.rawValue, line.purchase.cases, line.purchase.splitEaches,
                line.casePrice.cents, line.cost.cents, line.tierReached?.minimumCases, line.dropped != nil,
            ])
        for allocation in line.allocations {
            let site: String? = if case .site(let site) = allocation.recipient { site.rawValue } else { nil }
            try db.execute(
                sql: """
                    INSERT INTO allocation (orderWindowId, productId, siteId, orderedEaches, allocatedEaches, fromTolerance,
                                            shortAtPurchase, shortAtReceiving, costCents, creditCents)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id.rawValue, line.product.id.rawValue, site, allocation.orderedEaches,
                    allocation.allocatedEaches, allocation.fromTolerance, allocation.shortAtPurchase,
                    allocation.shortAtReceiving, allocation.cost.cents, allocation.credit.cents,
                ])
        }
    }
}
