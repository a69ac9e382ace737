import ComalCore
import GRDB

extension AppDatabase {
    /// The version of a site's order in a window: its lines and whether and when it was submitted.
    public func orderVersion(window: OrderWindow.ID, site: Site.ID) throws -> ContentVersion {
        try read { db in try Self.orderVersion(db, window: window, site: site) }
    }

    static func orderVersion(_ db: Database, window: OrderWindow.ID, site: Site.ID) throws -> ContentVersion {
        let lines = try Row.fetchAll(
            db,
            sql: """
                SELECT productId, quantity, unit, tolerance FROM orderLine
                WHERE orderWindowId = ? AND siteId = ? ORDER BY productId
                """, arguments: [window.rawValue, site.rawValue])
        let submitted = try String.fetchOne(
            db, sql: "SELECT submittedAt FROM orderSubmission WHERE orderWindowId = ? AND siteId = ?",
            arguments: [window.rawValue, site.rawValue])
        let text = lines.map { "\($0[0] as Int64) \($0[1] as Int64) \($0[2] as String) \($0[3] as Int64)" }
        return ContentVersion(of: (text + ["submitted \(submitted ?? "no")"]).joined(separator: "\n"))
    }

    /// Refuses a change based on `expected` when the order has since become another version.
    static func checkOrderVersion(_ db: Database, _ expected: ContentVersion?, window: OrderWindow.ID, site: Site.ID) throws {
        guard let expected, try orderVersion(db, window: window, site: site) != expected else { return }
        throw StoreError.changedSinceRead(what: .order(site))
    }
}
