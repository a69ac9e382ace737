import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// `kill -9` in the middle of a step: whatever moment it lands, the database holds the week before
/// or after the step, never half of it, every workbook on disk is whole, and the step runs again.
@Suite("A step killed with SIGKILL leaves the before or the after, and runs again")
struct KilledStepTests {
    /// A whole .xlsx (a zip) ends with the end-of-central-directory record; a file cut short does not.
    static func isWholeZip(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), data.count > 22 else { return false }
        return data.suffix(22).starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    @Test func aConsolidationKilledAtAnyMomentLeavesTheWeekWholeAndRunsAgain() async throws {
        let scratch = try TemporaryDirectory()
        let database = scratch.path("comal.sqlite"), out = scratch.path("out")
        let alliance = GeneratedAlliance(siteCount: 120, supplierCount: 3, productCount: 300, linesPerSite: 40)
        _ = try alliance.load(
            into: AppDatabase(path: database), delivery: CalendarDate(parsing: "2026-11-30")!,
            cutoff: LocalDateTime(parsing: "2026-11-25 17:00")!)
        let consolidate = ["consolidate", "--window", "1", "--out", out, "--db", database]
        let comal = ProcessRunner.builtProduct("comal")
        var killedBeforeItFinished = 0
        for delay in [0, 20, 60, 150, 300, 500, 800, 1200] {
            let step = try await ChildProcess.start(comal, consolidate)
            try await Task.sleep(for: .milliseconds(delay))
            if await step.killOutright().status == 128 + SIGKILL { killedBeforeItFinished += 1 }

            let week = try AppDatabase(path: database)
            let state = try #require(try week.window(OrderWindow.ID(1))).state
            let stored = try week.consolidation(window: OrderWindow.ID(1))
            #expect((stored == nil && state == .closed) || (stored != nil && state == .ordered), "after \(delay) ms: \(state)")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            for file in files where file.hasSuffix(".xlsx") {
                #expect(Self.isWholeZip("\(out)/\(file)"), "after \(delay) ms, \(file) is not whole")
            }

            let again = try await ProcessRunner.run(comal, consolidate)
            #expect(again.status == 0, "after \(delay) ms: \(again.stderr)")
            let complete = try FileManager.default.contentsOfDirectory(atPath: out)
            #expect(complete.filter { $0.hasSuffix(".xlsx") }.count == 1 + 3 + 120, "after \(delay) ms")
            #expect(!complete.contains { $0.hasPrefix(".staging-") }, "a killed step's staging folder is left after \(delay) ms")
            #expect(try week.window(OrderWindow.ID(1))?.state == .ordered)
        }
        // The kill really landed inside the step at least once (the step takes well over a second here).
        #expect(killedBeforeItFinished > 0)
    }

    @Test func anOrderImportKilledAtAnyMomentIsAllThereOrNotThereAndRunsAgain() async throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.path("comal.sqlite")
        let alliance = GeneratedAlliance(siteCount: 120, supplierCount: 3, productCount: 300, linesPerSite: 40)
        let database = try AppDatabase(path: path)
        _ = try database.importSites(csv: alliance.sitesCSV, file: "sites.csv")
        for supplier in 0..<alliance.supplierCount {
            let added = try database.addSupplier(name: "Supplier \(supplier)", deliveryFee: .zero, minimumOrder: .zero)
            _ = try database.importCatalog(csv: alliance.catalogCSV(supplier: supplier), file: "catalog.csv", supplier: added.id)
        }
        _ = try database.openWindow(
            delivery: CalendarDate(parsing: "2099-12-14")!, cutoff: LocalDateTime(parsing: "2099-12-09 17:00")!)
        try scratch.write(alliance.ordersCSV, to: "orders.csv")
        let lines = alliance.ordersCSV.split(separator: "\n").count - 1
        let importOrders = ["import", "orders", scratch.path("orders.csv"), "--window", "1", "--db", path]
        let comal = ProcessRunner.builtProduct("comal")
        for delay in [0, 20, 60, 150, 300] {
            let emptied = try await ProcessRunner.python(
                "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('DELETE FROM orderLine'); c.commit()", [path])
            #expect(emptied.status == 0, "\(emptied.stderr)")
            let step = try await ChildProcess.start(comal, importOrders)
            try await Task.sleep(for: .milliseconds(delay))
            await step.killOutright()
            let stored = try database.orderLines(window: OrderWindow.ID(1)).count
            #expect(stored == 0 || stored == lines, "after \(delay) ms the import left \(stored) of \(lines) lines")
            let again = try await ProcessRunner.run(comal, importOrders)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try database.orderLines(window: OrderWindow.ID(1)).count == lines)
        }
    }
}
