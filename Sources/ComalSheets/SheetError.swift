/// Why a workbook could not be written; every libxlsxwriter error code ends up here, with the
/// library's own message, instead of being ignored or trapped.
public enum SheetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxlsxwriter returned an error from `operation`; `message` is `lxw_strerror`'s text.
    case library(operation: String, code: UInt32, message: String)
    /// `workbook_new` returned NULL, which it does when it cannot set up a workbook for `path`.
    case cannotCreateWorkbook(path: String)
    /// The workbook was already closed (written), so nothing more can be added to it.
    case workbookClosed(path: String)
    /// A row or column index falls outside what a worksheet can hold.
    case cellOutOfRange(row: Int, column: Int)
    /// A page count for printing outside what a worksheet accepts (0...65535).
    case invalidPageCount(Int)

    public var description: String {
        switch self {
        case .library(let operation, let code, let message):
            "\(operation) failed: \(message) (libxlsxwriter error \(code))"
        case .cannotCreateWorkbook(let path):
            "cannot create the workbook \(path)"
        case .workbookClosed(let path):
            "the workbook \(path) is already closed; nothing more can be written to it"
        case .cellOutOfRange(let row, let column):
            "the cell at row \(row), column \(column) is outside a worksheet (rows 0..<1048576, columns 0..<16384)"
        case .invalidPageCount(let count):
            "cannot fit a sheet to \(count) pages; use 0 (as many as needed) up to 65535"
        }
    }
}
