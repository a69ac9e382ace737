import ComalCore
import ComalTestSupport
import Foundation
import Testing

/// The buyer's whole week through the built `comal` binary, on a real SQLite file, with every
/// number worked by hand.
///
/// BN-10 (6/#10 CN, $42.00 a case, not split by the supplier): A 4 + B 3 + C 2 = 9 eaches, tolerance 2.
/// 9 = 1 case + 3; 3 + 2 < 6, so the partial case is not bought: 6 bought, 3 short. The shortfall
/// is shared by orders 4:3:2 — exact shares 1.33, 1, 0.67 → floors 1, 1, 0, and the last unit to
/// C (largest remainder): A 3, B 2, C 1. Cost $42.00 by 3:2:1 → A $21.00, B $14.00, C $7.00.
///
/// MK-1 (4/1 GAL, $16.00, tier from 3 cases $15.00, split at $4.50): A 5 + B 8 + C 3 = 16 = 4
/// cases, tier reached, $60.00 by 5:8:3 → A $18.75, B $30.00, C $11.25.
///
/// Goods A $39.75, B $44.00, C $18.25 ($102.00). Fee $10.00 by goods: 3.897, 4.314, 1.789 →
/// floors 389, 431, 178 cents, the 2 cents left to C then A: A $3.90, B $4.31, C $1.79.
/// Totals A $43.65, B $48.31, C $20.04.
///
/// Alone: A = 1 case BN $42.00 + MK 1 case $16.00 + 1 each $4.50 + fee $10.00 = $72.50 (saves $28.85);
/// B = $42.00 + 2 cases $32.00 + $10.00 = $84.00 (saves $35.69); C = $42.00 + 3 × $4.50 + $10.00 =
/// $65.50 (saves $45.46).
///
/// Receiving 14 of 16 gallons: 2 short, shared 5:8:3 → 0.625, 1, 0.375 → B 1, then A (largest
/// remainder) 1. Credit $60.00 × 2/16 = $7.50, split 1:1 → A $3.75, B $3.75: A $39.90, B $44.56.
@Suite("The weekly cycle from the command line", .serialized)
struct WeeklyCycleCLITests {
    @Test func aWholeWeekGivesTheHandWorkedInvoicesWorkbooksAndCredits() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let imported = try await fixture.succeed("import", "orders", "orders.csv", "--window", "1")
        #expect(imported.stdout.contains("orders of 3 sites: 6 lines added"))

        let early = try await fixture.comal("window", "close", "1")
        #expect(early.status != 0)
        #expect(early.stderr.contains("2099-12-09 17:00"))
        try await fixture.succeed("window", "close", "1", "--force")

        let consolidated = try await fixture.succeed("consolidate", "--window", "1", "--out", "out")
        #expect(consolidated.stdout.contains("A-01") && consolidated.stdout.contains("$43.65"))
        let stored = try #require(try fixture.open().consolidation(window: OrderWindow.ID(1)))
        #expect(stored.invoices.map(\.total.cents) == [4365, 4831, 2004])
        #expect(stored.invoices.map(\.savings.cents) == [2885, 3569, 4546])
        #expect(try fixture.open().window(OrderWindow.ID(1))?.state == .ordered)

        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path("out")).sorted()
        #expect(
            files == [
                "allocation.xlsx", "invoice-A-01.xlsx", "invoice-B-01.xlsx", "invoice-C-01.xlsx",
                "purchase-order-1-test-foods.xlsx",
            ])
        #expect(try await totalOnInvoice(fixture.directory.path("out/invoice-A-01.xlsx")) == 43.65)
        let allocation = try await XLSXReader.read(fixture.directory.path("out/allocation.xlsx"))
        #expect(allocation.sheetNames.first == "Allocation")

        try fixture.directory.write("sku,received_eaches,reason\nMK-1,14,short\n", to: "received.csv")
        let received = try await fixture.succeed("receive", "received.csv", "--window", "1", "--out", "out")
        #expect(received.stdout.contains("credits $7.50: A-01 $3.75, B-01 $3.75"))
        let after = try #require(try fixture.open().consolidation(window: OrderWindow.ID(1)))
        #expect(after.invoices.map(\.total.cents) == [3990, 4456, 2004])
        #expect(try fixture.open().window(OrderWindow.ID(1))?.state == .received)
        #expect(try await totalOnInvoice(fixture.directory.path("out/invoice-B-01.xlsx")) == 44.56)
    }

    /// The workbooks on disk after a consolidated week, by name.
    static func workbooks(_ fixture: CLIFixture) throws -> [String: Data] {
        let out = fixture.directory.path("out")
        return Dictionary(
            uniqueKeysWithValues: try FileManager.default.contentsOfDirectory(atPath: out).map {
                ($0, try Data(contentsOf: URL(fileURLWithPath: "\(out)/\($0)")))
            })
    }

    static func consolidatedWeek() async throws -> CLIFixture {
        let fixture = try CLIFixture()
        try await fixture.consolidatedWindow()
        return fixture
    }

    @Test func aConsolidationThatFailsLeavesTheEarlierWorkbooksAsTheyWere() async throws {
        let fixture = try await Self.consolidatedWeek()
        let before = try Self.workbooks(fixture)
        #expect(before.count == 5)
        // Storing the result now fails, after every workbook has been written.
        let dropped = try await ProcessRunner.python(
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('DROP TABLE allocation'); c.commit()",
            [fixture.database])
        #expect(dropped.status == 0, "\(dropped.stderr)")
        let failed = try await fixture.comal("consolidate", "--window", "1", "--out", "out", "--lang", "es")
        #expect(failed.status != 0)
        #expect(try Self.workbooks(fixture) == before, "the Spanish workbooks of a failed step replaced the stored week's")
    }

    @Test func aSecondConsolidationOfTheSameFolderAtOnceIsRefused() async throws {
        let fixture = try await Self.consolidatedWeek()
        let before = try Self.workbooks(fixture)
        // Another consolidation holds the folder, as `comal serve` would while the buyer consolidates.
        let folder = open(fixture.directory.path("out"), O_RDONLY | O_DIRECTORY)
        #expect(folder >= 0 && flock(folder, LOCK_EX | LOCK_NB) == 0)
        let second = try await fixture.comal("consolidate", "--window", "1", "--out", "out", "--lang", "es")
        close(folder)
        #expect(second.status != 0)
        #expect(second.stderr.contains("another consolidation of this window is running right now"))
        #expect(try Self.workbooks(fixture) == before)
        // Once the first is done, the step runs.
        try await fixture.succeed("consolidate", "--window", "1", "--out", "out", "--lang", "es")
        #expect(try Self.workbooks(fixture) != before)
    }

    @Test func aDirectorIsRefusedAfterTheCutoffAndTheBuyersChangeIsAudited() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try await fixture.succeed("window", "open", "--delivery", "2020-01-13", "--cutoff", "2020-01-08 17:00")

        let late = try await fixture.comal("import", "orders", "orders.csv", "--window", "2")
        #expect(late.status != 0)
        #expect(late.stderr.contains("2020-01-08 17:00"))
        #expect(try fixture.open().orderLines(window: OrderWindow.ID(2)).isEmpty)

        try await fixture.succeed("import", "orders", "orders.csv", "--window", "2", "--buyer", "Ana Buyer")
        #expect(try fixture.open().orderLines(window: OrderWindow.ID(2)).count == 6)
        let audit = try await fixture.succeed("audit", "--window", "2").stdout
        #expect(audit.contains("Ana Buyer") && audit.contains("A-01, BN-10: none → 4 each, tolerance 0"))
    }

    @Test func consolidatingAnOpenWindowIsRefusedAndWritesNothing() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try await fixture.succeed("import", "orders", "orders.csv", "--window", "1")
        let result = try await fixture.comal("consolidate", "--window", "1", "--out", "out")
        #expect(result.status != 0)
        #expect(result.stderr.contains("still open"))
        #expect(!FileManager.default.fileExists(atPath: fixture.directory.path("out")))
        #expect(try fixture.open().consolidation(window: OrderWindow.ID(1)) == nil)
    }

    /// The amount beside the "Total" label of an invoice, as openpyxl reads the cached value.
    private func totalOnInvoice(_ path: String) async throws -> Double? {
        let sheet = try #require(try await XLSXReader.read(path).sheets.values.first)
        let label = try #require(sheet.coordinate(ofText: "Total"))
        let row = rowNumber(of: label)
        return sheet.cells.filter { rowNumber(of: $0.key) == row && $0.value.number != nil }.values.first?.number
    }
}
