import ComalCore
import Foundation
import GRDB

/// A row of `siteMenu`.
struct SiteMenuRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "siteMenu"

    var siteId: String
    var menuId: String
    var source: String
    var file: String
    var updatedAt: String
    var updatedBy: String

    func siteMenu() throws -> SiteMenu {
        guard let time = LocalDateTime(parsing: updatedAt) else {
            throw StoreError.unreadableStoredValue(table: "siteMenu", column: "updatedAt", value: updatedAt)
        }
        return SiteMenu(
            site: Site.ID(siteId), menu: Menu.ID(menuId), source: source, file: file, updatedAt: time,
            updatedBy: updatedBy)
    }
}

extension AppDatabase {
    /// Stores the food table (`catalogs/foods.csv`), replacing the one before, all or nothing: a bad
    /// row stops the import with its file, line and column, and so does a food that a site's menu
    /// names and the new table drops.
    @discardableResult
    public func importFoods(csv: String, file: String, now: LocalDateTime, actor: String) throws -> Int {
        let foods = try FoodTableReader.read(csv, file: file)
        return try pool.write { db in
            var problems: [String] = []
            for record in try SiteMenuRecord.order(Column("siteId"), Column("menuId")).fetchAll(db) {
                do {
                    _ = try MenuReader.read(record.source, file: "\(record.siteId)/\(record.menuId)", foods: foods)
                } catch {
                    problems.append("\(error)")
                }
            }
            guard problems.isEmpty else { throw MenuStoreError.menusNeedFoods(problems) }
            try db.execute(
                sql: "INSERT OR REPLACE INTO foodTable (id, csv, file, importedAt) VALUES (1, ?, ?, ?)",
                arguments: [csv, file, now.description])
            try Self.audit(
                db, at: now, actor: actor, window: nil, action: "import foods", detail: "\(file): \(foods.count) foods")
            return foods.count
        }
    }

    /// The stored food table, by id; nil before one is imported.
    public func foods() throws -> [Food.ID: Food]? {
        try parsedFoods()?.foods
    }

    private func parsedFoods() throws -> (foods: [Food.ID: Food], generation: Int)? {
        // SQLite compares the stored table with the one last parsed: reading its tens of kilobytes
        // out on every menu shown, to compare them here, was a twentieth of an order page.
        if let last = parsed.lastFoods(),
            try read({ db in
                try Bool.fetchOne(
                    db.cachedStatement(sql: "SELECT csv = ? AND file = ? FROM foodTable WHERE id = 1"), arguments: [last.csv, last.file])
            }) == true
        {
            return (last.foods, last.generation)
        }
        let stored = try read { db in try Row.fetchOne(db.cachedStatement(sql: "SELECT csv, file FROM foodTable WHERE id = 1")) }
        guard let stored else { return nil }
        return try parsed.foods(csv: stored["csv"], file: stored["file"])
    }

    /// A site's stored menu read against the stored food table (parsed once per distinct text).
    public func menu(_ stored: SiteMenu) throws -> Menu {
        guard let foods = try parsedFoods() else { throw MenuStoreError.noFoodTable }
        return try parsed.menu(source: stored.source, file: stored.file, foods: foods.foods, generation: foods.generation)
    }

    /// Gives each of `sites` its own copy of the menu in `yaml`, after reading it against the stored
    /// food table; a site that already has a menu with this id has it replaced. One transaction.
    @discardableResult
    public func assignMenu(yaml: String, file: String, sites: [Site.ID], now: LocalDateTime, actor: String) throws -> Menu {
        guard let foods = try foods() else { throw MenuStoreError.noFoodTable }
        let menu = try MenuReader.read(yaml, file: file, foods: foods)
        // Every item must also resolve for the check (a recipe served in a unit its portion can be compared with).
        _ = try menu.checkRequests(foods: foods, asOf: now.date)
        guard !sites.isEmpty else { throw MenuStoreError.noSites }
        try pool.write { db in
            for site in sites {
                guard try SiteRecord.exists(db, key: site.rawValue) else { throw MenuStoreError.unknownSite(site) }
                try SiteMenuRecord(
                    siteId: site.rawValue, menuId: menu.id.rawValue, source: yaml, file: file,
                    updatedAt: now.description, updatedBy: actor
                ).save(db)
            }
            try Self.audit(
                db, at: now, actor: actor, window: nil, action: "assign menu",
                detail: "\(menu.id) from \(file) to \(sites.map(\.rawValue).joined(separator: ", "))")
        }
        return menu
    }

    /// A site's menus, by id.
    public func siteMenus(site: Site.ID) throws -> [SiteMenu] {
        try read { db in
            try SiteMenuRecord.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM siteMenu WHERE siteId = ? ORDER BY menuId"), arguments: [site.rawValue]
            ).map { try $0.siteMenu() }
        }
    }

    /// One of a site's menus, or nil.
    public func siteMenu(site: Site.ID, menu: Menu.ID) throws -> SiteMenu? {
        try read { db in
            try SiteMenuRecord.fetchOne(db, key: ["siteId": site.rawValue, "menuId": menu.rawValue])?.siteMenu()
        }
    }

    /// Saves a changed copy of a site's menu after reading it against the stored food table, with an
    /// audit entry, in one transaction; a menu that does not read is refused and nothing changes, and
    /// so is a change `basedOn` a version of the menu someone else has since changed.
    @discardableResult
    public func saveSiteMenu(
        site: Site.ID, menu id: Menu.ID, yaml: String, now: LocalDateTime, actor: String, detail: String,
        basedOn expected: ContentVersion? = nil
    ) throws -> Menu {
        guard let foods = try foods() else { throw MenuStoreError.noFoodTable }
        return try pool.write { db in
            guard var record = try SiteMenuRecord.fetchOne(db, key: ["siteId": site.rawValue, "menuId": id.rawValue]) else {
                throw MenuStoreError.unknownMenu(site: site, menu: id)
            }
            if let expected, ContentVersion(of: record.source) != expected {
                throw StoreError.changedSinceRead(what: .menu(site, id))
            }
            let menu = try MenuReader.read(yaml, file: record.file, foods: foods)
            guard menu.id == id else { throw MenuStoreError.menuIDChanged(from: id, to: menu.id) }
            _ = try menu.checkRequests(foods: foods, asOf: now.date)
            record.source = yaml
            record.updatedAt = now.description
            record.updatedBy = actor
            try record.update(db)
            try Self.audit(db, at: now, actor: actor, window: nil, action: "edit menu", detail: "\(site) \(id): \(detail)")
            return menu
        }
    }
}
