import GRDB

extension AppDatabase {
    /// Every schema change, in order. A migration that has shipped is never edited: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createAllianceAndSites(db)
            try createCatalog(db)
            try createWindowsAndOrders(db)
            try createResults(db)
            try createAudit(db)
        }
        migrator.registerMigration("v2-web", migrate: createWebTables)
        migrator.registerMigration("v3-delivery", migrate: createDeliveryTables)
        migrator.registerMigration("v4-menus", migrate: createMenuTables)
        migrator.registerMigration("v5-api", migrate: createAPITokenTable)
        migrator.registerMigration("v6-frozen-packs", migrate: freezePacks)
        migrator.registerMigration("v7-set-aside-lines", migrate: setAsideImpossibleLines)
        migrator.registerMigration("v8-mend-edited-migrations", migrate: mendEditedMigrations)
        migrator.registerMigration("v9-account-disabled", migrate: addAccountDisabled)
        migrator.registerMigration("v10-account-limits", migrate: addAccountLimits)
        migrator.registerMigration("v11-consolidation-record", migrate: addConsolidationRecord)
        migrator.registerMigration("v12-site-indexes", migrate: addSiteIndexes)
        migrator.registerMigration("v13-jobs", migrate: createJobTable)
        migrator.registerMigration("v14-order-totals-index", migrate: addOrderTotalsIndex)
        migrator.registerMigration("v15-order-tallies", migrate: addOrderTallies)
        migrator.registerMigration("v16-supplier-files", migrate: addSupplierFiles)
        migrator.registerMigration("v17-driver-role", migrate: addDriverRole)
        migrator.registerMigration("v18-lots-and-notes", migrate: addReceivedLotsAndNotes)
        migrator.registerMigration("v19-standing-orders", migrate: addStandingOrders)
        migrator.registerMigration("v20-plan-vehicles", migrate: addPlanVehicles)
        migrator.registerMigration("v21-catch-weight", migrate: addCatchWeightTerms)
        migrator.registerMigration("v22-kitchen", migrate: addKitchenTables)
        migrator.registerMigration("v23-kitchen-role", migrate: addKitchenRole)
        migrator.registerMigration("v24-reimbursement", migrate: addReimbursementTables)
        migrator.registerMigration("v25-site-jobs", migrate: addSiteJobs)
        migrator.registerMigration("v26-produce-seasons", migrate: addProduceSeasons)
        return migrator
    }

    /// The schema this release brings a database to: its last migration.
    public static var schemaVersion: String { migrator.migrations.last ?? "none" }

    private static func createAllianceAndSites(_ db: Database) throws {
        try db.create(table: "alliance") { t in
            // One alliance per database file.
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.column("buyer", .text).notNull().check { length($0) > 0 }
            t.column("hubName", .text).notNull()
            t.column("hubAddress", .text).notNull()
            t.column("hubCity", .text).notNull()
            t.column("hubLatitude", .double).notNull().check { $0 >= -90 && $0 <= 90 }
            t.column("hubLongitude", .double).notNull().check { $0 >= -180 && $0 <= 180 }
            t.column("consolidationRule", .text).notNull().check { ["fill", "up"].contains($0) }
            t.column("timezone", .text).notNull().check { length($0) > 0 }
        }
        try db.create(table: "site") { t in
            t.primaryKey("id", .text).check { length($0) > 0 }
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.column("kind", .text).notNull().check { ["center", "home"].contains($0) }
            t.column("address", .text).notNull()
            t.column("city", .text).notNull()
            t.column("latitude", .double).notNull().check { $0 >= -90 && $0 <= 90 }
            t.column("longitude", .double).notNull().check { $0 >= -180 && $0 <= 180 }
            t.column("windowStartMinutes", .integer).notNull().check { $0 >= 0 && $0 < 1440 }
            t.column("windowEndMinutes", .integer).notNull().check { $0 >= 0 && $0 < 1440 }
            for column in ["enrollInfant", "enroll1to2", "enroll3to5", "enroll6to12", "enroll13to18", "enrollAdult"] {
                t.column(column, .integer).notNull().check { $0 >= 0 }
            }
            t.check(sql: "windowStartMinutes < windowEndMinutes")
        }
    }

    private static func createCatalog(_ db: Database) throws {
        try db.create(table: "supplier") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().collate(.nocase).check { length($0) > 0 }
            t.column("deliveryFeeCents", .integer).notNull().check { $0 >= 0 }
            t.column("minimumOrderCents", .integer).notNull().check { $0 >= 0 }
        }
        try db.create(table: "product") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("supplier", onDelete: .restrict).notNull()
            // Orders name SKUs only, so a SKU is unique across all suppliers.
            t.column("sku", .text).notNull().unique().check { length($0) > 0 }
            t.column("description", .text).notNull()
            t.column("pack", .text).notNull()
            t.column("casePriceCents", .integer).notNull().check { $0 > 0 }
            t.column("eachPriceCents", .integer).check { $0 == nil || $0 > 0 }
            t.column("storage", .text).notNull().check { ["dry", "cold", "frozen"].contains($0) }
            t.column("food", .text).notNull().check { length($0) > 0 }
            t.column("allergens", .text).notNull()
            t.column("minimumCases", .integer).notNull().check { $0 >= 0 }
        }
        try db.create(table: "priceTier") { t in
            t.belongsTo("product", onDelete: .cascade).notNull()
            t.column("minimumCases", .integer).notNull().check { $0 > 0 }
            t.column("casePriceCents", .integer).notNull().check { $0 > 0 }
            t.primaryKey(["productId", "minimumCases"])
        }
    }

    private static func createWindowsAndOrders(_ db: Database) throws {
        try db.create(table: "orderWindow") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("delivery", .text).notNull().unique()
            t.column("cutoff", .text).notNull()
            t.column("state", .text).notNull().check {
                ["open", "closed", "ordered", "received", "delivered", "invoiced"].contains($0)
            }
            t.check(sql: "cutoff < delivery")
        }
        // The prices a window was closed at, so that a later catalog does not reprice its orders.
        try db.create(table: "windowPrice") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            t.column("casePriceCents", .integer).notNull().check { $0 > 0 }
            t.column("eachPriceCents", .integer).check { $0 == nil || $0 > 0 }
            t.column("minimumCases", .integer).notNull().check { $0 >= 0 }
            t.primaryKey(["orderWindowId", "productId"])
        }
        try db.create(table: "windowPriceTier") { t in
            t.column("orderWindowId", .integer).notNull()
            t.column("productId", .integer).notNull()
            t.column("minimumCases", .integer).notNull().check { $0 > 0 }
            t.column("casePriceCents", .integer).notNull().check { $0 > 0 }
            t.primaryKey(["orderWindowId", "productId", "minimumCases"])
            t.foreignKey(["orderWindowId", "productId"], references: "windowPrice", onDelete: .cascade)
        }
        try db.create(table: "orderLine") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("site", onDelete: .restrict).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            t.column("quantity", .integer).notNull().check { $0 > 0 }
            t.column("unit", .text).notNull().check { ["case", "each"].contains($0) }
            t.column("tolerance", .integer).notNull().check { $0 >= 0 }
            t.primaryKey(["orderWindowId", "siteId", "productId"])
        }
    }

    private static func createResults(_ db: Database) throws {
        // The exact consolidation as JSON, the source of truth for re-reading it; the tables below are
        // the same numbers in rows, for reports and checks in SQL.
        // The exact result is recomputed from the window's frozen inputs, which it is a pure function
        // of; these rows record what was decided and sent, for reports and the audit.
        try db.create(table: "consolidation") { t in
            t.primaryKey("orderWindowId", .integer).references("orderWindow", onDelete: .cascade)
            t.column("rule", .text).notNull().check(sql: "rule IN ('fill', 'up')")
            t.column("goodsCents", .integer).notNull()
            t.column("creditsCents", .integer).notNull()
        }
        try db.create(table: "purchaseLine") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            t.column("cases", .integer).notNull().check { $0 >= 0 }
            t.column("splitEaches", .integer).notNull().check { $0 >= 0 }
            t.column("casePriceCents", .integer).notNull().check { $0 >= 0 }
            t.column("costCents", .integer).notNull().check { $0 >= 0 }
            t.column("tierMinimumCases", .integer).check { $0 == nil || $0 > 0 }
            t.column("dropped", .boolean).notNull()
            t.primaryKey(["orderWindowId", "productId"])
        }
        try db.create(table: "allocation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            // NULL is the hub's stock.
            t.belongsTo("site", onDelete: .restrict)
            for column in [
                "orderedEaches", "allocatedEaches", "fromTolerance", "shortAtPurchase", "shortAtReceiving",
                "costCents", "creditCents",
            ] {
                t.column(column, .integer).notNull().check { $0 >= 0 }
            }
        }
        try db.create(table: "siteInvoice") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("site", onDelete: .restrict).notNull()
            t.column("goodsCents", .integer).notNull()
            t.column("feesCents", .integer).notNull()
            t.column("creditsCents", .integer).notNull()
            t.column("totalCents", .integer).notNull()
            t.column("standaloneCostCents", .integer).notNull()
            t.primaryKey(["orderWindowId", "siteId"])
        }
        try db.create(table: "receipt") { t in
            t.belongsTo("orderWindow", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            t.column("receivedEaches", .integer).notNull().check { $0 >= 0 }
            t.column("reason", .text).notNull().check { ["short", "damaged", "substituted"].contains($0) }
            t.primaryKey(["orderWindowId", "productId"])
        }
    }

    private static func createAudit(_ db: Database) throws {
        try db.create(table: "auditEntry") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .text).notNull()
            t.column("actor", .text).notNull().check { length($0) > 0 }
            t.belongsTo("orderWindow", onDelete: .cascade)
            t.column("action", .text).notNull()
            t.column("detail", .text).notNull()
        }
    }
}
