import ComalCore
import GRDB

/// A site's line on the buyer's board: who it is, how many order lines it has in the window, and
/// when it submitted them.
public struct BoardSite: Hashable, Sendable {
    public var id: Site.ID
    public var name: String
    public var lines: Int
    public var submittedAt: LocalDateTime?

    public init(id: Site.ID, name: String, lines: Int, submittedAt: LocalDateTime?) {
        self.id = id
        self.name = name
        self.lines = lines
        self.submittedAt = submittedAt
    }
}

/// The sites of a board, as many as it shows, and the counts over all of them.
public struct BoardSites: Hashable, Sendable {
    /// The sites shown, in id order.
    public var shown: [BoardSite]
    /// How many sites come before the first one shown.
    public var skipped: Int
    public var siteCount: Int
    public var submittedCount: Int
}

extension AppDatabase {
    /// One page of the board's sites (all of them when `limit` is nil), with their line counts and
    /// submissions, and the alliance's site and submission counts, read in one transaction.
    ///
    /// A page past the last is the last: the board may have shrunk since its link was made. The
    /// shown sites are joined to the window's tallies by key, so a page reads its own sites' rows
    /// and counts the rest, however many sites the alliance has.
    public func boardSites(window id: OrderWindow.ID, page: Int = 1, limit: Int? = nil) throws -> BoardSites {
        try read { db in
            let siteCount = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM site")) ?? 0
            let submittedCount =
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*) FROM orderSubmission WHERE orderWindowId = ?"),
                    arguments: [id.rawValue]) ?? 0
            var skipped = 0
            if let limit {
                let pageCount = max(1, (siteCount + limit - 1) / limit)
                skipped = (min(max(page, 1), pageCount) - 1) * limit
            }
            let statement = try db.cachedStatement(
                sql: """
                    SELECT shown.id, shown.name, coalesce(tally.lines, 0), submission.submittedAt
                    FROM (SELECT id, name FROM site ORDER BY id LIMIT ? OFFSET ?) shown
                    LEFT JOIN orderSiteTally tally ON tally.orderWindowId = ? AND tally.siteId = shown.id
                    LEFT JOIN orderSubmission submission ON submission.orderWindowId = ? AND submission.siteId = shown.id
                    ORDER BY shown.id
                    """)
            let shown = try Array(
                Row.fetchCursor(statement, arguments: [limit ?? -1, skipped, id.rawValue, id.rawValue]).map { row in
                    BoardSite(
                        id: Site.ID(row[0] as String), name: row[1], lines: row[2],
                        submittedAt: try (row[3] as String?).map(Self.submittedAt))
                })
            return BoardSites(shown: shown, skipped: skipped, siteCount: siteCount, submittedCount: submittedCount)
        }
    }
}
