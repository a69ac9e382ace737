import ComalCore
import GRDB

/// Reads a window's stored consolidation back from the rows `ConsolidationRowWriter` wrote: the same
/// value that was saved, whatever the catalog, suppliers or orders say since.
struct ConsolidationRowReader {
    private let db: Database
    private let window: OrderWindow
    private let rule: CaseRoundingRule
    /// False for a consolidation stored before its rows held everything, which the upgrade could
    /// not rebuild (`completeConsolidationRecords`): it is recomputed, as it was before.
    private let isComplete: Bool

    /// Nil when the window has no stored consolidation.
    init?(_ db: Database, window id: OrderWindow.ID) throws {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT rule, recordVersion FROM consolidation WHERE orderWindowId = ?"), arguments: [id.rawValue])
        else { return nil }
        self.db = db
        self.window = try OrderWindowRecord.window(db, id)
        rule = try CaseRoundingRule(stored: row["rule"], table: "consolidation", column: "rule")
        isComplete = row["recordVersion"] == ConsolidationRowWriter.recordVersion
    }

    /// The whole consolidation: every supplier's purchase and every site's invoice.
    func consolidation() throws -> Consolidation {
        guard isComplete else { return try AppDatabase.consolidationInputs(db, window.id).compute(rule: rule) }
        var fees: [Supplier.ID: [Site.ID: Money]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: "SELECT siteId, supplierId, feeCents FROM feeShare WHERE orderWindowId = ?"), arguments: [window.id.rawValue])
        {
            fees[Supplier.ID(row["supplierId"]), default: [:]][Site.ID(row["siteId"])] = Money(cents: row["feeCents"])
        }
        let purchases = try purchases(of: try purchaseLines(allocations: try allocations()), fees: fees)
        let linesBySite = Self.invoiceLines(in: purchases)
        let invoices = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT siteId, standaloneCostCents FROM siteInvoice WHERE orderWindowId = ?"),
            arguments: [window.id.rawValue]
        ).map { row in
            let site = Site.ID(row["siteId"])
            return SiteInvoice(
                site: site, lines: linesBySite[site] ?? [],
                feeShares: fees.compactMapValues { $0[site] }, standaloneCost: Money(cents: row["standaloneCostCents"]))
        }
        return Consolidation(rule: rule, purchases: purchases, invoices: invoices.sorted { $0.site < $1.site })
    }

    /// What the buyer's board shows of the consolidation, from the rows of its suppliers, lines and
    /// invoices: never an allocation, of which a large alliance's window holds hundreds of thousands.
    func summary() throws -> ConsolidationSummary {
        guard isComplete else { return ConsolidationSummary(try consolidation()) }
        let invoices = try Row.fetchAll(
            db,
            sql: """
                SELECT siteId, goodsCents, feesCents, creditsCents, standaloneCostCents FROM siteInvoice
                WHERE orderWindowId = ?
                """, arguments: [window.id.rawValue]
        ).map { row in
            SiteInvoice.Totals(
                site: Site.ID(row["siteId"]), goods: Money(cents: row["goodsCents"]), fees: Money(cents: row["feesCents"]),
                credits: Money(cents: row["creditsCents"]), standaloneCost: Money(cents: row["standaloneCostCents"]))
        }
        return ConsolidationSummary(
            bought: BoughtLine.lines(of: try purchases(of: try purchaseLines(allocations: [:]), fees: [:])),
            invoices: invoices.sorted { $0.site < $1.site })
    }

    /// One site's invoice, read from that site's rows only; nil when the site ordered nothing.
    func invoice(of site: Site.ID) throws -> SiteInvoice? {
        guard isComplete else { return try consolidation().invoices.first { $0.site == site } }
        guard
            let standalone = try Int.fetchOne(
                db.cachedStatement(sql: "SELECT standaloneCostCents FROM siteInvoice WHERE orderWindowId = ? AND siteId = ?"),
                arguments: [window.id.rawValue, site.rawValue])
        else { return nil }
        var reasons = JSONColumn<[AllocationReason]>(table: "allocation", column: "reasons")
        // Rows are read from the cursor, by the statement's own column index: a copied row finds
        // a column by lowercasing every column name, which was a tenth of an allocation page.
        var allocations: [(product: Int64, allocation: Allocation)] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.siteAllocations), arguments: [window.id.rawValue, site.rawValue])
        while let row = try rows.next() { allocations.append((row["productId"], try Self.allocation(row, &reasons))) }
        let products = try AppDatabase.windowProducts(db, window, ids: Set(allocations.map(\.product)))
        let productsByID = Dictionary(uniqueKeysWithValues: products.map { ($0.id.rawValue, $0) })
        let suppliers = try suppliers()
        let lines = try allocations.map { entry in
            guard let product = productsByID[entry.product], let supplier = suppliers[product.supplier] else {
                throw StoreError.unreadableStoredValue(table: "allocation", column: "productId", value: "\(entry.product)")
            }
            return SiteInvoice.Line(supplier: supplier, product: product, allocation: entry.allocation)
        }
        let fees = try Array(
            Row.fetchCursor(
                db.cachedStatement(sql: "SELECT supplierId, feeCents FROM feeShare WHERE orderWindowId = ? AND siteId = ?"),
                arguments: [window.id.rawValue, site.rawValue]
            ).map { (Supplier.ID($0["supplierId"]), Money(cents: $0["feeCents"])) })
        return SiteInvoice(
            site: site,
            lines: lines.sorted {
                ($0.supplier.id, $0.product.sku, $0.product.id) < ($1.supplier.id, $1.product.sku, $1.product.id)
            },
            feeShares: Dictionary(uniqueKeysWithValues: fees),
            standaloneCost: Money(cents: standalone))
    }

    /// One site's allocations, found through the `allocation_by_site` index: a director's page
    /// reads its own rows, not every site's.
    static let siteAllocations = "SELECT * FROM allocation WHERE orderWindowId = ? AND siteId = ?"

    /// The suppliers as bought from, by id.
    private func suppliers() throws -> [Supplier.ID: Supplier] {
        let suppliers = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT supplierId, name, deliveryFeeCents, minimumOrderCents FROM supplierPurchase WHERE orderWindowId = ?"),
            arguments: [window.id.rawValue]
        ).map { row in
            Supplier(
                id: Supplier.ID(row["supplierId"]), name: row["name"], deliveryFee: Money(cents: row["deliveryFeeCents"]),
                minimumOrder: Money(cents: row["minimumOrderCents"]))
        }
        return Dictionary(uniqueKeysWithValues: try Array(suppliers).map { ($0.id, $0) })
    }

    /// Every supplier bought from, by id, with its lines in SKU order and its fee shares.
    private func purchases(of lines: [PurchaseLine], fees: [Supplier.ID: [Site.ID: Money]]) throws -> [SupplierPurchase] {
        try suppliers().values.sorted { $0.id < $1.id }.map { supplier in
            SupplierPurchase(
                supplier: supplier, lines: Self.inSKUOrder(lines.filter { $0.product.supplier == supplier.id }),
                feeShares: fees[supplier.id] ?? [:])
        }
    }

    /// Every allocation of the window, by product.
    private func allocations() throws -> [Int64: [Allocation]] {
        var reasons = JSONColumn<[AllocationReason]>(table: "allocation", column: "reasons")
        var allocations: [Int64: [Allocation]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT * FROM allocation WHERE orderWindowId = ?"), arguments: [window.id.rawValue])
        while let row = try rows.next() {
            allocations[row["productId"], default: []].append(try Self.allocation(row, &reasons))
        }
        return allocations
    }

    /// Every purchase line with its `allocations` (by product), sites by id and the hub last.
    private func purchaseLines(allocations: [Int64: [Allocation]]) throws -> [PurchaseLine] {
        let products = Dictionary(uniqueKeysWithValues: try AppDatabase.windowProducts(db, window).map { ($0.id.rawValue, $0) })
        var dropped = JSONColumn<AllocationReason>(table: "purchaseLine", column: "droppedReason")
        return try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM purchaseLine WHERE orderWindowId = ?"), arguments: [window.id.rawValue])
            .map { row in
                let id: Int64 = row["productId"]
                guard let product = products[id] else {
                    throw StoreError.unreadableStoredValue(table: "purchaseLine", column: "productId", value: "\(id)")
                }
                let casePrice = Money(cents: row["casePriceCents"])
                let receipt = try (row["receivedEaches"] as Int?).map { eaches in
                    let reason: String = row["receiptReason"]
                    guard let why = Receipt.Reason(rawValue: reason) else {
                        throw StoreError.unreadableStoredValue(table: "purchaseLine", column: "receiptReason", value: reason)
                    }
                    return Receipt(product: product.id, receivedEaches: eaches, reason: why)
                }
                return PurchaseLine(
                    product: product, orderedEaches: row["orderedEaches"], tolerance: row["tolerance"],
                    purchase: CasePurchase(cases: row["cases"], splitEaches: row["splitEaches"]),
                    tierReached: (row["tierMinimumCases"] as Int?).map { PriceTier(minimumCases: $0, casePrice: casePrice) },
                    casePrice: casePrice, cost: Money(cents: row["costCents"]),
                    dropped: try (row["droppedReason"] as String?).map { try dropped.value($0) }, receipt: receipt,
                    allocations: (allocations[id] ?? []).sorted { $0.recipient < $1.recipient })
            }
    }

    private static func allocation(_ row: Row, _ reasons: inout JSONColumn<[AllocationReason]>) throws -> Allocation {
        Allocation(
            recipient: (row["siteId"] as String?).map { .site(Site.ID($0)) } ?? .hub, orderedEaches: row["orderedEaches"],
            allocatedEaches: row["allocatedEaches"], fromTolerance: row["fromTolerance"], shortAtPurchase: row["shortAtPurchase"],
            shortAtReceiving: row["shortAtReceiving"], shortAtDelivery: row["shortAtDelivery"], cost: Money(cents: row["costCents"]),
            credit: Money(cents: row["creditCents"]), reasons: try reasons.value(row["reasons"]))
    }

    private static func inSKUOrder(_ lines: [PurchaseLine]) -> [PurchaseLine] {
        lines.sorted { ($0.product.sku, $0.product.id) < ($1.product.sku, $1.product.id) }
    }

    /// Every site's invoice lines as consolidation lists them: supplier by supplier, in SKU order.
    private static func invoiceLines(in purchases: [SupplierPurchase]) -> [Site.ID: [SiteInvoice.Line]] {
        var lines: [Site.ID: [SiteInvoice.Line]] = [:]
        for purchase in purchases {
            for line in purchase.lines {
                for allocation in line.allocations {
                    guard case .site(let site) = allocation.recipient else { continue }
                    lines[site, default: []].append(.init(supplier: purchase.supplier, product: line.product, allocation: allocation))
                }
            }
        }
        return lines
    }
}
