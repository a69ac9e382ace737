import ComalSheets
import ComalTestSupport
import Testing

/// Expects a money cell: a number (not text) of exactly `dollars`, in the currency format.
func expectMoney(
    _ sheet: XLSXReader.Sheet, _ coordinate: String, _ dollars: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let cell = sheet[coordinate]
    #expect(cell?.number == dollars, "\(coordinate)", sourceLocation: sourceLocation)
    #expect(cell?.dataType == "n", "\(coordinate) must be a number", sourceLocation: sourceLocation)
    #expect(cell?.numberFormat == CellFormat.currencyNumberFormat, "\(coordinate)", sourceLocation: sourceLocation)
}

/// Expects a formula cell with its text and its cached result.
func expectFormula(
    _ sheet: XLSXReader.Sheet, _ coordinate: String, _ formula: String, _ result: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(sheet[coordinate]?.formula == formula, "\(coordinate)", sourceLocation: sourceLocation)
    #expect(sheet[coordinate]?.number == result, "\(coordinate)", sourceLocation: sourceLocation)
}

/// Expects every non-empty cell of a header row to be bold, and the row's texts to be `titles`.
func expectHeaderRow(
    _ sheet: XLSXReader.Sheet, row: Int, _ titles: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(sheet.texts(row: row) == titles, sourceLocation: sourceLocation)
    let cells = sheet.cells.filter { rowNumber(of: $0.key) == row }
    #expect(!cells.isEmpty && cells.allSatisfy(\.value.bold), "row \(row) must be bold", sourceLocation: sourceLocation)
}
