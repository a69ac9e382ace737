import ComalCore

/// Writes one site's invoice: its lines at the alliance's price with the reason for any difference
/// from its order, receiving credits as negative lines, its share of each delivery fee, the total
/// (a SUM whose result is exactly `invoice.total`), and what buying together saved it.
@discardableResult
public func writeInvoice(
    _ invoice: SiteInvoice, site: Site, header: InvoiceHeader, language: Language,
    to path: String
) throws(SheetError) -> CellCount {
    let labels = SheetLabels(language)
    let workbook = try Workbook(path: path)
    let sheet = try workbook.addWorksheet(name: labels.invoiceSheet)

    try sheet.write(header.allianceName, row: 0, col: 0, format: .title)
    try sheet.writeField(labels.invoiceFor, site.name, row: 1)
    try sheet.writeField(labels.siteID, site.id.rawValue, row: 2)
    try sheet.writeField(labels.address, "\(site.address), \(site.city)", row: 3)
    try sheet.writeField(labels.orderWindow, "\(header.windowID)", row: 4)
    try sheet.writeField(labels.deliveryDate, "\(header.deliveryDate)", row: 5)

    enum Column { static let amount = 6, note = 7 }
    let headerRow = 7
    try sheet.writeHeaderRow(
        [
            labels.supplier, labels.sku, labels.productDescription, labels.pack, labels.ordered,
            labels.allocated, labels.amount, labels.note,
        ], row: headerRow)
    var row = headerRow + 1
    for line in invoice.lines {
        try sheet.write(line.supplier.name, row: row, col: 0)
        try sheet.write(line.product.sku, row: row, col: 1)
        try sheet.write(line.product.description, row: row, col: 2)
        try sheet.write(line.product.pack.description, row: row, col: 3)
        try sheet.write(integer: line.allocation.orderedEaches, row: row, col: 4)
        try sheet.write(integer: line.allocation.allocatedEaches, row: row, col: 5)
        try sheet.write(money: line.allocation.cost, row: row, col: Column.amount)
        if line.allocation.needsExplanation {
            try sheet.write(line.allocation.explanation(in: language), row: row, col: Column.note, format: .wrapped)
        }
        row += 1
    }
    for line in invoice.lines where line.allocation.credit > .zero {
        try sheet.write(line.supplier.name, row: row, col: 0)
        try sheet.write(line.product.sku, row: row, col: 1)
        try sheet.write("\(labels.receivingCredit): \(line.product.description)", row: row, col: 2)
        try sheet.write(money: -line.allocation.credit, row: row, col: Column.amount)
        try sheet.write(line.allocation.receivingExplanation(in: language), row: row, col: Column.note, format: .wrapped)
        row += 1
    }
    var supplierNames: [Supplier.ID: String] = [:]
    for line in invoice.lines { supplierNames[line.supplier.id] = line.supplier.name }
    for (supplier, share) in invoice.feeShares.sorted(by: { $0.key < $1.key }) where share != .zero {
        try sheet.write(supplierNames[supplier] ?? "\(supplier)", row: row, col: 0)
        try sheet.write(labels.deliveryFeeShare, row: row, col: 2)
        try sheet.write(money: share, row: row, col: Column.amount)
        row += 1
    }
    let totalRow = row
    try sheet.write(labels.total, row: totalRow, col: Column.amount - 1, format: .bold)
    try sheet.writeSum(
        col: Column.amount, firstRow: headerRow + 1, lastRow: totalRow - 1, result: invoice.total,
        row: totalRow)

    try sheet.write(labels.standaloneCost, row: totalRow + 2, col: Column.amount - 1)
    try sheet.write(money: invoice.standaloneCost, row: totalRow + 2, col: Column.amount)
    try sheet.write(labels.savings, row: totalRow + 3, col: Column.amount - 1, format: .bold)
    try sheet.write(money: invoice.savings, row: totalRow + 3, col: Column.amount, format: .currencyBold)
    try sheet.write(labels.savingsSentence(invoice.savings), row: totalRow + 4, col: 0, format: .bold)

    try sheet.setColumnWidths([20, 12, 34, 12, 10, 10, 14, 70])
    try sheet.freezePanes(row: headerRow + 1)
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRowsThrough: headerRow)
    try workbook.close()
    return workbook.cellsWritten
}
