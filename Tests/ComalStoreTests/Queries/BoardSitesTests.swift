@testable import ComalStore
import ComalCore
import ComalTestSupport
import GRDB
import Testing

/// The buyer's board reads one page of sites, with their own line counts and submissions, and
/// counts the rest: what a page shows must be that page of what the whole alliance ordered.
@Suite("The board's pages of sites")
struct BoardSitesTests {
    /// 60 sites ordering 12 lines each, three of them submitted (stored as a director's submission
    /// is, since the generated window is already closed to directors).
    static func ordered() throws -> (StoreFixture, OrderWindow, submitted: [Site.ID]) {
        let fixture = try StoreFixture()
        let alliance = GeneratedAlliance(siteCount: 60, supplierCount: 3, productCount: 40, linesPerSite: 12)
        let window = try alliance.load(into: fixture.database, delivery: StoreFixture.delivery, cutoff: StoreFixture.cutoff)
        let sites = try fixture.database.sites().map(\.id)
        let submitted = [sites[3], sites[30], sites[59]]
        try fixture.database.pool.write { db in
            for site in submitted {
                try db.execute(
                    sql: "INSERT INTO orderSubmission (orderWindowId, siteId, submittedAt, submittedBy) VALUES (?, ?, ?, 'director')",
                    arguments: [window.id.rawValue, site.rawValue, StoreFixture.beforeCutoff.description])
            }
        }
        return (fixture, window, submitted)
    }

    @Test func pagesTogetherAreEverySiteInOrderWithItsLinesAndSubmission() throws {
        let (fixture, window, submitted) = try Self.ordered()
        let database = fixture.database
        let lines = Dictionary(grouping: try database.orderLines(window: window.id), by: \.site).mapValues(\.count)
        let pages = try (1...3).map { try database.boardSites(window: window.id, page: $0, limit: 25) }
        #expect(pages.map(\.shown.count) == [25, 25, 10])
        #expect(pages.map(\.skipped) == [0, 25, 50])
        #expect(pages.allSatisfy { $0.siteCount == 60 && $0.submittedCount == 3 })
        let shown = pages.flatMap(\.shown)
        #expect(shown.map(\.id) == (try database.sites()).map(\.id))
        #expect(shown.map(\.name) == (try database.sites()).map(\.name))
        #expect(shown.allSatisfy { $0.lines == lines[$0.id] ?? 0 })
        #expect(Set(shown.filter { $0.submittedAt != nil }.map(\.id)) == Set(submitted))
        #expect(shown.compactMap(\.submittedAt).allSatisfy { $0 == StoreFixture.beforeCutoff })
        #expect(try database.boardSites(window: window.id).shown == shown)
    }

    @Test(arguments: [(0, 0), (-4, 0), (4, 50), (1_000_000, 50)])
    func aPageOutsideTheBoardShowsTheNearestOne(page: Int, skipped: Int) throws {
        let (fixture, window, _) = try Self.ordered()
        let read = try fixture.database.boardSites(window: window.id, page: page, limit: 25)
        #expect(read.skipped == skipped)
        #expect(read.shown.first?.id == (try fixture.database.sites())[skipped].id)
    }

    @Test func aPageReadsItsOwnSitesByKey() throws {
        let (fixture, window, _) = try Self.ordered()
        let log = StatementLog()
        let traced = try AppDatabase(path: fixture.directory.path("comal.sqlite"), statementObserver: log.record)
        log.reset()
        _ = try traced.boardSites(window: window.id, page: 2, limit: 25)
        let plan = try fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(try #require(log.all.last { $0.contains("LEFT JOIN") }))").map { $0["detail"] as String }
        }
        // The page's sites find their tally and submission by primary key.
        // Only the sites (by their key's index) and the page taken from them are scanned.
        #expect(plan.filter { $0.hasPrefix("SCAN") } == ["SCAN site USING INDEX sqlite_autoindex_site_1", "SCAN shown"], "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH tally USING PRIMARY KEY (orderWindowId=? AND siteId=?)") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH submission USING INDEX") && $0.contains("(orderWindowId=? AND siteId=?)") }, "\(plan)")
    }
}
