import ComalCore
import Foundation
import GRDB

/// Why an order cannot start from an earlier week's or a standing order.
public enum RepeatOrderError: ExplainedError, Equatable, Sendable {
    case noEarlierOrder(Site.ID)
    case noStandingOrder(Site.ID, name: String)
    case emptyOrder(Site.ID)
    case badName(String)

    public var explanation: BilingualText {
        switch self {
        case .noEarlierOrder(let site):
            BilingualText(
                english: "\(site) has no order in an earlier week to start from; add the lines, or draft them from the menu",
                spanish: "\(site) no tiene un pedido de una semana anterior para empezar; agregue las líneas o sugiéralas del menú")
        case .noStandingOrder(let site, let name):
            BilingualText(
                english: "\(site) has no standing order named \"\(name)\"", spanish: "\(site) no tiene un pedido fijo llamado \"\(name)\"")
        case .emptyOrder(let site):
            BilingualText(
                english: "the order of \(site) has no lines to save as a standing order",
                spanish: "el pedido de \(site) no tiene líneas para guardarlo como pedido fijo")
        case .badName(let name):
            BilingualText(
                english: "\"\(name.prefix(80))\" is not a name for a standing order: write 1 to 60 characters",
                spanish: "\"\(name.prefix(80))\" no es un nombre para un pedido fijo: escriba de 1 a 60 caracteres")
        }
    }
}

/// A site's saved order, by name.
public struct StandingOrder: Hashable, Sendable {
    public var name: String
    public var lines: Int
    public var savedAt: LocalDateTime
}

extension AppDatabase {
    /// Starts a site's order in `window` from its order of an earlier week (the latest before it
    /// with lines, unless `from` names one): the lines, quantities, units and tolerances, replacing
    /// the order through the order import, with its checks and its rule of who may change it when.
    /// Returns the week copied and what the import did.
    public func repeatOrder(
        site: Site.ID, into window: OrderWindow.ID, from source: OrderWindow.ID? = nil, now: LocalDateTime, buyer: String?,
        basedOn expected: ContentVersion? = nil
    ) throws -> (from: OrderWindow, summary: OrderImportSummary) {
        let (earlier, lines) = try reading {
            guard let target = try self.window(window) else { throw StoreError.unknownWindow(window) }
            let candidates = try windows().filter { $0.delivery < target.delivery && (source == nil || $0.id == source) }
                .sorted { $0.delivery > $1.delivery }
            for candidate in candidates {
                let lines = try orderLines(window: candidate.id, site: site)
                if !lines.isEmpty { return (candidate, lines) }
            }
            throw RepeatOrderError.noEarlierOrder(site)
        }
        let summary = try replaceOrder(
            of: site, in: window, with: lines, source: "the order of \(earlier.delivery)", now: now, buyer: buyer, basedOn: expected)
        return (earlier, summary)
    }

    /// Saves the site's order in `window` as its standing order `name`, replacing one so named.
    public func saveStandingOrder(site: Site.ID, name: String, from window: OrderWindow.ID, actor: String, now: LocalDateTime) throws {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard (1...60).contains(name.count) else { throw RepeatOrderError.badName(name) }
        let lines = try orderLines(window: window, site: site)
        guard !lines.isEmpty else { throw RepeatOrderError.emptyOrder(site) }
        try pool.write { db in
            try db.execute(sql: "DELETE FROM standingOrder WHERE siteId = ? AND name = ?", arguments: [site.rawValue, name])
            try db.execute(
                sql: "INSERT INTO standingOrder (siteId, name, savedAt, savedBy) VALUES (?, ?, ?, ?)",
                arguments: [site.rawValue, name, now.description, actor])
            let id = db.lastInsertedRowID
            for line in lines {
                try db.execute(
                    sql: "INSERT INTO standingOrderLine (standingOrderId, productId, quantity, unit, tolerance) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, line.product.rawValue, line.quantity, line.unit.rawValue, line.tolerance])
            }
            try Self.audit(db, at: now, actor: actor, window: window, action: "standing order", detail: "\(site): saved \"\(name)\", \(lines.count) lines")
        }
    }

    /// The site's standing orders, by name.
    public func standingOrders(site: Site.ID) throws -> [StandingOrder] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT name, (SELECT COUNT(*) FROM standingOrderLine WHERE standingOrderId = standingOrder.id), savedAt
                    FROM standingOrder WHERE siteId = ? ORDER BY name
                    """, arguments: [site.rawValue]
            ).map { row in
                let text: String = row[2]
                guard let savedAt = LocalDateTime(parsing: text) else {
                    throw StoreError.unreadableStoredValue(table: "standingOrder", column: "savedAt", value: text)
                }
                return StandingOrder(name: row[0], lines: row[1], savedAt: savedAt)
            }
        }
    }

    /// Starts the site's order in `window` from its standing order `name`, as `repeatOrder` does.
    public func startFromStandingOrder(
        site: Site.ID, name: String, into window: OrderWindow.ID, now: LocalDateTime, buyer: String?,
        basedOn expected: ContentVersion? = nil
    ) throws -> OrderImportSummary {
        let lines = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT line.productId, line.quantity, line.unit, line.tolerance FROM standingOrderLine line
                    JOIN standingOrder ON standingOrder.id = line.standingOrderId WHERE standingOrder.siteId = ? AND standingOrder.name = ?
                    """, arguments: [site.rawValue, name]
            ).map { row in
                let unit: String = row[2]
                guard let parsed = SiteOrderLine.Unit(rawValue: unit) else {
                    throw StoreError.unreadableStoredValue(table: "standingOrderLine", column: "unit", value: unit)
                }
                return SiteOrderLine(site: site, product: Product.ID(row[0] as Int64), quantity: row[1], unit: parsed, tolerance: row[3])
            }
        }
        guard !lines.isEmpty else { throw RepeatOrderError.noStandingOrder(site, name: name) }
        return try replaceOrder(of: site, in: window, with: lines, source: "the standing order \"\(name)\"", now: now, buyer: buyer, basedOn: expected)
    }

    /// Replaces the site's order with `lines` through the order import, so they meet its checks.
    private func replaceOrder(
        of site: Site.ID, in window: OrderWindow.ID, with lines: [SiteOrderLine], source: String, now: LocalDateTime, buyer: String?,
        basedOn expected: ContentVersion?
    ) throws -> OrderImportSummary {
        let skus = Dictionary(try products().map { ($0.id, $0.sku) }, uniquingKeysWith: { first, _ in first })
        let sorted = lines.sorted { (skus[$0.product] ?? "") < (skus[$1.product] ?? "") }
        let csv = OrderCSV.render(sorted.map { ($0, skus[$0.product] ?? "\($0.product)") })
        return try importOrders(csv: csv, file: source, window: window, now: now, buyer: buyer, site: site, basedOn: expected)
    }
}
