import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `comal serve` killed with SIGKILL while it runs a director's order upload, the buyer's
/// consolidation or the buyer's receiving, at moments from 0 to 1.5 s into the request: after a
/// restart the database holds the week before or after the step, never half, and the same request
/// then goes through.
@Suite("The server killed mid-step leaves the before or the after, and the step runs again")
struct KilledServerTests {
    static let delays = [0, 30, 100, 300, 700, 1500]
    static let alliance = GeneratedAlliance(siteCount: 120, supplierCount: 3, productCount: 300, linesPerSite: 40)

    /// One step as a client sends it, and what the database holds before and after it.
    struct Step: Sendable {
        var method, path, contentType, body: String
        var token: String
        /// Something of the database that differs between before and after, and nothing else.
        var outcome: @Sendable (AppDatabase) throws -> String
    }

    /// A database file with the buyer `ana` and the director `dora` of S0, each with an API token.
    static func accounts(_ scratch: TemporaryDirectory, _ database: String) async throws -> [String: String] {
        let comal = ProcessRunner.builtProduct("comal")
        let password = try scratch.write("long enough password\n", to: "pw.txt")
        var tokens: [String: String] = [:]
        for (user, role) in [("ana", ["buyer"]), ("dora", ["director", "--site", "S0"])] {
            let added = try await ProcessRunner.run(
                comal, ["user", "add", user, "--role"] + role + ["--password-file", password, "--db", database])
            try #require(added.status == 0, "\(added.stderr)")
            let token = try await ProcessRunner.run(comal, ["user", "token", user, "--db", database])
            tokens[user] = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return tokens
    }

    /// Runs `step` against a fresh copy of `base` for every delay: kill, check, restart, redo.
    static func killAndRedo(_ step: Step, base: String, in scratch: TemporaryDirectory) async throws {
        let before = try step.outcome(try AppDatabase(path: base))
        var after: String?
        var killedInside = 0
        for delay in delays {
            let database = scratch.path("run-\(delay).sqlite")
            try await DatabaseSnapshot.copy(base, to: database)

            let server = try await ServedComal.start(database)
            let request = Task { try? await send(step, to: server.address) }
            try await Task.sleep(for: .milliseconds(delay))
            let killed = await server.server.killOutright()
            let answer = await request.value
            // Past 0 ms the request was on its way or being served when the kill landed.
            if delay > 0, answer == nil, killed.status == 128 + SIGKILL { killedInside += 1 }

            let found = try step.outcome(try AppDatabase(path: database))
            #expect(found == before || found == after || after == nil, "after \(delay) ms the step left half a week")

            let restarted = try await ServedComal.start(database)
            let redone = await (try? send(step, to: restarted.address))
            #expect(redone == 200, "after \(delay) ms the step did not run again: \(restarted.server.standardError.suffix(2000))")
            await restarted.server.stop()
            let done = try step.outcome(try AppDatabase(path: database))
            #expect(done != before, "the step changed nothing")
            if let after { #expect(done == after, "after \(delay) ms the redone step differs") } else { after = done }
            #expect(found == before || found == done, "after \(delay) ms the step left half a week")
        }
        #expect(killedInside > 0, "no kill landed before the step answered")
    }

    /// The status of the step's answer, 200 for a job (202) that then finished; throws when the
    /// connection died first, or the server before the job finished.
    static func send(_ step: Step, to address: String) async throws -> Int {
        var request = URLRequest(url: URL(string: String(address.dropLast()) + step.path)!, timeoutInterval: 120)
        request.httpMethod = step.method
        request.httpBody = Data(step.body.utf8)
        request.setValue(step.contentType, forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(step.token)", forHTTPHeaderField: "Authorization")
        let (_, response) = try await URLSession(configuration: .ephemeral).data(for: request)
        let http = response as? HTTPURLResponse
        guard http?.statusCode == 202, let job = http?.value(forHTTPHeaderField: "Location") else { return http?.statusCode ?? 0 }
        return try await ServedComal.finish(job: job, at: address, token: step.token) == "done" ? 200 : 500
    }

    @Test func anOrderUploadKilledMidwayIsAllThereOrNotThere() async throws {
        let scratch = try TemporaryDirectory()
        let base = scratch.path("base.sqlite")
        let database = try AppDatabase(path: base)
        _ = try database.importSites(csv: Self.alliance.sitesCSV, file: "sites.csv")
        for supplier in 0..<Self.alliance.supplierCount {
            let added = try database.addSupplier(name: "Supplier \(supplier)", deliveryFee: .zero, minimumOrder: .zero)
            _ = try database.importCatalog(csv: Self.alliance.catalogCSV(supplier: supplier), file: "catalog.csv", supplier: added.id)
        }
        let window = try database.openWindow(
            delivery: CalendarDate(parsing: "2099-12-14")!, cutoff: LocalDateTime(parsing: "2099-12-09 17:00")!)
        _ = try database.importOrders(
            csv: "site_id,sku,quantity,unit,tolerance\nS0,P1,1,case,0\n", file: "first.csv", window: window.id,
            now: LocalDateTime(parsing: "2099-12-01 09:00")!, buyer: nil)
        let tokens = try await Self.accounts(scratch, base)
        let upload = "site_id,sku,quantity,unit,tolerance\n" + (0..<300).map { "S0,P\($0),2,case,1\n" }.joined()
        try await Self.killAndRedo(
            Step(
                method: "PUT", path: "/api/v1/sites/S0/windows/1/order", contentType: "text/csv", body: upload,
                token: tokens["dora"]!,
                outcome: { database in
                    try database.orderLines(window: OrderWindow.ID(1), site: Site.ID("S0"))
                        .map { "\($0.product) \($0.quantity) \($0.tolerance)" }.sorted().joined(separator: ",")
                }),
            base: base, in: scratch)
    }

    /// The generated alliance's week, ordered and closed, in `base.sqlite`.
    static func closedWeek(in scratch: TemporaryDirectory) throws -> String {
        let base = scratch.path("base.sqlite")
        _ = try alliance.load(
            into: AppDatabase(path: base), delivery: CalendarDate(parsing: "2026-11-30")!,
            cutoff: LocalDateTime(parsing: "2026-11-25 17:00")!)
        return base
    }

    @Test func aConsolidationKilledMidwayIsAllThereOrNotThere() async throws {
        let scratch = try TemporaryDirectory()
        let base = try Self.closedWeek(in: scratch)
        let tokens = try await Self.accounts(scratch, base)
        try await Self.killAndRedo(
            Step(
                method: "POST", path: "/api/v1/windows/1/consolidate", contentType: "application/json", body: "",
                token: tokens["ana"]!,
                outcome: { database in
                    let state = try database.window(OrderWindow.ID(1))?.state
                    let consolidation = try database.consolidation(window: OrderWindow.ID(1))
                    let lines = consolidation?.purchases.flatMap(\.lines).map { "\($0.product.sku) \($0.boughtEaches)" }
                    return "\(String(describing: state)) \(lines ?? [])"
                }),
            base: base, in: scratch)
    }

    @Test func aReceivingKilledMidwayIsAllThereOrNotThere() async throws {
        let scratch = try TemporaryDirectory()
        let base = try Self.closedWeek(in: scratch)
        let consolidated = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), ["consolidate", "--window", "1", "--out", scratch.path("out"), "--db", base])
        try #require(consolidated.status == 0, "\(consolidated.stderr)")
        let bought = try #require(try AppDatabase(path: base).consolidation(window: OrderWindow.ID(1))).purchases
            .flatMap(\.lines).filter { $0.boughtEaches > 0 }
        let receipts = "sku,received_eaches,reason\n" + bought.map { "\($0.product.sku),\($0.boughtEaches - 1),short\n" }.joined()
        let tokens = try await Self.accounts(scratch, base)
        try await Self.killAndRedo(
            Step(
                method: "POST", path: "/api/v1/windows/1/receiving", contentType: "text/csv", body: receipts,
                token: tokens["ana"]!,
                outcome: { database in
                    let state = try database.window(OrderWindow.ID(1))?.state
                    let received = try database.receipts(window: OrderWindow.ID(1)).map { "\($0.product) \($0.receivedEaches)" }
                    let credits = try database.consolidation(window: OrderWindow.ID(1))?.invoices.map(\.creditTotal.cents) ?? []
                    return "\(String(describing: state)) \(received.sorted()) \(credits)"
                }),
            base: base, in: scratch)
    }
}
