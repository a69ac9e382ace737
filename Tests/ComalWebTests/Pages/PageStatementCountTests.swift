import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import GRDB
import Synchronization
import Testing

/// A director's pages and API calls, and the buyer's board, issue as many SQL statements for a
/// large alliance as for a small one: each reads its own site's rows, or one query over all, and
/// never a statement per site or per line. The board, on the page and in the API, reads sums and the
/// stored invoices, never an allocation. Counted with GRDB's trace on the real server.
@Suite("A page's statements do not grow with the alliance")
struct PageStatementCountTests {
    /// The seeded alliance with `extraSites` more sites, every site ordering all three products in
    /// window 1 (closed and consolidated) and window 2 (open).
    static func grow(_ database: AppDatabase, by extraSites: Int) throws {
        let extra = (0..<extraSites).map { String(format: "NEW-%03d", $0) }
        if !extra.isEmpty {
            let rows = extra.map { "\($0),Sitio \($0),home,1 Main St,Belen,34.66,-106.77,08:00,12:00,1,2,3,0,0,1" }
            _ = try database.importSites(
                csv: Seed.sitesCSV.split(separator: "\n")[0] + "\n" + rows.joined(separator: "\n") + "\n", file: "more.csv")
        }
        let orders =
            "site_id,sku,quantity,unit,tolerance\n"
            + (["ESP-01", "SOL-02"] + extra).flatMap { ["\($0),BN-10,7,each,1", "\($0),MK-1,1,case,0", "\($0),RC-25,2,case,0"] }
            .joined(separator: "\n") + "\n"
        let now = LocalDateTime(parsing: "2026-11-24 09:00")!
        _ = try database.importOrders(csv: orders, file: "orders.csv", window: OrderWindow.ID(1), now: now, buyer: nil)
        _ = try database.closeWindow(OrderWindow.ID(1), now: now, force: true, actor: "buyer")
        try database.saveConsolidation(
            try database.consolidationInputs(window: OrderWindow.ID(1)).compute(), window: OrderWindow.ID(1), actor: "buyer",
            now: now)
        let next = try database.openWindow(
            delivery: CalendarDate(year: 2026, month: 12, day: 7)!, cutoff: LocalDateTime(parsing: "2026-12-02 17:00")!)
        _ = try database.importOrders(csv: orders, file: "orders.csv", window: next.id, now: now, buyer: nil)
    }

    /// The statements each measured request ran, by its name.
    /// Tables with a row per site (or per site and product), and the column naming the site: a
    /// director's request may only search them by its own site.
    static let perSiteTables = [
        "orderLine": "siteId", "orderSubmission": "siteId", "allocation": "siteId", "siteInvoice": "siteId",
        "feeShare": "siteId", "site": "id", "siteMenu": "siteId", "session": "id",
        // The audit grows with every change anyone makes; no page a director reads looks at it.
        "auditEntry": "never read",
    ]

    /// The statements of `statements` that read every site's rows of a per-site table (a scan, or a
    /// search not narrowed to one site), with SQLite's plan for them.
    static func scans(_ statements: [String], in path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try statements.filter { $0.hasPrefix("SELECT") }.compactMap { sql in
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(sql)").map { $0["detail"] as String }
                let wide = plan.filter { step in
                    perSiteTables.contains { table, column in
                        names(of: table, in: sql).contains { name in
                            step == "SCAN \(name)" || step.hasPrefix("SCAN \(name) ")
                                || (step.hasPrefix("SEARCH \(name) ") && !step.contains("\(column)=?"))
                        }
                    }
                }
                return wide.isEmpty ? nil : "\(sql) → \(wide)"
            }
        }
    }

    /// The names SQLite's plan may give `table` in `sql`: its own, and any alias (`siteInvoice i`).
    static func names(of table: String, in sql: String) -> [String] {
        let alias = try! Regex("\\b\(table)\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z0-9_]*)")
        let keywords: Set<String> = ["ON", "WHERE", "JOIN", "ORDER", "GROUP", "LIMIT", "LEFT", "INNER", "USING", "SET", "VALUES"]
        return [table]
            + sql.matches(of: alias).compactMap { match in
                (match.output[1].substring).map(String.init).flatMap { keywords.contains($0.uppercased()) ? nil : $0 }
            }
    }

    /// The buyer's requests, which read every site's counts and invoices (a row per site, not per line).
    static let boards: Set = ["buyer's board", "buyer's consolidated board", "API board"]

    /// The statements of `statements` whose plan reads `table`, with that plan.
    static func reads(_ table: String, _ statements: [String], in path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try statements.filter { $0.hasPrefix("SELECT") }.compactMap { sql in
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(sql)").map { $0["detail"] as String }
                let reading = plan.filter { step in
                    names(of: table, in: sql).contains { step.hasPrefix("SCAN \($0)") || step.hasPrefix("SEARCH \($0)") }
                }
                return reading.isEmpty ? nil : "\(sql) → \(reading)"
            }
        }
    }

    static func statements(extraSites: Int) async throws -> [String: [String]] {
        let log = StatementLog()
        let counted = Mutex<[String: [String]]>([:])
        try await LiveServer.run(prepare: { try grow($0, by: extraSites) }, statementObserver: log.record) { server in
            let director = try await server.signedIn("esp-director")
            let buyer = try await server.signedIn("buyer")
            let api = try server.api("esp-director", recorder: OpenAPIRecorder())
            let buyerAPI = try server.api("buyer", recorder: OpenAPIRecorder())
            let requests: [(String, @Sendable () async throws -> Int)] = [
                ("order page", { try await director.get("/sites/ESP-01/windows/2/order").status }),
                ("allocation page", { try await director.get("/sites/ESP-01/windows/1/allocation").status }),
                ("site home", { try await director.get("/sites/ESP-01").status }),
                ("API order", { try await api.get("getOrder", "/sites/ESP-01/windows/2/order").status }),
                ("API allocation", { try await api.get("getAllocation", "/sites/ESP-01/windows/1/allocation").status }),
                ("buyer's board", { try await buyer.get("/buyer/windows/2").status }),
                ("buyer's top-ups", { try await buyer.get("/buyer/windows/2/top-ups").status }),
                ("buyer's consolidated board", { try await buyer.get("/buyer/windows/1").status }),
                ("API board", { try await buyerAPI.get("getBoard", "/windows/1/board").status }),
            ]
            for (name, request) in requests {
                let first = try await request()
                #expect(first == 200, "\(name): \(first)")  // The first view may fill caches.
                log.reset()
                #expect(try await request() == 200, "\(name)")
                let statements = log.all
                counted.withLock { $0[name] = statements }
                let path = server.directory.path("comal.sqlite")
                if Self.boards.contains(name) {
                    let reads = try Self.reads("allocation", statements, in: path)
                    #expect(reads.isEmpty, "\(name) reads allocations:\n\(reads.joined(separator: "\n"))")
                } else {
                    let scans = try Self.scans(statements, in: path)
                    #expect(scans.isEmpty, "\(name) scans every site's rows:\n\(scans.joined(separator: "\n"))")
                }
            }
        }
        return counted.withLock { $0 }
    }

    @Test func aDirectorsPagesAndTheBoardIssueAsManyStatementsFor60SitesAsFor2() async throws {
        let small = try await Self.statements(extraSites: 0)
        let large = try await Self.statements(extraSites: 60)
        #expect(small.count == 9)
        for (name, statements) in small.sorted(by: { $0.key < $1.key }) {
            #expect(!statements.isEmpty, "\(name) read the database")
            // The session (or token) is read by the middleware; the page in one transaction after.
            let transactions = statements.filter { $0.hasPrefix("BEGIN") }.count
            #expect(transactions <= 2, "\(name) read in \(transactions) transactions:\n\(statements.joined(separator: "\n"))")
            #expect(
                large[name]?.count == statements.count,
                "\(name): \(statements.count) statements for 2 sites, \(large[name]?.count ?? 0) for 62:\n\((large[name] ?? []).joined(separator: "\n"))"
            )
        }
    }
}
