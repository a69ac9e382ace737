import ComalCore
import GRDB

extension AppDatabase {
    /// Opens the window for a delivery day; directors may order until `cutoff`, which must fall before that day.
    public func openWindow(delivery: CalendarDate, cutoff: LocalDateTime) throws -> OrderWindow {
        guard cutoff.date < delivery else { throw StoreError.cutoffNotBeforeDelivery(cutoff: cutoff, delivery: delivery) }
        try OrderWindow.checkDates(delivery: delivery, cutoff: cutoff)
        return try pool.write { db in
            guard try OrderWindowRecord.filter(Column("delivery") == delivery.description).fetchCount(db) == 0 else {
                throw StoreError.duplicateWindow(delivery: delivery)
            }
            var record = OrderWindowRecord(id: nil, delivery: delivery.description, cutoff: cutoff.description, state: .open)
            try record.insert(db)
            return try record.window()
        }
    }

    /// Every window, by delivery day.
    public func windows() throws -> [OrderWindow] {
        try read { db in try OrderWindowRecord.order(Column("delivery")).fetchAll(db).map { try $0.window() } }
    }

    public func window(_ id: OrderWindow.ID) throws -> OrderWindow? {
        try read { db in try OrderWindowRecord.find(db, id)?.window() }
    }

    /// Closes an open window and freezes every product's prices, pack, description and storage for
    /// it, so that a catalog imported later cannot reprice or repack orders the sites already placed.
    ///
    /// Directors may order through the cutoff minute, so closing at or before it needs `force`.
    public func closeWindow(_ id: OrderWindow.ID, now: LocalDateTime, force: Bool, actor: String) throws -> OrderWindow {
        try pool.write { db in
            var window = try OrderWindowRecord.window(db, id)
            guard window.state == .open else { throw StoreError.windowNotOpen(delivery: window.delivery, state: window.state) }
            guard force || now > window.cutoff else {
                throw StoreError.cutoffNotReached(delivery: window.delivery, cutoff: window.cutoff)
            }
            try db.execute(
                sql: """
                    INSERT INTO windowPrice
                        (orderWindowId, productId, casePriceCents, eachPriceCents, minimumCases, pack, description, storage,
                         pricePerPoundCents, caseWeight)
                    SELECT ?, id, casePriceCents, eachPriceCents, minimumCases, pack, description, storage,
                        pricePerPoundCents, caseWeight FROM product
                    """, arguments: [id.rawValue])
            try db.execute(
                sql: """
                    INSERT INTO windowPriceTier (orderWindowId, productId, minimumCases, casePriceCents)
                    SELECT ?, productId, minimumCases, casePriceCents FROM priceTier
                    """, arguments: [id.rawValue])
            window.state = .closed
            try Self.updateState(db, window)
            try Self.audit(
                db, at: now, actor: actor, window: id, action: "close window",
                detail:
                    "closed the window for delivery \(window.delivery) (cutoff \(window.cutoff))\(force && now <= window.cutoff ? " early, forced" : ""); prices frozen"
            )
            return window
        }
    }

    /// Moves a closed window forward (ordered, received, delivered, invoiced); a window never moves back.
    public func setWindowState(_ id: OrderWindow.ID, _ state: OrderWindow.State, actor: String, now: LocalDateTime) throws {
        try pool.write { db in
            var window = try OrderWindowRecord.window(db, id)
            guard window.state != .open else { throw StoreError.windowStillOpen(delivery: window.delivery) }
            guard state > window.state else {
                throw StoreError.stateMovesBackwards(delivery: window.delivery, from: window.state, to: state)
            }
            let before = window.state
            window.state = state
            try Self.updateState(db, window)
            try Self.audit(
                db, at: now, actor: actor, window: id, action: "window state",
                detail: "\(before) → \(state)")
        }
    }

    static func updateState(_ db: Database, _ window: OrderWindow) throws {
        try OrderWindowRecord.filter(key: window.id.rawValue).updateAll(db, Column("state").set(to: window.state.rawValue))
    }

    /// The products a window's orders are priced from: the prices and packs frozen when it closed,
    /// or the current catalog while it is open. Products added to a catalog after the close are not offered.
    /// With `sku`, only that product (setting one order line need not price the whole catalog).
    static func windowProducts(_ db: Database, _ window: OrderWindow, sku: String? = nil) throws -> [Product] {
        try windowProducts(db, window, sku.map { .sku($0) } ?? .all)
    }

    /// The window's products among `ids` (a site's order or invoice reads only its own products).
    static func windowProducts(_ db: Database, _ window: OrderWindow, ids: Set<Int64>) throws -> [Product] {
        try windowProducts(db, window, .ids(ids))
    }

    private static func windowProducts(_ db: Database, _ window: OrderWindow, _ selection: ProductSelection) throws -> [Product] {
        let (condition, arguments) = selection.condition("id")
        let ordered = try ProductRecord.fetchAll(
            db.cachedStatement(sql: "SELECT \(ProductRecord.selectedColumns) FROM product WHERE \(condition) ORDER BY sku"),
            arguments: arguments)
        guard window.state > .open else { return try products(ordered, db) }
        guard !ordered.isEmpty else { return [] }
        // Every frozen row is wanted when all products are; otherwise only the few products read.
        let only: ProductSelection = if case .all = selection { .all } else { .ids(Set(ordered.compactMap(\.id))) }
        let (frozenCondition, frozenArguments) = only.condition("productId")
        // Each row is read from the cursor, by position in the statement: a copied row finds a
        // column by lowercasing every column name, a tenth of an allocation page.
        var frozenRecords: [Int64: ProductRecord] = [:]
        let frozen = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT productId, casePriceCents, eachPriceCents, minimumCases, pack, description, storage,
                        pricePerPoundCents, caseWeight FROM windowPrice
                    WHERE orderWindowId = ? AND \(frozenCondition)
                    """), arguments: [window.id.rawValue] + frozenArguments)
        let records = Dictionary(uniqueKeysWithValues: ordered.compactMap { record in record.id.map { ($0, record) } })
        while let price = try frozen.next() {
            let id: Int64 = price[0]
            guard var frozenRecord = records[id] else { continue }
            frozenRecord.casePriceCents = price[1]
            frozenRecord.eachPriceCents = price[2]
            frozenRecord.minimumCases = price[3]
            frozenRecord.pack = price[4]
            frozenRecord.description = price[5]
            frozenRecord.storage = try Product.Storage(stored: price[6], table: "windowPrice", column: "storage")
            // A window closed before v21 froze no terms: its products keep none, as they had.
            frozenRecord.pricePerPoundCents = price[7]
            frozenRecord.caseWeight = price[8]
            frozenRecords[id] = frozenRecord
        }
        let tiers = try tiersByProduct(
            db,
            sql: """
                SELECT productId, minimumCases, casePriceCents FROM windowPriceTier
                WHERE orderWindowId = ? AND \(frozenCondition) ORDER BY minimumCases
                """, arguments: [window.id.rawValue] + frozenArguments)
        return try ordered.compactMap { record in
            guard let id = record.id, let frozenRecord = frozenRecords[id] else { return nil }
            return try frozenRecord.product(tiers: tiers[id] ?? [])
        }
    }
}
