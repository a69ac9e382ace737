@testable import ComalStore
import ComalCore
import ComalTestSupport
import GRDB
import PropertyBased
import Testing

/// The board reads each product's total and each site's line count from tallies the `orderLine`
/// triggers keep (`v15-order-tallies`); after any changes they must be what the lines sum to.
@Suite("The order tallies are always the sums of the lines")
struct OrderTallyTests {
    static let sites = [Site.ID("ESP-01"), Site.ID("SOL-02")]
    static let skus = ["BN-10", "MK-1", "RC-25"]

    /// The tallies as stored, and the same sums computed from the lines, as comparable texts.
    static func tallies(_ database: AppDatabase) throws -> (stored: [String], summed: [String]) {
        try database.pool.read { db in
            let stored =
                try String.fetchAll(
                    db, sql: "SELECT orderWindowId || ' ' || productId || ' ' || unit || ' ' || lines || ' ' || quantity || ' ' || tolerance FROM orderProductTally ORDER BY 1")
                + String.fetchAll(db, sql: "SELECT orderWindowId || ' ' || siteId || ' ' || lines FROM orderSiteTally ORDER BY 1")
            let summed =
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT orderWindowId || ' ' || productId || ' ' || unit || ' ' || COUNT(*) || ' ' || SUM(quantity) || ' ' || SUM(tolerance)
                        FROM orderLine GROUP BY orderWindowId, productId, unit ORDER BY 1
                        """)
                + String.fetchAll(
                    db, sql: "SELECT orderWindowId || ' ' || siteId || ' ' || COUNT(*) FROM orderLine GROUP BY orderWindowId, siteId ORDER BY 1")
            return (stored, summed)
        }
    }

    @Test func anySequenceOfLineChangesAndImportsKeepsTheTalliesEqualToTheSums() async throws {
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int.max)) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            guard let (fixture, _, window) = try? StoreFixture.seeded() else {
                Issue.record("the fixture could not be made")
                return
            }
            for _ in 0..<12 {
                let site = Self.sites.randomElement(using: &random)!
                if Int.random(in: 0..<4, using: &random) == 0 {
                    let lines = Self.skus.filter { _ in Bool.random(using: &random) }.map { sku in
                        "\(site),\(sku),\(Int.random(in: 1...9, using: &random)),\(Bool.random(using: &random) ? "case" : "each"),\(Int.random(in: 0...3, using: &random))"
                    }
                    _ = try? fixture.database.importOrders(
                        csv: ([Fixtures.orderHeader] + lines).joined(separator: "\n") + "\n", file: "orders.csv", window: window.id,
                        now: StoreFixture.beforeCutoff, buyer: nil, site: site)
                } else {
                    // A quantity of 0 removes the line; an each of a product that does not split is refused.
                    try? fixture.database.setOrderLine(
                        site: site, window: window.id, sku: Self.skus.randomElement(using: &random)!,
                        quantity: Int.random(in: 0...6, using: &random), unit: Bool.random(using: &random) ? .case : .each,
                        tolerance: Int.random(in: 0...3, using: &random), now: StoreFixture.beforeCutoff, source: "test")
                }
            }
            // Twelve random changes may remove every line (a quarter replace the site's order with a random
            // subset, which may be empty; a quantity of 0 removes one): one line more keeps the check about lines.
            try? fixture.database.setOrderLine(
                site: Self.sites[0], window: window.id, sku: Self.skus[0], quantity: 1, unit: .case, tolerance: 0,
                now: StoreFixture.beforeCutoff, source: "test")
            let (stored, summed) = try #require(try? Self.tallies(fixture.database))
            #expect(stored == summed, "seed \(seed)")
            #expect(!summed.isEmpty || seed == 0)
        }
    }

    @Test func anUpgradedDatabaseTalliesTheLinesItAlreadyHad() throws {
        let (scratch, path) = try UpgradeTests.copy("v14-demo.sqlite")
        _ = scratch
        let database = try AppDatabase(path: path)
        let (stored, summed) = try Self.tallies(database)
        #expect(!summed.isEmpty)
        #expect(stored == summed)
    }

    @Test func theBoardReadsTheTalliesByKeyWithoutASort() throws {
        let (fixture, _, _) = try StoreFixture.seeded()
        let plan = try fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(AppDatabase.orderTotalsSQL)", arguments: [1]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("SEARCH orderProductTally USING PRIMARY KEY") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
