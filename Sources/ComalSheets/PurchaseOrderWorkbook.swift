import ComalCore

/// Writes the purchase order the buyer sends one supplier: what to deliver where, each line priced
/// at the tier the alliance reached, the lines dropped (outside the totals), and the total.
///
/// Line totals and the subtotal are formulas, written with the result computed here in exact cents.
@discardableResult
public func writePurchaseOrder(
    _ purchase: SupplierPurchase, header: PurchaseOrderHeader, language: Language,
    to path: String
) throws(SheetError) -> CellCount {
    let labels = SheetLabels(language)
    let workbook = try Workbook(path: path)
    let sheet = try workbook.addWorksheet(name: labels.purchaseOrderSheet)

    try sheet.write(header.allianceName, row: 0, col: 0, format: .title)
    try sheet.writeField(labels.purchaseOrderNumber, header.poNumber, row: 1)
    try sheet.writeField(labels.buyer, header.buyer, row: 2)
    try sheet.writeField(labels.supplier, purchase.supplier.name, row: 3)
    try sheet.writeField(labels.orderWindow, "\(header.windowID)", row: 4)
    try sheet.writeField(labels.deliveryDate, "\(header.deliveryDate)", row: 5)
    try sheet.writeField(labels.deliverTo, header.deliveryName, row: 6)
    try sheet.writeField(labels.address, "\(header.deliveryAddress), \(header.deliveryCity)", row: 7)

    enum Column { static let cases = 4, eaches = 5, casePrice = 6, tier = 7, eachPrice = 8, total = 9 }
    let headerRow = 9
    try sheet.writeHeaderRow(
        [
            labels.sku, labels.productDescription, labels.pack, labels.storage, labels.cases,
            labels.eaches, labels.casePrice, labels.priceTier, labels.eachPrice, labels.lineTotal,
        ],
        row: headerRow)
    var row = headerRow + 1
    let bought = purchase.lines.filter { $0.dropped == nil }
    for line in bought {
        let product = line.product
        try sheet.write(product.sku, row: row, col: 0)
        try sheet.write(product.description, row: row, col: 1)
        try sheet.write(product.pack.description, row: row, col: 2)
        try sheet.write(labels.storageNames[product.storage] ?? product.storage.rawValue, row: row, col: 3)
        try sheet.write(integer: line.purchase.cases, row: row, col: Column.cases)
        try sheet.write(integer: line.purchase.splitEaches, row: row, col: Column.eaches)
        try sheet.write(money: line.casePrice, row: row, col: Column.casePrice)
        if let tier = line.tierReached {
            try sheet.write(labels.tier(fromCases: tier.minimumCases), row: row, col: Column.tier)
        }
        if let eachPrice = product.eachPrice { try sheet.write(money: eachPrice, row: row, col: Column.eachPrice) }
        let formula =
            "=\(cellName(row, Column.cases))*\(cellName(row, Column.casePrice))"
            + "+\(cellName(row, Column.eaches))*\(cellName(row, Column.eachPrice))"
        try sheet.writeFormula(formula, result: line.cost, row: row, col: Column.total)
        row += 1
    }

    let subtotalRow = row
    try sheet.write(labels.goodsSubtotal, row: subtotalRow, col: Column.eachPrice, format: .bold)
    try sheet.writeSum(
        col: Column.total, firstRow: headerRow + 1, lastRow: subtotalRow - 1,
        result: purchase.goodsTotal, row: subtotalRow)
    try sheet.write(labels.deliveryFee, row: subtotalRow + 1, col: Column.eachPrice, format: .bold)
    try sheet.write(money: purchase.deliveryFee, row: subtotalRow + 1, col: Column.total)
    try sheet.write(labels.total, row: subtotalRow + 2, col: Column.eachPrice, format: .bold)
    try sheet.writeFormula(
        "=\(cellName(subtotalRow, Column.total))+\(cellName(subtotalRow + 1, Column.total))",
        result: purchase.goodsTotal + purchase.deliveryFee, row: subtotalRow + 2, col: Column.total,
        format: .currencyBold)
    row = subtotalRow + 3
    if purchase.isBelowMinimumOrder {
        try sheet.write(
            labels.belowMinimumOrder(goods: purchase.goodsTotal, minimum: purchase.supplier.minimumOrder),
            row: row, col: 0, format: .warning)
        row += 1
    }

    let dropped = purchase.lines.filter { $0.dropped != nil }
    if !dropped.isEmpty {
        row += 1
        try sheet.write(labels.droppedLines, row: row, col: 0, format: .bold)
        row += 1
        try sheet.writeHeaderRow(
            [labels.sku, labels.productDescription, labels.pack, labels.storage, labels.eachesRequested, labels.reason],
            row: row)
        row += 1
        for line in dropped {
            try sheet.write(line.product.sku, row: row, col: 0)
            try sheet.write(line.product.description, row: row, col: 1)
            try sheet.write(line.product.pack.description, row: row, col: 2)
            try sheet.write(labels.storageNames[line.product.storage] ?? line.product.storage.rawValue, row: row, col: 3)
            try sheet.write(integer: line.orderedEaches, row: row, col: 4)
            try sheet.write(line.dropped?.explanation.text(in: language) ?? "", row: row, col: 5)
            row += 1
        }
    }

    try sheet.setColumnWidths([16, 34, 14, 14, 8, 8, 12, 20, 14, 14])
    try sheet.freezePanes(row: headerRow + 1)
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRowsThrough: headerRow)
    try workbook.close()
    return workbook.cellsWritten
}
