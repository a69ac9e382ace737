@testable import ComalStore
import ComalTestSupport
import GRDB
import Testing

/// `SiteRecord.init(row:)` reads columns by position: the table must have them in that order.
@Suite("A site row is read in the table's column order")
struct SiteRecordColumnTests {
    @Test func theSiteTablesColumnsAreInTheOrderTheRecordReadsThem() throws {
        let (fixture, _, _) = try StoreFixture.seeded()
        let columns = try fixture.database.pool.read { db in try db.columns(in: "site").map(\.name) }
        #expect(columns == SiteRecord.columnOrder)
        #expect(try fixture.database.sites().count > 1)
    }
}
