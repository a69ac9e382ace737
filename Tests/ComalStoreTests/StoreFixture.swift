@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB

/// A fresh database file in its own temporary directory, kept alive as long as the fixture.
struct StoreFixture {
    let directory: TemporaryDirectory
    let database: AppDatabase

    init() throws {
        directory = try TemporaryDirectory()
        database = try AppDatabase(path: directory.path("comal.sqlite"))
    }

    /// Rows in `table`, to show that a refused import wrote nothing.
    func count(_ table: String) throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
