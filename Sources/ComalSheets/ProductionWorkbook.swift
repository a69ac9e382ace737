import ComalCore
import Foundation

/// Writes a production record as a workbook the cook fills in: one row per menu item with portions and
/// planned servings per age group (numbers), the planned total as a SUM with its result, the amount to
/// prepare and as purchased (numbers, with the unit beside), and empty actual-served and leftover columns.
@discardableResult
public func writeProductionRecord(
    _ record: ProductionRecord, site: Site, language: Language, to path: String
) throws(SheetError) -> CellCount {
    typealias H = ProductionHeadings
    let text = { (heading: BilingualText) in heading.text(in: language) }
    let workbook = try Workbook(path: path)
    let sheet = try workbook.addWorksheet(name: text(H.title))
    try sheet.write(text(H.title), row: 0, col: 0, format: .title)
    try sheet.writeField(text(H.site), "\(site.id) \(site.name)", row: 1)
    try sheet.writeField(text(H.menu), record.menuName.text(in: language), row: 2)
    try sheet.writeField(text(H.week), "\(record.week)", row: 3)
    try sheet.write(text(H.note), row: 4, col: 0)

    let groups = record.ageGroups
    let ages = groups.map(\.rawValue)
    let portionCol = 3
    let plannedCol = portionCol + groups.count
    let totalPlannedCol = plannedCol + groups.count
    let prepareCol = totalPlannedCol + 1
    let purchasedCol = prepareCol + 2
    let batchesCol = purchasedCol + 2
    let headerRow = 6
    try sheet.writeHeaderRow(
        [text(H.day), text(H.meal), text(H.item)] + ages.map { "\(text(H.portion)) \($0)" }
            + ages.map { "\(text(H.planned)) \($0)" }
            + [text(H.plannedTotal), text(H.toPrepare), text(H.unit), text(H.asPurchased), text(H.unit), text(H.batches)]
            + ages.map { "\(text(H.actual)) \($0)" } + [text(H.leftovers)],
        row: headerRow)
    var row = headerRow + 1
    for line in record.lines {
        try sheet.write(PrintedMenu.dayName(line.day).text(in: language), row: row, col: 0)
        try sheet.write(line.meal.label.text(in: language), row: row, col: 1)
        try sheet.write(line.dish.text(in: language), row: row, col: 2, format: .wrapped)
        for (index, group) in groups.enumerated() {
            if let portion = line.portions[group] {
                try sheet.write(portion.text(in: language), row: row, col: portionCol + index)
            }
            if let planned = line.planned[group] { try sheet.write(integer: planned, row: row, col: plannedCol + index) }
        }
        try sheet.writeFormula(
            "=SUM(\(cellName(row, plannedCol)):\(cellName(row, totalPlannedCol - 1)))", result: Double(line.plannedTotal),
            row: row, col: totalPlannedCol)
        if let prepare = line.toPrepare { try sheet.write(quantity: prepare, row: row, col: prepareCol) }
        if let purchased = line.asPurchased { try sheet.write(quantity: purchased, row: row, col: purchasedCol) }
        if let batches = line.recipeBatches {
            try sheet.write(number: cellNumber(batches), row: row, col: batchesCol)
        }
        row += 1
    }
    try sheet.write(text(H.signature), row: row + 1, col: 0, format: .bold)
    try sheet.setColumnWidths(
        [11, 14, 30] + Array(repeating: 10, count: groups.count * 2) + [10, 10, 7, 10, 8, 9]
            + Array(repeating: 10, count: groups.count) + [12])
    try sheet.freezePanes(row: headerRow + 1)
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRowsThrough: headerRow)
    try workbook.close()
    return workbook.cellsWritten
}

extension Worksheet {
    /// An amount as a number and its unit in the next column, so the number stays a number.
    fileprivate func write(quantity: Quantity, row: Int, col: Int) throws(SheetError) {
        try write(number: cellNumber(quantity.amount), row: row, col: col)
        try write(quantity.unit.rawValue, row: row, col: col + 1)
    }
}

/// The binary number nearest the decimal, read from its text: `NSDecimalNumber.doubleValue` can land a
/// unit in the last place off (0.44 as 0.44000000000000006), which a cook would see in the cell.
private func cellNumber(_ value: Decimal) -> Double { Double("\(value)") ?? NSDecimalNumber(decimal: value).doubleValue }
