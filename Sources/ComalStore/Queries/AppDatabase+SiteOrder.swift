import ComalCore
import GRDB

/// Why a director's change to one order line was refused, in words the director can act on.
public enum OrderLineError: ExplainedError, Sendable, Equatable {
    case unknownSKU(String)
    case unsplittable(BilingualText)
    /// A quantity or tolerance outside `0...SiteOrderLine.largestQuantity`, which the order form
    /// and the API refuse first; the store refuses it too, so nothing can save one.
    case outOfRange(field: String, value: Int)

    /// The field of the line that is wrong, for a form or an API answer to point at.
    public var field: String {
        switch self {
        case .unknownSKU: "sku"
        case .unsplittable: "unit"
        case .outOfRange(let field, _): field
        }
    }

    public var explanation: BilingualText {
        switch self {
        case .unknownSKU(let sku):
            BilingualText(
                english: "\"\(sku)\" is not in any supplier's catalog; search the catalog for the product",
                spanish: "\"\(sku)\" no está en el catálogo de ningún proveedor; busque el producto en el catálogo")
        case .unsplittable(let message): message
        case .outOfRange(let field, let value):
            BilingualText(
                english: "\(field) \(value) is not a whole number from 0 to \(SiteOrderLine.largestQuantity)",
                spanish: "\(field) \(value) no es un número entero de 0 a \(SiteOrderLine.largestQuantity)")
        }
    }
}

extension AppDatabase {
    /// Sets one line of a site's order from the order form (a quantity of 0 removes it), under the
    /// same rules as an uploaded file: a director (`buyer == nil`) only while the window takes
    /// directors' orders; the buyer also after the cutoff and the close, until the orders are placed,
    /// each such late change audited with the line before and after and `source` (the order form, the API).
    public func setOrderLine(
        site: Site.ID, window id: OrderWindow.ID, sku: String, quantity: Int, unit: SiteOrderLine.Unit, tolerance: Int,
        now: LocalDateTime, buyer: String? = nil, source: String, basedOn expected: ContentVersion? = nil
    ) throws {
        for (field, value) in [("quantity", quantity), ("tolerance", tolerance)]
        where !(0...SiteOrderLine.largestQuantity).contains(value) {
            throw OrderLineError.outOfRange(field: field, value: value)
        }
        try pool.write { db in
            let window = try Self.windowTakingOrders(db, id, now: now, buyer: buyer)
            try Self.checkOrderVersion(db, expected, window: id, site: site)
            guard let product = try Self.windowProducts(db, window, sku: sku).first else {
                throw OrderLineError.unknownSKU(sku)
            }
            if let message = Self.unsplittable(product, unit) { throw OrderLineError.unsplittable(message) }
            let key: [String: any DatabaseValueConvertible] = [
                "orderWindowId": id.rawValue, "siteId": site.rawValue, "productId": product.id.rawValue,
            ]
            let before = try OrderLineRecord.fetchOne(db, key: key)
            let after =
                quantity > 0
                ? OrderLineRecord(
                    orderWindowId: id.rawValue, siteId: site.rawValue, productId: product.id.rawValue, quantity: quantity,
                    unit: unit, tolerance: tolerance) : nil
            guard before != after else { return }
            _ = try OrderLineRecord.deleteOne(db, key: key)
            try after?.insert(db)
            try Self.withdrawSubmission(db, window: id, site: site)
            if let actor = Self.lateChanger(window, now: now, buyer: buyer) {
                let action = before == nil ? "order line added" : after == nil ? "order line removed" : "order line changed"
                try Self.auditLateChange(
                    db, at: now, by: actor, window: id, action: action, site: site.rawValue, sku: sku, before: before,
                    after: after, source: source)
            }
        }
    }

    /// One site's order lines for a window, by SKU.
    public func orderLines(window: OrderWindow.ID, site: Site.ID) throws -> [SiteOrderLine] {
        try read { db in try Self.orderLines(db, window, site: site) }
    }

    /// The products a window offers: the current catalog while it is open, its frozen prices after.
    public func products(window id: OrderWindow.ID) throws -> [Product] {
        try read { db in try Self.windowProducts(db, OrderWindowRecord.window(db, id)) }
    }

    /// The window's products among `ids`: a site's order reads the few it orders, not the catalogs.
    public func products(window: OrderWindow, ids: Set<Product.ID>) throws -> [Product] {
        try read { db in try Self.windowProducts(db, window, ids: Set(ids.map(\.rawValue))) }
    }

    /// Marks a site's order as done for the buyer's board; a director may still change it until
    /// the cutoff, which withdraws the submission until they submit again.
    public func submitOrder(
        site: Site.ID, window id: OrderWindow.ID, actor: String, now: LocalDateTime, basedOn expected: ContentVersion? = nil
    ) throws {
        try pool.write { db in
            let window = try OrderWindowRecord.window(db, id)
            try Self.checkOrderVersion(db, expected, window: id, site: site)
            guard window.acceptsDirectorOrders(at: now) else {
                throw StoreError.directorOrdersClosed(delivery: window.delivery, cutoff: window.cutoff)
            }
            let lines = try OrderLineRecord.filter(Column("orderWindowId") == id.rawValue && Column("siteId") == site.rawValue)
                .fetchCount(db)
            guard lines > 0 else { throw StoreError.emptyOrder(delivery: window.delivery) }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO orderSubmission (orderWindowId, siteId, submittedAt, submittedBy)
                    VALUES (?, ?, ?, ?)
                    """, arguments: [id.rawValue, site.rawValue, now.description, actor])
            try Self.audit(
                db, at: now, actor: actor, window: id, action: "submit order", detail: "site \(site), \(lines) lines")
        }
    }

    /// When `site` submitted its order in the window, or nil: one row, whatever the alliance's size.
    public func submission(window id: OrderWindow.ID, site: Site.ID) throws -> LocalDateTime? {
        try read { db in try Self.storedSubmission(db, window: id, site: site).map(Self.submittedAt) }
    }

    /// A site's order in a window as its page shows it: the lines, when it was submitted, and the
    /// version a change to it must be based on, from one reading of each.
    public func siteOrder(window id: OrderWindow.ID, site: Site.ID) throws -> SiteOrder {
        try read { db in
            let lines = try Self.orderLines(db, id, site: site)
            let submitted = try Self.storedSubmission(db, window: id, site: site)
            return SiteOrder(
                lines: lines, submittedAt: try submitted.map(Self.submittedAt),
                version: Self.orderVersion(lines: lines, submittedAt: submitted))
        }
    }

    static func submittedAt(_ text: String) throws -> LocalDateTime {
        guard let at = LocalDateTime(parsing: text) else {
            throw StoreError.unreadableStoredValue(table: "orderSubmission", column: "submittedAt", value: text)
        }
        return at
    }

    /// When each site that has submitted its order for the window did so.
    public func submissions(window id: OrderWindow.ID) throws -> [Site.ID: LocalDateTime] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT siteId, submittedAt FROM orderSubmission WHERE orderWindowId = ?",
                arguments: [id.rawValue])
            var result: [Site.ID: LocalDateTime] = [:]
            for row in rows {
                result[Site.ID(row["siteId"] as String)] = try Self.submittedAt(row["submittedAt"])
            }
            return result
        }
    }

    static func withdrawSubmission(_ db: Database, window: OrderWindow.ID, site: Site.ID) throws {
        try db.execute(
            sql: "DELETE FROM orderSubmission WHERE orderWindowId = ? AND siteId = ?",
            arguments: [window.rawValue, site.rawValue])
    }
}
