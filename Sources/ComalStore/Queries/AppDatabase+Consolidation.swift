import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    /// The inputs of a window's consolidation, read in one transaction so that they fit together.
    public func consolidationInputs(window id: OrderWindow.ID) throws -> ConsolidationInputs {
        try pool.read { db in try Self.consolidationInputs(db, id) }
    }

    static func consolidationInputs(_ db: Database, _ id: OrderWindow.ID) throws -> ConsolidationInputs {
        let window = try OrderWindowRecord.window(db, id)
        return ConsolidationInputs(
            suppliers: try SupplierRecord.order(Column("id")).fetchAll(db).map(\.supplier),
            products: try windowProducts(db, window),
            orders: try orderLines(db, id),
            receipts: try receipts(db, id),
            deliveryExceptions: try deliveryExceptions(db, id),
            rule: try consolidationRule(db))
    }

    /// The alliance's case rounding rule; `fill`, the default, before an alliance file is loaded.
    public func consolidationRule() throws -> CaseRoundingRule {
        try pool.read { db in try Self.consolidationRule(db) }
    }

    static func consolidationRule(_ db: Database) throws -> CaseRoundingRule {
        try AllianceRecord.fetchOne(db)?.consolidationRule ?? .fill
    }

    /// Stores a window's consolidation, replacing any earlier one, in one transaction: a row per
    /// purchase line, allocation and invoice. A closed window moves to `ordered`.
    public func saveConsolidation(
        _ consolidation: Consolidation, window id: OrderWindow.ID, actor: String,
        now: LocalDateTime
    ) throws {
        try pool.write { db in try Self.saveConsolidation(db, consolidation, window: id, actor: actor, now: now) }
    }

    static func saveConsolidation(
        _ db: Database, _ consolidation: Consolidation, window id: OrderWindow.ID, actor: String, now: LocalDateTime
    ) throws {
            var window = try OrderWindowRecord.window(db, id)
            guard window.state != .open else { throw StoreError.windowStillOpen(delivery: window.delivery) }
            for table in ["consolidation", "purchaseLine", "allocation", "siteInvoice"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE orderWindowId = ?", arguments: [id.rawValue])
            }
            let goods = consolidation.purchases.map(\.goodsTotal).sum()
            try db.execute(
                sql: "INSERT INTO consolidation (orderWindowId, rule, goodsCents, creditsCents) VALUES (?, ?, ?, ?)",
                arguments: [
                    id.rawValue, consolidation.rule.rawValue, goods.cents, consolidation.purchases.map(\.creditTotal).sum().cents,
                ])
            let rows = try ResultStatements(db)
            for purchase in consolidation.purchases {
                for line in purchase.lines { try rows.insert(line, window: id) }
            }
            for invoice in consolidation.invoices {
                try rows.invoice.execute(arguments: [
                    id.rawValue, invoice.site.rawValue, invoice.goodsTotal.cents, invoice.feeTotal.cents,
                    invoice.creditTotal.cents, invoice.total.cents, invoice.standaloneCost.cents,
                ])
            }
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

    /// The window's consolidation, or nil before one is saved: recomputed from the window's
    /// frozen prices, orders and receipts, which give the same result every time.
    public func consolidation(window id: OrderWindow.ID) throws -> Consolidation? {
        try pool.read { db in try Self.consolidation(db, id) }
    }

    static func consolidation(_ db: Database, _ id: OrderWindow.ID) throws -> Consolidation? {
        guard let rule = try savedRule(db, id) else { return nil }
        return try consolidationInputs(db, id).compute(rule: rule)
    }

    /// The rule the window's consolidation was saved with; nil before one is saved.
    static func savedRule(_ db: Database, _ id: OrderWindow.ID) throws -> CaseRoundingRule? {
        try String.fetchOne(db, sql: "SELECT rule FROM consolidation WHERE orderWindowId = ?", arguments: [id.rawValue])
            .flatMap(CaseRoundingRule.init(rawValue:))
    }
}

/// The insert statements of a saved result, prepared once per save: a window holds a row per site
/// and product, hundreds of thousands in a large alliance.
private struct ResultStatements {
    let purchaseLine: Statement
    let allocation: Statement
    let invoice: Statement

    init(_ db: Database) throws {
        purchaseLine = try db.cachedStatement(
            sql: """
                INSERT INTO purchaseLine (orderWindowId, productId, cases, splitEaches, casePriceCents, costCents, tierMinimumCases, dropped)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        allocation = try db.cachedStatement(
            sql: """
                INSERT INTO allocation (orderWindowId, productId, siteId, orderedEaches, allocatedEaches, fromTolerance,
                                        shortAtPurchase, shortAtReceiving, costCents, creditCents)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        invoice = try db.cachedStatement(
            sql: """
                INSERT INTO siteInvoice (orderWindowId, siteId, goodsCents, feesCents, creditsCents, totalCents, standaloneCostCents)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
    }

    func insert(_ line: PurchaseLine, window id: OrderWindow.ID) throws {
        try purchaseLine.execute(arguments: [
            id.rawValue, line.product.id.rawValue, line.purchase.cases, line.purchase.splitEaches,
            line.casePrice.cents, line.cost.cents, line.tierReached?.minimumCases, line.dropped != nil,
        ])
        for entry in line.allocations {
            let site: String? = if case .site(let site) = entry.recipient { site.rawValue } else { nil }
            try allocation.execute(arguments: [
                id.rawValue, line.product.id.rawValue, site, entry.orderedEaches, entry.allocatedEaches,
                entry.fromTolerance, entry.shortAtPurchase, entry.shortAtReceiving, entry.cost.cents, entry.credit.cents,
            ])
        }
    }
}
