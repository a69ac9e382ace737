import GRDB

extension AppDatabase {
    /// The food table and each site's own copy of its menus, so that the web app can show and edit
    /// them (migration "v4-menus").
    static func createMenuTables(_ db: Database) throws {
        // One food table per alliance: the CSV text as imported, read with `FoodTableReader`, so the
        // file and the database can never disagree on how a row is read.
        try db.create(table: "foodTable") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("csv", .text).notNull()
            t.column("file", .text).notNull()
            t.column("importedAt", .text).notNull()
        }
        // Each site holds its own copy of a menu, so a cook's edit never changes another site's menu.
        try db.create(table: "siteMenu") { t in
            t.belongsTo("site", onDelete: .cascade).notNull()
            t.column("menuId", .text).notNull().check { length($0) > 0 }
            t.column("source", .text).notNull()
            t.column("file", .text).notNull()
            t.column("updatedAt", .text).notNull()
            t.column("updatedBy", .text).notNull().check { length($0) > 0 }
            t.primaryKey(["siteId", "menuId"])
        }
    }
}
