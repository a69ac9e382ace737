import ComalTestSupport
import Foundation
import Testing

/// `scripts/compare_workbooks.py`, which shows that a refactoring left every workbook as it was:
/// two consolidations of the same week compare equal, and one changed cell, sheet or file is named.
@Suite("Comparing two sets of workbooks cell by cell")
struct WorkbookComparisonTests {
    static func compare(_ old: String, _ new: String) async throws -> ProcessResult {
        try await ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", ProcessRunner.packageRoot().appendingPathComponent("scripts/compare_workbooks.py").path, old, new])
    }

    @Test func theSameWeekTwiceIsEqualAndEveryChangeIsNamed() async throws {
        let fixture = try CLIFixture()
        try await fixture.consolidatedWindow()
        try await fixture.succeed("consolidate", "--window", "1", "--out", "again")
        let (old, new) = (fixture.directory.path("out"), fixture.directory.path("again"))
        let same = try await Self.compare(old, new)
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.contains("5 workbooks compared, 0 differ"))

        let edit = try await ProcessRunner.python(
            """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book.worksheets[0]
            sheet["B2"] = "changed"
            book.save(sys.argv[1])
            """, [new + "/invoice-A-01.xlsx"])
        #expect(edit.status == 0, "\(edit.stderr)")
        try FileManager.default.removeItem(atPath: new + "/invoice-C-01.xlsx")
        let changed = try await Self.compare(old, new)
        #expect(changed.status != 0)
        #expect(changed.stdout.contains("invoice-A-01.xlsx: "), "\(changed.stdout)")
        #expect(changed.stdout.contains("!B2 (written)"), "\(changed.stdout)")
        #expect(changed.stdout.contains("invoice-C-01.xlsx: only in \(old)"))
        #expect(changed.stdout.contains("5 workbooks compared, 2 differ"))
    }
}
