import ComalCore
import GRDB

extension AppDatabase {
    /// The version of a site's order in a window: its lines and whether and when it was submitted.
    static func orderVersion(_ db: Database, window: OrderWindow.ID, site: Site.ID) throws -> ContentVersion {
        orderVersion(lines: try orderLines(db, window, site: site), submittedAt: try storedSubmission(db, window: window, site: site))
    }

    /// The version of the order made of `lines` and the stored submission time: one text of its lines
    /// in product order and the submission, so that a page that has read both computes the same
    /// version as a write checking it.
    static func orderVersion(lines: [SiteOrderLine], submittedAt: String?) -> ContentVersion {
        let text = lines.sorted { $0.product.rawValue < $1.product.rawValue }.map {
            "\($0.product.rawValue) \($0.quantity) \($0.unit.rawValue) \($0.tolerance)"
        }
        return ContentVersion(of: (text + ["submitted \(submittedAt ?? "no")"]).joined(separator: "\n"))
    }

    /// When a site submitted its order in a window, as stored.
    static func storedSubmission(_ db: Database, window: OrderWindow.ID, site: Site.ID) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT submittedAt FROM orderSubmission WHERE orderWindowId = ? AND siteId = ?"),
            arguments: [window.rawValue, site.rawValue])
    }

    /// Refuses a change based on `expected` when the order has since become another version.
    static func checkOrderVersion(_ db: Database, _ expected: ContentVersion?, window: OrderWindow.ID, site: Site.ID) throws {
        guard let expected, try orderVersion(db, window: window, site: site) != expected else { return }
        throw StoreError.changedSinceRead(what: .order(site))
    }
}
