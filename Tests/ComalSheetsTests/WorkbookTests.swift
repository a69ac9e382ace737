import ComalCore
import Foundation
import CXLSXWriter
import ComalTestSupport
import Testing
@testable import ComalSheets

@Suite("Workbook wrapper")
struct WorkbookTests {
    @Test func writesTextNumbersMoneyAndFormulasWithTheirResults() async throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/basic.xlsx"
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Sales")
        _ = try workbook.addWorksheet(name: "Notes")
        try sheet.write("Item", row: 0, col: 0, format: .header)
        try sheet.write(number: 3, row: 1, col: 1)
        try sheet.write(money: Money(cents: 1_234_50), row: 1, col: 2)
        try sheet.writeFormula("=B2*C2", result: Money(cents: 3_703_50), row: 1, col: 3)
        try sheet.write(money: Money(cents: -905), row: 2, col: 2)
        try sheet.setColumn(0, 3, width: 20)
        try sheet.freezePanes(row: 1)
        try sheet.setPrintLayout(landscape: true, pagesWide: 1)
        try workbook.close()

        let book = try await XLSXReader.read(path)
        #expect(book.sheetNames == ["Sales", "Notes"])
        let sales = try #require(book.sheets["Sales"])
        #expect(sales["A1"]?.text == "Item")
        #expect(sales["A1"]?.bold == true)
        #expect(sales["B2"]?.number == 3)
        #expect(sales["C2"]?.number == 1234.5)
        #expect(sales["C2"]?.dataType == "n")
        #expect(sales["C2"]?.numberFormat == CellFormat.currencyNumberFormat)
        #expect(sales["C3"]?.number == -9.05)
        #expect(sales["D2"]?.formula == "=B2*C2")
        #expect(sales["D2"]?.number == 3703.5)
        #expect(sales["D2"]?.numberFormat == CellFormat.currencyNumberFormat)
        #expect(sales.freezePanes == "A2")
        #expect(sales.orientation == "landscape")
        #expect(sales.fitToPage)
        #expect((sales.fitToWidth ?? 1) == 1)
        #expect(sales.fitToHeight == 0)
        #expect(sales.columnWidths["A"] != nil)
    }

    /// Text that a spreadsheet would take for a formula must come back as the same text.
    @Test(arguments: [#"=HYPERLINK("http://x","y")"#, "+1", "-2", "@SUM(A1)", "=1+1", "=cmd|' /C calc'!A0"])
    func userTextThatLooksLikeAFormulaStaysText(_ text: String) async throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/injection.xlsx"
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Sheet")
        try sheet.write(text, row: 0, col: 0)
        try sheet.mergeRange(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: 2, text: text)
        try workbook.close()

        let cells = try #require(try await XLSXReader.read(path).sheets["Sheet"])
        for coordinate in ["A1", "A2"] {
            #expect(cells[coordinate]?.text == text)
            #expect(cells[coordinate]?.dataType == "s")
            #expect(cells[coordinate]?.formula == nil)
        }
    }

    @Test func anUnwritablePathThrowsNamingThePath() throws {
        let path = "/nonexistent-comal-dir/sub/out.xlsx"
        #expect {
            let workbook = try Workbook(path: path)
            _ = try workbook.addWorksheet(name: "Sheet")
            try workbook.close()
        } throws: { error in
            guard let error = error as? SheetError else { return false }
            return error.description.contains(path)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func closingTwiceOrWritingAfterCloseThrows() throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/closed.xlsx"
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Sheet")
        try workbook.close()
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(throws: SheetError.workbookClosed(path: path)) { try workbook.close() }
        #expect(throws: SheetError.workbookClosed(path: path)) { try sheet.write("late", row: 0, col: 0) }
        #expect(throws: SheetError.workbookClosed(path: path)) { try sheet.write(number: 1, row: 0, col: 0) }
        #expect(throws: SheetError.workbookClosed(path: path)) { try sheet.freezePanes(row: 1) }
        #expect(throws: SheetError.workbookClosed(path: path)) { _ = try workbook.addWorksheet(name: "Late") }
    }

    @Test func indicesOutsideTheSheetThrow() throws {
        let scratch = try TemporaryDirectory()
        let workbook = try Workbook(path: scratch.path("range.xlsx"))
        let sheet = try workbook.addWorksheet(name: "Sheet")
        #expect(throws: SheetError.cellOutOfRange(row: -1, column: 0)) { try sheet.write("x", row: -1, col: 0) }
        #expect(throws: SheetError.cellOutOfRange(row: 1_048_576, column: 0)) {
            try sheet.write(number: 1, row: 1_048_576, col: 0)
        }
        #expect(throws: SheetError.cellOutOfRange(row: 0, column: 16_384)) { try sheet.write("x", row: 0, col: 16_384) }
        #expect(throws: SheetError.cellOutOfRange(row: 0, column: Int.max)) { try sheet.setColumn(0, Int.max, width: 3) }
        try sheet.write("still fine", row: 1_048_575, col: 16_383)
        try workbook.close()
    }

    @Test func aBadSheetNameThrowsTheLibrarysMessage() throws {
        let scratch = try TemporaryDirectory()
        let workbook = try Workbook(path: scratch.path("names.xlsx"))
        _ = try workbook.addWorksheet(name: "Orders")
        for name in ["Orders", "a/b", String(repeating: "x", count: 32)] {
            #expect {
                _ = try workbook.addWorksheet(name: name)
            } throws: { error in
                guard case .library(_, _, let message)? = error as? SheetError else { return false }
                return !message.isEmpty
            }
        }
        try workbook.close()
    }

    @Test func aWorkbookDroppedWithoutClosingWritesNothing() throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/dropped.xlsx"
        do {
            let workbook = try Workbook(path: path)
            try workbook.addWorksheet(name: "Sheet").write("never written", row: 0, col: 0)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func textLongerThanACellHoldsThrowsTheLibrarysMessage() throws {
        let scratch = try TemporaryDirectory()
        let workbook = try Workbook(path: scratch.path("long.xlsx"))
        let sheet = try workbook.addWorksheet(name: "Sheet")
        #expect {
            try sheet.write(String(repeating: "x", count: 40_000), row: 0, col: 0)
        } throws: { error in
            guard case .library(_, let code, let message)? = error as? SheetError else { return false }
            return code == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED.rawValue && !message.isEmpty
        }
        try workbook.close()
    }

    @Test func fileNamesCannotLeaveTheOutputFolder() {
        #expect(
            SheetFileName.purchaseOrder(for: Supplier(id: .init(7), name: "Sysco / Albuquerque"))
                == "purchase-order-7-sysco-albuquerque.xlsx")
        #expect(SheetFileName.purchaseOrder(for: Supplier(id: .init(8), name: "../..")) == "purchase-order-8.xlsx")
        #expect(SheetFileName.invoice(for: Site.ID("../ESP 01")) == "invoice-ESP-01.xlsx")
        #expect(SheetFileName.allocation == "allocation.xlsx")
    }

    @Test func columnNamesFollowExcel() {
        #expect(cellName(0, 0) == "A1")
        #expect(columnName(25) == "Z")
        #expect(columnName(26) == "AA")
        #expect(columnName(16_383) == "XFD")
    }
}
