import CXLSXWriter
import ComalCore

/// One sheet of a `Workbook`. It keeps its workbook alive, and every call throws once the workbook is
/// closed, because the library has freed the sheet by then.
///
/// Text is only ever written with `worksheet_write_string`, which stores it as a string whatever it
/// starts with, so a name such as `=HYPERLINK(…)` can never become a formula. Formulas go through
/// `writeFormula`, which callers use only with formulas they build from cell references.
public final class Worksheet {
    /// The workbook that owns this sheet.
    public let workbook: Workbook
    /// The name on the sheet's tab.
    public let name: String
    private let handle: UnsafeMutablePointer<lxw_worksheet>

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    /// Writes `text` as a string cell, never as a formula.
    public func write(_ text: String, row: Int, col: Int, format: CellFormat? = nil) throws(SheetError) {
        let (r, c) = try cell(row, col)
        let format = try libraryFormat(format)
        try check(worksheet_write_string(handle, r, c, text, format), "writing text at \(cellName(row, col)) of \(name)")
        workbook.cellsWritten.text += 1
    }

    /// Writes a number cell.
    public func write(number: Double, row: Int, col: Int, format: CellFormat? = nil) throws(SheetError) {
        let (r, c) = try cell(row, col)
        let format = try libraryFormat(format)
        try check(worksheet_write_number(handle, r, c, number, format), "writing a number at \(cellName(row, col)) of \(name)")
        workbook.cellsWritten.other += 1
    }

    /// Writes a whole number cell.
    public func write(integer: Int, row: Int, col: Int, format: CellFormat? = nil) throws(SheetError) {
        try write(number: Double(integer), row: row, col: col, format: format)
    }

    /// Writes an amount as a number cell in dollars, with `format` (a currency format by default).
    public func write(money: Money, row: Int, col: Int, format: CellFormat = .currency) throws(SheetError) {
        try write(number: money.dollarsForDisplay, row: row, col: col, format: format)
    }

    /// Writes a formula together with its result, computed by the caller, which readers that do not
    /// recalculate (LibreOffice headless, openpyxl) show as the cell's value (STACK G1).
    public func writeFormula(
        _ formula: String, result: Double, row: Int, col: Int,
        format: CellFormat? = nil
    ) throws(SheetError) {
        let (r, c) = try cell(row, col)
        let format = try libraryFormat(format)
        try check(
            worksheet_write_formula_num(handle, r, c, formula, format, result),
            "writing a formula at \(cellName(row, col)) of \(name)")
        workbook.cellsWritten.other += 1
    }

    /// Writes a formula whose result is an amount of money, in a currency format by default.
    public func writeFormula(
        _ formula: String, result: Money, row: Int, col: Int,
        format: CellFormat = .currency
    ) throws(SheetError) {
        try writeFormula(formula, result: result.dollarsForDisplay, row: row, col: col, format: format)
    }

    /// Sets the width (in characters) of columns `first...last`.
    public func setColumn(_ first: Int, _ last: Int? = nil, width: Double) throws(SheetError) {
        let (_, from) = try cell(0, first)
        let (_, to) = try cell(0, last ?? first)
        _ = try workbook.openHandle()
        try check(worksheet_set_column(handle, from, to, width, nil), "setting the width of columns in \(name)")
    }

    /// Keeps rows above `row` and columns left of `col` in view when scrolling.
    public func freezePanes(row: Int, col: Int = 0) throws(SheetError) {
        let (r, c) = try cell(row, col)
        worksheet_freeze_panes(handle, r, c)
    }

    /// Merges a range into one cell holding `text` (as a string).
    public func mergeRange(
        firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, text: String,
        format: CellFormat? = nil
    ) throws(SheetError) {
        let (r1, c1) = try cell(firstRow, firstCol)
        let (r2, c2) = try cell(lastRow, lastCol)
        let format = try libraryFormat(format)
        try check(worksheet_merge_range(handle, r1, c1, r2, c2, text, format), "merging cells in \(name)")
    }

    /// Sets the page up to print: landscape or portrait, `width` pages wide and as tall as needed,
    /// with rows `0...repeatedRows` repeated on every page when given.
    public func setPrintLayout(landscape: Bool = true, pagesWide width: Int = 1, repeatingRowsThrough repeatedRows: Int? = nil)
        throws(SheetError)
    {
        _ = try workbook.openHandle()
        if landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        guard let pages = UInt16(exactly: width) else { throw .invalidPageCount(width) }
        worksheet_fit_to_pages(handle, pages, 0)
        if let repeatedRows {
            let (last, _) = try cell(repeatedRows, 0)
            try check(worksheet_repeat_rows(handle, 0, last), "setting the rows repeated on each page of \(name)")
        }
    }

    /// The library's row and column types for Swift indices, checked, after checking the workbook is open.
    private func cell(_ row: Int, _ col: Int) throws(SheetError) -> (lxw_row_t, lxw_col_t) {
        _ = try workbook.openHandle()
        guard row >= 0, row < Int(LXW_ROW_MAX), col >= 0, col < Int(LXW_COL_MAX),
            let r = lxw_row_t(exactly: row), let c = lxw_col_t(exactly: col)
        else { throw .cellOutOfRange(row: row, column: col) }
        return (r, c)
    }

    private func libraryFormat(_ format: CellFormat?) throws(SheetError) -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        return try workbook.addFormat(format)
    }
}

/// The A1 name of a zero-based cell, for formulas and messages (`cellName(0, 0) == "A1"`).
public func cellName(_ row: Int, _ col: Int) -> String {
    "\(columnName(col))\(row + 1)"
}

/// The letters of a zero-based column (`0` is `A`, `26` is `AA`).
public func columnName(_ col: Int) -> String {
    var letters: [Character] = []
    var rest = col + 1
    while rest > 0 {
        let digit = (rest - 1) % 26
        letters.insert(Character(UnicodeScalar(UInt8(65 + digit))), at: 0)
        rest = (rest - 1) / 26
    }
    return String(letters)
}
