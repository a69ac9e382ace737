import Foundation

/// A supplier's file as rows of cells, whether it came as CSV or as a worksheet, so that one
/// reader finds the header, the sections and the products in either.
struct SupplierGrid: Sendable, Equatable {
    /// One row: its number as the supplier sees it (the CSV line, or the worksheet's row) and its
    /// cells left to right, as text; a column the row leaves out is "".
    struct Row: Sendable, Equatable {
        var number: Int
        var cells: [String]

        subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }

        var isBlank: Bool { cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// The worksheet read, for a workbook; nil for CSV.
    var sheet: String?
    var rows: [Row]

    /// Where a cell is, for a problem: `Order Guide!C12` in a workbook, nil in a CSV (whose line
    /// and column name say it).
    func cell(row: Int, column: Int) -> String? {
        sheet.map { "\($0)!\(Self.columnLetters(column))\(row)" }
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26.
    static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// Column 0 for `A`, 26 for `AA`; nil for anything that is not column letters (at most three,
    /// as in Excel's last column XFD).
    static func columnIndex(_ letters: Substring) -> Int? {
        guard (1...3).contains(letters.count) else { return nil }
        var index = 0
        for scalar in letters.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { return nil }
            index = index * 26 + Int(scalar.value - 64)
        }
        return index - 1
    }
}
