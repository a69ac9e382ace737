import ComalCore
import GRDB

/// Writes a window's consolidation as the rows pages read it back from (`ConsolidationRowReader`):
/// a row per supplier bought from, purchase line, allocation, fee share and invoice. The statements
/// are prepared once per save: a large alliance's window holds hundreds of thousands of rows.
struct ConsolidationRowWriter {
    /// What `consolidation.recordVersion` says of rows this writer stores: everything the reader needs.
    static let recordVersion = 2

    private let db: Database
    private let window: Int64
    private let supplierPurchase, purchaseLine, allocation, feeShare, invoice: Statement
    private var reasons = JSONColumn<[AllocationReason]>(table: "allocation", column: "reasons")
    private var dropped = JSONColumn<AllocationReason>(table: "purchaseLine", column: "droppedReason")

    init(_ db: Database, window id: OrderWindow.ID) throws {
        self.db = db
        window = id.rawValue
        supplierPurchase = try db.cachedStatement(
            sql: """
                INSERT INTO supplierPurchase (orderWindowId, supplierId, name, deliveryFeeCents, minimumOrderCents)
                VALUES (?, ?, ?, ?, ?)
                """)
        purchaseLine = try db.cachedStatement(
            sql: """
                INSERT INTO purchaseLine (orderWindowId, productId, cases, splitEaches, casePriceCents, costCents,
                                          tierMinimumCases, dropped, orderedEaches, tolerance, droppedReason,
                                          receivedEaches, receiptReason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        allocation = try db.cachedStatement(
            sql: """
                INSERT INTO allocation (orderWindowId, productId, siteId, orderedEaches, allocatedEaches, fromTolerance,
                                        shortAtPurchase, shortAtReceiving, shortAtDelivery, costCents, creditCents, reasons)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        feeShare = try db.cachedStatement(
            sql: "INSERT INTO feeShare (orderWindowId, siteId, supplierId, feeCents) VALUES (?, ?, ?, ?)")
        invoice = try db.cachedStatement(
            sql: """
                INSERT INTO siteInvoice (orderWindowId, siteId, goodsCents, feesCents, creditsCents, totalCents, standaloneCostCents)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
    }

    /// Replaces the window's stored consolidation with `consolidation`.
    mutating func replace(with consolidation: Consolidation) throws {
        for table in ["consolidation", "supplierPurchase", "purchaseLine", "allocation", "feeShare", "siteInvoice"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE orderWindowId = ?", arguments: [window])
        }
        try db.execute(
            sql: "INSERT INTO consolidation (orderWindowId, rule, goodsCents, creditsCents, recordVersion) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                window, consolidation.rule.rawValue, consolidation.purchases.map(\.goodsTotal).sum().cents,
                consolidation.purchases.map(\.creditTotal).sum().cents, Self.recordVersion,
            ])
        for purchase in consolidation.purchases {
            let supplier = purchase.supplier
            try supplierPurchase.execute(arguments: [
                window, supplier.id.rawValue, supplier.name, supplier.deliveryFee.cents, supplier.minimumOrder.cents,
            ])
            for line in purchase.lines { try insert(line) }
            for (site, fee) in purchase.feeShares {
                try feeShare.execute(arguments: [window, site.rawValue, supplier.id.rawValue, fee.cents])
            }
        }
        for site in consolidation.invoices {
            try invoice.execute(arguments: [
                window, site.site.rawValue, site.goodsTotal.cents, site.feeTotal.cents, site.creditTotal.cents,
                site.total.cents, site.standaloneCost.cents,
            ])
        }
    }

    private mutating func insert(_ line: PurchaseLine) throws {
        let product = line.product.id.rawValue
        try purchaseLine.execute(arguments: [
            window, product, line.purchase.cases, line.purchase.splitEaches, line.casePrice.cents, line.cost.cents,
            line.tierReached?.minimumCases, line.dropped != nil, line.orderedEaches, line.tolerance,
            try line.dropped.map { try dropped.text($0) }, line.receipt?.receivedEaches, line.receipt?.reason.rawValue,
        ])
        for entry in line.allocations {
            let site: String? = if case .site(let site) = entry.recipient { site.rawValue } else { nil }
            try allocation.execute(arguments: [
                window, product, site, entry.orderedEaches, entry.allocatedEaches, entry.fromTolerance,
                entry.shortAtPurchase, entry.shortAtReceiving, entry.shortAtDelivery, entry.cost.cents,
                entry.credit.cents, try reasons.text(entry.reasons),
            ])
        }
    }
}
