import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// `make demo` as a new user runs it: the bundled alliance's whole week through the built binary,
/// every workbook then checked by an independent reader recomputing the week from the CSVs, and
/// opened by LibreOffice.
@Suite("The bundled demo week")
struct DemoWeekTests {
    @Test func theDemoWeekRunsAndEveryWorkbookNumberChecksOut() async throws {
        let run = try await DemoRun.shared()
        let (demo, database) = (run.result, run.database)
        #expect(demo.status == 0, "demo failed: \(demo.stderr)")

        // The independent checker's closing line: thousands of checks, none failed.
        let summary = try #require(demo.stdout.split(separator: "\n").last { $0.hasSuffix(" failed") })
        let counts = summary.split(separator: " ").compactMap { Int($0) }
        #expect(counts.count == 2 && counts[0] > 3000 && counts[1] == 0, "\(summary)")

        let stored = try #require(try AppDatabase(path: database).consolidation(window: OrderWindow.ID(1)))
        #expect(stored.invoices.count == 12)
        #expect(try AppDatabase(path: database).window(OrderWindow.ID(1))?.state == .received)
        #expect(stored.purchases.flatMap(\.lines).contains { $0.allocations.contains { $0.fromTolerance > 0 } })
        #expect(stored.purchases.flatMap(\.lines).contains { $0.allocations.contains { $0.shortAtPurchase > 0 } })
        #expect(stored.purchases.map(\.creditTotal).sum() > .zero)

        // Three earlier delivered weeks and this one: the buyer's savings chart has a history, each
        // week a little different, each saving money.
        let history = try AppDatabase(path: database).weeklySavings()
        #expect(history.count == 4)
        #expect(history.last?.window == OrderWindow.ID(1))
        #expect(history.allSatisfy { $0.sites == 12 && $0.together < $0.alone })
        #expect(Set(history.map(\.alone)).count == 4)
    }

    @Test(.enabled(if: LibreOffice.executable != nil, "LibreOffice is not installed (make test installs it)"))
    func libreOfficeOpensEveryDemoWorkbookWithTheInvoiceTotals() async throws {
        let run = try await DemoRun.shared()
        #expect(run.result.status == 0, "demo failed: \(run.result.stderr)")
        let output = run.output
        let stored = try #require(try AppDatabase(path: run.database).consolidation(window: OrderWindow.ID(1)))
        let workbooks = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        #expect(workbooks.count == 16)
        let csv = try await LibreOffice.convertToCSV(workbooks, in: output.path)
        for invoice in stored.invoices {
            let sheet = try #require(
                csv["invoice-\(invoice.site)-Invoice.csv"], "LibreOffice did not convert the invoice of \(invoice.site)")
            #expect(sheet.contains(invoice.total.formatted), "\(invoice.site): \(invoice.total.formatted)")
        }
    }
}
