import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    /// The inputs of a window's consolidation, read in one transaction so that they fit together.
    public func consolidationInputs(window id: OrderWindow.ID) throws -> ConsolidationInputs {
        try read { db in try Self.consolidationInputs(db, id) }
    }

    static func consolidationInputs(_ db: Database, _ id: OrderWindow.ID) throws -> ConsolidationInputs {
        let window = try OrderWindowRecord.window(db, id)
        return ConsolidationInputs(
            suppliers: try SupplierRecord.order(Column("id")).fetchAll(db).map(\.supplier),
            products: try windowProducts(db, window),
            orders: try orderLines(db, id),
            receipts: try receipts(db, id),
            deliveryExceptions: try deliveryExceptions(db, id),
            weights: try receivedWeights(db, id),
            rule: try consolidationRule(db))
    }

    /// The alliance's case rounding rule; `fill`, the default, before an alliance file is loaded.
    public func consolidationRule() throws -> CaseRoundingRule {
        try read { db in try Self.consolidationRule(db) }
    }

    static func consolidationRule(_ db: Database) throws -> CaseRoundingRule {
        try AllianceRecord.fetchOne(db)?.consolidationRule ?? .fill
    }

    /// Stores a window's consolidation, replacing any earlier one, in one transaction: the rows pages
    /// read it back from, which are the record of the week. A closed window moves to `ordered`.
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
        var rows = try ConsolidationRowWriter(db, window: id)
        try rows.replace(with: consolidation)
        if window.state == .closed {
            window.state = .ordered
            try Self.updateState(db, window)
        }
        let goods = consolidation.purchases.map(\.goodsTotal).sum()
        try Self.audit(
            db, at: now, actor: actor, window: id, action: "save consolidation",
            detail:
                "\(consolidation.purchases.count) suppliers, \(consolidation.invoices.count) sites, goods \(goods.formatted), rule \(consolidation.rule.rawValue); window \(window.state)"
        )
    }

    /// The window's stored consolidation, or nil before one is saved: what was bought, allocated and
    /// invoiced, as decided then, whatever the catalog or suppliers say since.
    public func consolidation(window id: OrderWindow.ID) throws -> Consolidation? {
        try read { db in try Self.consolidation(db, id) }
    }

    static func consolidation(_ db: Database, _ id: OrderWindow.ID) throws -> Consolidation? {
        try ConsolidationRowReader(db, window: id)?.consolidation()
    }

    /// What the buyer's board shows of the window's stored consolidation (`ConsolidationSummary`),
    /// or nil before one is saved: read from a row per supplier, line bought and site, not from
    /// every allocation, so a large alliance's board costs about what a small one's does.
    public func consolidationSummary(window id: OrderWindow.ID) throws -> ConsolidationSummary? {
        try read { db in try ConsolidationRowReader(db, window: id)?.summary() }
    }

    /// One site's invoice from the window's stored consolidation, read from that site's rows only;
    /// nil before the window is consolidated or when the site ordered nothing in it.
    public func siteInvoice(window id: OrderWindow.ID, site: Site.ID) throws -> SiteInvoice? {
        try read { db in try ConsolidationRowReader(db, window: id)?.invoice(of: site) }
    }

    /// The rule the window's consolidation was saved with; nil before one is saved.
    static func savedRule(_ db: Database, _ id: OrderWindow.ID) throws -> CaseRoundingRule? {
        try String.fetchOne(db, sql: "SELECT rule FROM consolidation WHERE orderWindowId = ?", arguments: [id.rawValue])
            .flatMap(CaseRoundingRule.init(rawValue:))
    }
}
