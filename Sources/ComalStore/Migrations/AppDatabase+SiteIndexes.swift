import GRDB

extension AppDatabase {
    /// Migration `v12-site-indexes`: a site's savings over every week are found by the site, not
    /// filtered from every site's invoices; a director's home page reads them on each view.
    static func addSiteIndexes(_ db: Database) throws {
        try db.create(index: "siteInvoice_by_site", on: "siteInvoice", columns: ["siteId", "orderWindowId"])
    }
}
