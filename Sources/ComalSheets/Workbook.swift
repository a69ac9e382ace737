import CXLSXWriter

/// An `.xlsx` file being built: owns libxlsxwriter's workbook handle and turns every error code it
/// returns into a thrown `SheetError`.
///
/// Nothing is on disk until `close()`; a workbook dropped without `close()` is freed without writing,
/// so a build that failed half-way never leaves a half-made file that looks finished.
public final class Workbook {
    /// Where `close()` writes the file.
    public let path: String
    /// libxlsxwriter's workbook; nil once closed (the library frees it in `workbook_close`).
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// One library format per distinct `CellFormat`; the library owns and frees them with the workbook.
    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]

    /// Starts a workbook that `close()` will write to `path`.
    public init(path: String) throws(SheetError) {
        guard let handle = workbook_new(path) else { throw .cannotCreateWorkbook(path: path) }
        self.path = path
        self.handle = handle
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    /// Cells written so far, for the benchmark's same-I/O floor.
    public internal(set) var cellsWritten = CellCount()

    /// Adds a worksheet named `name` (at most 31 characters, none of `[]:*?/\`, unique in the workbook).
    public func addWorksheet(name: String) throws(SheetError) -> Worksheet {
        let workbook = try openHandle()
        try check(workbook_validate_sheet_name(workbook, name), "adding the worksheet \"\(name)\"")
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw libraryFailure(LXW_ERROR_MEMORY_MALLOC_FAILED, "adding the worksheet \"\(name)\"")
        }
        return Worksheet(workbook: self, handle: sheet, name: name)
    }

    /// The library format for `format`, made once per distinct format.
    func addFormat(_ format: CellFormat) throws(SheetError) -> UnsafeMutablePointer<lxw_format> {
        if let existing = formats[format] { return existing }
        let workbook = try openHandle()
        guard let made = workbook_add_format(workbook) else {
            throw libraryFailure(LXW_ERROR_MEMORY_MALLOC_FAILED, "adding a cell format")
        }
        if format.bold { format_set_bold(made) }
        if let numberFormat = format.numberFormat { format_set_num_format(made, numberFormat) }
        if format.wrapsText { format_set_text_wrap(made) }
        if let color = format.fontColor { format_set_font_color(made, lxw_color_t(color)) }
        if let color = format.backgroundColor { format_set_bg_color(made, lxw_color_t(color)) }
        if let size = format.fontSize { format_set_font_size(made, size) }
        formats[format] = made
        return made
    }

    /// Writes the file and frees the workbook; afterwards every call on it or its sheets throws.
    public func close() throws(SheetError) {
        let workbook = try openHandle()
        handle = nil
        formats = [:]
        // workbook_close frees the workbook whether or not writing succeeded.
        try check(workbook_close(workbook), "writing \(path)")
    }

    /// The handle, or `workbookClosed` once the workbook is written.
    func openHandle() throws(SheetError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw .workbookClosed(path: path) }
        return handle
    }
}

/// Throws the library's message for any code but `LXW_NO_ERROR`.
func check(_ error: lxw_error, _ operation: @autoclosure () -> String) throws(SheetError) {
    guard error != LXW_NO_ERROR else { return }
    throw libraryFailure(error, operation())
}

/// The library's own words for `error`, with what we were doing when it happened.
func libraryFailure(_ error: lxw_error, _ operation: String) -> SheetError {
    .library(operation: operation, code: error.rawValue, message: String(cString: lxw_strerror(error)))
}

/// How many cells a workbook holds, by kind: the benchmark's floor writes as many of each.
public struct CellCount: Hashable, Sendable {
    /// Strings, which the file keeps in its table of shared strings.
    public var text = 0
    /// Numbers and formulas with their results.
    public var other = 0

    public init(text: Int = 0, other: Int = 0) {
        self.text = text
        self.other = other
    }

    public var total: Int { text + other }
}
