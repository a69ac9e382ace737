import ComalCore

extension Worksheet {
    /// Writes bold column headers across `row`, from column 0.
    func writeHeaderRow(_ titles: [String], row: Int) throws(SheetError) {
        for (col, title) in titles.enumerated() { try write(title, row: row, col: col, format: .header) }
    }

    /// Writes a bold label and its value side by side in columns 0 and 1.
    func writeField(_ label: String, _ value: String, row: Int) throws(SheetError) {
        try write(label, row: row, col: 0, format: .bold)
        try write(value, row: row, col: 1)
    }

    /// Sets the widths of consecutive columns from column 0.
    func setColumnWidths(_ widths: [Double]) throws(SheetError) {
        for (col, width) in widths.enumerated() { try setColumn(col, width: width) }
    }

    /// Writes a SUM of a column's rows `firstRow...lastRow` with its exact result; an empty range is
    /// written as the number zero, since `SUM(G5:G4)` is not a range.
    func writeSum(
        col: Int, firstRow: Int, lastRow: Int, result: Money, row: Int,
        format: CellFormat = .currencyBold
    ) throws(SheetError) {
        guard firstRow <= lastRow else {
            try write(money: result, row: row, col: col, format: format)
            return
        }
        try writeFormula(
            "=SUM(\(cellName(firstRow, col)):\(cellName(lastRow, col)))", result: result,
            row: row, col: col, format: format)
    }
}
