import ComalCore

/// Writes the buyer's allocation workbook: who gets how much of every product ("Allocation"), what
/// each site pays with the alliance and would pay alone ("Savings"), and why any site got other than
/// its order ("Why").
///
/// `sites` gives names; a site that ordered but is missing from it is shown by its id alone.
@discardableResult
public func writeAllocation(_ consolidation: Consolidation, sites: [Site], language: Language, to path: String) throws(SheetError)
    -> CellCount
{
    let labels = SheetLabels(language)
    let names = Dictionary(sites.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let siteIDs = consolidation.invoices.map(\.site)
    let workbook = try Workbook(path: path)
    try writeAllocationSheet(consolidation, siteIDs: siteIDs, labels: labels, workbook: workbook)
    try writeSavingsSheet(consolidation, names: names, labels: labels, workbook: workbook)
    try writeExplanationsSheet(consolidation, names: names, labels: labels, workbook: workbook)
    try workbook.close()
    return workbook.cellsWritten
}

/// Products down, sites across (by id), then the hub, tolerance and shortfalls.
private func writeAllocationSheet(
    _ consolidation: Consolidation, siteIDs: [Site.ID], labels: SheetLabels,
    workbook: Workbook
) throws(SheetError) {
    let sheet = try workbook.addWorksheet(name: labels.allocationSheet)
    let firstSiteColumn = 5
    try sheet.writeHeaderRow(
        [labels.supplier, labels.sku, labels.productDescription, labels.pack, labels.boughtEaches]
            + siteIDs.map(\.rawValue)
            + [labels.hubStock, labels.toleranceUsed, labels.shortAtPurchase, labels.shortAtDelivery],
        row: 0)
    // A line holds one allocation per recipient; looking each site up by column keeps this linear
    // in the allocations rather than sites × allocations per line.
    let siteColumn = Dictionary(
        siteIDs.enumerated().map { (Recipient.site($1), firstSiteColumn + $0) }, uniquingKeysWith: { first, _ in first })
    var row = 1
    for purchase in consolidation.purchases {
        for line in purchase.lines {
            try sheet.write(purchase.supplier.name, row: row, col: 0)
            try sheet.write(line.product.sku, row: row, col: 1)
            try sheet.write(line.product.description, row: row, col: 2)
            try sheet.write(line.product.pack.description, row: row, col: 3)
            try sheet.write(integer: line.boughtEaches, row: row, col: 4)
            var siteCells: [Int: Int] = [:]
            for allocation in line.allocations {
                guard let column = siteColumn[allocation.recipient], siteCells[column] == nil else { continue }
                siteCells[column] = allocation.allocatedEaches
            }
            for (column, eaches) in siteCells.sorted(by: { $0.key < $1.key }) {
                try sheet.write(integer: eaches, row: row, col: column)
            }
            let afterSites = firstSiteColumn + siteIDs.count
            try sheet.write(integer: line.hubEaches, row: row, col: afterSites)
            try sheet.write(integer: line.allocations.map(\.fromTolerance).reduce(0, +), row: row, col: afterSites + 1)
            try sheet.write(integer: line.allocations.map(\.shortAtPurchase).reduce(0, +), row: row, col: afterSites + 2)
            try sheet.write(integer: line.allocations.map(\.shortAtReceiving).reduce(0, +), row: row, col: afterSites + 3)
            row += 1
        }
    }
    try sheet.setColumnWidths([20, 12, 30, 12, 12] + siteIDs.map { _ in 10 } + [12, 12, 12, 12])
    try sheet.freezePanes(row: 1, col: firstSiteColumn)
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRowsThrough: 0)
}

/// Per site: goods and fees with the alliance, the cost alone, and the difference, with a total row.
private func writeSavingsSheet(
    _ consolidation: Consolidation, names: [Site.ID: String], labels: SheetLabels,
    workbook: Workbook
) throws(SheetError) {
    let sheet = try workbook.addWorksheet(name: labels.savingsSheet)
    try sheet.writeHeaderRow(
        [
            labels.siteID, labels.siteName, labels.goods, labels.deliveryFees, labels.groupCost,
            labels.standaloneCost, labels.savings,
        ], row: 0)
    var row = 1
    for invoice in consolidation.invoices {
        try sheet.write(invoice.site.rawValue, row: row, col: 0)
        try sheet.write(names[invoice.site] ?? "", row: row, col: 1)
        try sheet.write(money: invoice.goodsTotal, row: row, col: 2)
        try sheet.write(money: invoice.feeTotal, row: row, col: 3)
        try sheet.writeFormula(
            "=\(cellName(row, 2))+\(cellName(row, 3))", result: invoice.goodsTotal + invoice.feeTotal,
            row: row, col: 4)
        try sheet.write(money: invoice.standaloneCost, row: row, col: 5)
        try sheet.writeFormula("=\(cellName(row, 5))-\(cellName(row, 4))", result: invoice.savings, row: row, col: 6)
        row += 1
    }
    let invoices = consolidation.invoices
    try sheet.write(labels.total, row: row, col: 0, format: .bold)
    let totals: [Money] = [
        invoices.map(\.goodsTotal).sum(), invoices.map(\.feeTotal).sum(),
        invoices.map { $0.goodsTotal + $0.feeTotal }.sum(), invoices.map(\.standaloneCost).sum(),
        invoices.map(\.savings).sum(),
    ]
    for (offset, total) in totals.enumerated() {
        try sheet.writeSum(col: 2 + offset, firstRow: 1, lastRow: row - 1, result: total, row: row)
    }
    try sheet.setColumnWidths([10, 30, 14, 14, 16, 16, 14])
    try sheet.freezePanes(row: 1)
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRowsThrough: 0)
}

/// One row per site and product whose allocation differs from the order, with the reason in words.
private func writeExplanationsSheet(
    _ consolidation: Consolidation, names: [Site.ID: String], labels: SheetLabels,
    workbook: Workbook
) throws(SheetError) {
    let sheet = try workbook.addWorksheet(name: labels.explanationsSheet)
    try sheet.writeHeaderRow(
        [
            labels.siteID, labels.siteName, labels.supplier, labels.sku, labels.productDescription,
            labels.ordered, labels.allocated, labels.explanation,
        ], row: 0)
    var row = 1
    for invoice in consolidation.invoices {
        for line in invoice.lines where line.allocation.needsExplanation {
            try sheet.write(invoice.site.rawValue, row: row, col: 0)
            try sheet.write(names[invoice.site] ?? "", row: row, col: 1)
            try sheet.write(line.supplier.name, row: row, col: 2)
            try sheet.write(line.product.sku, row: row, col: 3)
            try sheet.write(line.product.description, row: row, col: 4)
            try sheet.write(integer: line.allocation.orderedEaches, row: row, col: 5)
            try sheet.write(integer: line.allocation.allocatedEaches, row: row, col: 6)
            try sheet.write(line.allocation.explanation(in: labels.language), row: row, col: 7, format: .wrapped)
            row += 1
        }
    }
    try sheet.setColumnWidths([10, 24, 20, 12, 28, 10, 10, 80])
    try sheet.freezePanes(row: 1)
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRowsThrough: 0)
}
