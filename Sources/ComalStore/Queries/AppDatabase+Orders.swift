import ComalCore
import GRDB

extension AppDatabase {
    static let orderColumns = ["site_id", "sku", "quantity", "unit", "tolerance"]

    /// Replaces the whole order of every site the file names, all or nothing, so that a director can
    /// re-upload a corrected file.
    ///
    /// Directors (`buyer == nil`) may order while the window is open and not past its cutoff. The buyer
    /// may also change orders after the cutoff and after the close, until the orders are placed; those
    /// late changes are audited line by line with the value before and after.
    ///
    /// A director's upload passes `site`: every row must then name that site. A changed order is no
    /// longer submitted, so the buyer's board never shows a site as done with an order it has since edited.
    public func importOrders(
        csv: String, file: String, window id: OrderWindow.ID, now: LocalDateTime,
        buyer: String?, site onlySite: Site.ID? = nil, basedOn expected: ContentVersion? = nil
    ) throws -> OrderImportSummary {
        try importOrders(
            csv: csv, file: file, window: id, now: now, buyer: buyer, site: onlySite, basedOn: expected, storing: { _, _ in })
    }

    /// `importOrders`, telling `storing`, as the sites' orders are replaced, how many of how many are
    /// done (the CLI's progress bar on a statewide file).
    public func importOrders(
        csv: String, file: String, window id: OrderWindow.ID, now: LocalDateTime,
        buyer: String?, site onlySite: Site.ID? = nil, basedOn expected: ContentVersion? = nil,
        storing: (_ sites: Int, _ of: Int) -> Void
    ) throws -> OrderImportSummary {
        let table = CSVTable(text: csv, file: file, columns: Self.orderColumns)
        return try pool.write { db in
            let window = try Self.windowTakingOrders(db, id, now: now, buyer: buyer)
            if let onlySite { try Self.checkOrderVersion(db, expected, window: id, site: onlySite) }
            let products = Dictionary(uniqueKeysWithValues: try Self.windowProducts(db, window).map { ($0.sku, $0) })
            let siteIDs = Set(try String.fetchAll(db, sql: "SELECT id FROM site"))
            var problems = table.problems
            let lines = Self.parseOrders(
                table, window: id, sites: siteIDs, onlySite: onlySite, products: products,
                closed: window.state > .open, problems: &problems)
            try problems.throwIfAny()

            return try Self.replaceOrders(
                db, of: Set(lines.map(\.siteId)), with: lines, window: window, products: products, now: now, buyer: buyer,
                source: file, storing: storing)
        }
    }

    /// Replaces one site's order with lines handed over as values (the order a menu suggests), with
    /// the same checks, audit and all-or-nothing as a file: a refused entry is reported by its
    /// position, as line N of `source`.
    public func replaceOrder(
        site: Site.ID, window id: OrderWindow.ID, entries: [OrderEntry], source: String, now: LocalDateTime,
        buyer: String?, basedOn expected: ContentVersion?
    ) throws -> OrderImportSummary {
        try pool.write { db in
            let window = try Self.windowTakingOrders(db, id, now: now, buyer: buyer)
            try Self.checkOrderVersion(db, expected, window: id, site: site)
            let products = Dictionary(uniqueKeysWithValues: try Self.windowProducts(db, window).map { ($0.sku, $0) })
            var problems = ImportProblems(file: source)
            var lines: [OrderLineRecord] = []
            for (index, entry) in entries.enumerated() {
                let bounds = 0...SiteOrderLine.largestQuantity
                guard let product = products[entry.sku] else {
                    problems.add(
                        line: index + 1, column: "sku", "\"\(entry.sku)\" is not in any supplier's catalog",
                        "\"\(entry.sku)\" no está en el catálogo de ningún proveedor")
                    continue
                }
                guard bounds.contains(entry.quantity), bounds.contains(entry.tolerance),
                    !lines.contains(where: { $0.productId == product.id.rawValue })
                else {
                    problems.add(
                        line: index + 1, column: "quantity",
                        "\(entry.sku) is ordered twice or past \(SiteOrderLine.largestQuantity)",
                        "\(entry.sku) se pide dos veces o más de \(SiteOrderLine.largestQuantity)")
                    continue
                }
                if let message = Self.unsplittable(product, entry.unit) {
                    problems.add(line: index + 1, column: "unit", message)
                    continue
                }
                lines.append(
                    OrderLineRecord(
                        orderWindowId: id.rawValue, siteId: site.rawValue, productId: product.id.rawValue,
                        quantity: entry.quantity, unit: entry.unit, tolerance: entry.tolerance))
            }
            try problems.throwIfAny()
            return try Self.replaceOrders(
                db, of: [site.rawValue], with: lines, window: window, products: products, now: now, buyer: buyer,
                source: source)
        }
    }

    /// Replaces the orders of `sites` with `lines`: a changed order is no longer submitted, and a
    /// change the buyer makes after the cutoff is audited line by line.
    private static func replaceOrders(
        _ db: Database, of sites: Set<String>, with lines: [OrderLineRecord], window: OrderWindow,
        products: [String: Product], now: LocalDateTime, buyer: String?, source file: String,
        storing: (_ sites: Int, _ of: Int) -> Void = { _, _ in }
    ) throws -> OrderImportSummary {
        let id = window.id
        let skus = Dictionary(uniqueKeysWithValues: products.values.map { ($0.id, $0.sku) })
        let lateChangeBy = Self.lateChanger(window, now: now, buyer: buyer)
        let newLines = Dictionary(grouping: lines, by: \.siteId)
        var summary = OrderImportSummary(sites: sites.count)
        for (done, site) in sites.sorted().enumerated() {
            storing(done, sites.count)
            let siteLines = OrderLineRecord.filter(Column("orderWindowId") == id.rawValue && Column("siteId") == site)
            let before = Dictionary(uniqueKeysWithValues: try siteLines.fetchAll(db).map { ($0.productId, $0) })
            let after = Dictionary(
                uniqueKeysWithValues: (newLines[site] ?? []).filter { $0.quantity > 0 }.map { ($0.productId, $0) })
            try siteLines.deleteAll(db)
            for record in after.values { try record.insert(db) }
            if before != after { try Self.withdrawSubmission(db, window: id, site: Site.ID(site)) }
            for product in Set(before.keys).union(after.keys).sorted() {
                let (old, new) = (before[product], after[product])
                let action: String
                switch (old, new) {
                case (nil, _): action = "order line added"; summary.added += 1
                case (_, nil): action = "order line removed"; summary.removed += 1
                case let (old?, new?) where old == new: summary.unchanged += 1; continue
                default: action = "order line changed"; summary.changed += 1
                }
                guard let lateChangeBy else { continue }
                try Self.auditLateChange(
                    db, at: now, by: lateChangeBy, window: id, action: action, site: site,
                    sku: skus[Product.ID(product)] ?? "product \(product)", before: old, after: new, source: file)
            }
        }
        storing(sites.count, sites.count)
        return summary
    }

    /// Every order line of a window, by site then SKU.
    public func orderLines(window: OrderWindow.ID) throws -> [SiteOrderLine] {
        try read { db in try Self.orderLines(db, window) }
    }

    static func orderLines(_ db: Database, _ window: OrderWindow.ID, site: Site.ID? = nil) throws -> [SiteOrderLine] {
        // One site's lines are searched by the key's (window, site) prefix, not filtered from every site's.
        let (onlySite, arguments): (String, StatementArguments) =
            site.map { ("AND siteId = ?", [window.rawValue, $0.rawValue]) } ?? ("", [window.rawValue])
        return try OrderLineRecord.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT orderLine.* FROM orderLine JOIN product ON product.id = orderLine.productId
                    WHERE orderWindowId = ? \(onlySite) ORDER BY siteId, product.sku
                    """), arguments: arguments
        ).map(\.line)
    }

    /// Why `product` cannot be ordered in `unit`, if it cannot: the alliance splits cases among its
    /// sites whether or not the supplier does, but a case that holds a single each (a 50-lb sack) has
    /// nothing to split.
    static func unsplittable(_ product: Product, _ unit: SiteOrderLine.Unit) -> BilingualText? {
        guard unit == .each, product.pack.eachesPerCase == 1 else { return nil }
        return BilingualText(
            english: "\(product.sku) comes as one piece per case (\(product.pack)) and cannot be split; order it in cases",
            spanish: "\(product.sku) viene en una sola pieza por caja (\(product.pack)) y no se puede dividir; pídalo en cajas")
    }

    /// The window, if it still takes orders from this caller: a director's (`buyer == nil`) until the
    /// cutoff, the buyer's until the orders are placed.
    static func windowTakingOrders(_ db: Database, _ id: OrderWindow.ID, now: LocalDateTime, buyer: String?) throws
        -> OrderWindow
    {
        let window = try OrderWindowRecord.window(db, id)
        switch window.permission(for: buyer.map(OrderChanger.buyer) ?? .director, at: now) {
        case .refused(.directorsNoLongerOrder):
            throw StoreError.directorOrdersClosed(delivery: window.delivery, cutoff: window.cutoff)
        case .refused(.ordersPlaced):
            throw StoreError.ordersAlreadyPlaced(delivery: window.delivery, state: window.state)
        case .allowed, .audited: return window
        }
    }

    /// Who is making a late change, to be audited; nil for a change made while directors still order.
    static func lateChanger(_ window: OrderWindow, now: LocalDateTime, buyer: String?) -> String? {
        guard let buyer, case .audited(let name) = window.permission(for: .buyer(buyer), at: now) else { return nil }
        return name
    }

    /// Records one late change to an order line, with the line before and after and where it came from.
    static func auditLateChange(
        _ db: Database, at now: LocalDateTime, by actor: String, window: OrderWindow.ID, action: String, site: String,
        sku: String, before: OrderLineRecord?, after: OrderLineRecord?, source: String
    ) throws {
        try audit(
            db, at: now, actor: actor, window: window, action: action,
            detail: "site \(site), \(sku): \(describe(before)) → \(describe(after)) (\(source))")
    }

    /// `2 case, tolerance 3`, or `none` for a line that does not exist.
    private static func describe(_ line: OrderLineRecord?) -> String {
        guard let line else { return "none" }
        return "\(line.quantity) \(line.unit.rawValue), tolerance \(line.tolerance)"
    }

    private static func parseOrders(
        _ table: CSVTable, window: OrderWindow.ID, sites: Set<String>, onlySite: Site.ID?, products: [String: Product],
        closed: Bool, problems: inout ImportProblems
    ) -> [OrderLineRecord] {
        var lines: [OrderLineRecord] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            var site = problems.text(row, "site_id")
            if let id = site, !sites.contains(id) {
                problems.add(
                    line: row.line, column: "site_id", "\"\(id)\" is not a site of the alliance; check the site list",
                    "\"\(id)\" no es un sitio de la alianza; revise la lista de sitios")
                site = nil
            } else if let id = site, let onlySite, id != onlySite.rawValue {
                problems.add(
                    line: row.line, column: "site_id", "\"\(id)\" is not your site; this file may only order for \(onlySite)",
                    "\"\(id)\" no es su sitio; este archivo solo puede pedir para \(onlySite)")
                site = nil
            }
            var product: Product?
            if let sku = problems.text(row, "sku") {
                product = products[sku]
                if product == nil {
                    problems.add(
                        line: row.line, column: "sku",
                        closed
                            ? BilingualText(
                                english: "\"\(sku)\" was not in any catalog when this window closed",
                                spanish: "\"\(sku)\" no estaba en ningún catálogo cuando se cerró este periodo")
                            : BilingualText(
                                english: "\"\(sku)\" is not in any supplier's catalog",
                                spanish: "\"\(sku)\" no está en el catálogo de ningún proveedor"))
                }
            }
            let quantity = problems.integer(row, "quantity", largest: SiteOrderLine.largestQuantity)
            let unit = problems.choice(row, "unit", SiteOrderLine.Unit.self)
            let tolerance = problems.integer(row, "tolerance", largest: SiteOrderLine.largestQuantity, emptyValue: 0)
            if let product, let unit, let message = Self.unsplittable(product, unit) {
                problems.add(line: row.line, column: "unit", message)
            }
            if let site, let product {
                let key = "\(site)\u{0}\(product.sku)"
                if let first = firstLine[key] {
                    problems.add(
                        line: row.line, column: "sku",
                        "\(site) already orders \(product.sku) on line \(first); list each product once per site",
                        "\(site) ya pide \(product.sku) en la línea \(first); ponga cada producto una vez por sitio")
                    continue
                }
                firstLine[key] = row.line
            }
            guard let site, let product, let quantity, let unit, let tolerance else { continue }
            lines.append(
                OrderLineRecord(
                    orderWindowId: window.rawValue, siteId: site, productId: product.id.rawValue,
                    quantity: quantity, unit: unit, tolerance: tolerance))
        }
        return lines
    }
}
