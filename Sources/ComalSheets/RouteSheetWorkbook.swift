import ComalCore

/// Writes one vehicle's route sheet: the trip's times, then for each stop in order its arrival
/// estimate, window and address, the goods to unload grouped dry, cold, frozen (cold and frozen
/// in red so they come off first), and a line for the site to sign.
public func writeRouteSheet(
    _ sheet: RouteSheet, allianceName: String, delivery: CalendarDate, language: Language, to path: String
) throws(SheetError) {
    typealias L = RouteSheetLabels
    let text = { (label: BilingualText) in label.text(in: language) }
    let workbook = try Workbook(path: path)
    let page = try workbook.addWorksheet(name: String(text(L.title).prefix(31)))
    try page.write(allianceName, row: 0, col: 0, format: .title)
    try page.writeField(text(L.vehicle), sheet.route.vehicle.name, row: 1)
    try page.writeField(text(L.delivery), "\(delivery)", row: 2)
    try page.writeField(text(L.leaveHub), "\(sheet.route.departure)", row: 3)
    try page.writeField(text(L.backAtHub), "\(sheet.route.returnTime)", row: 4)
    try page.writeField(text(L.distance), "\(sheet.route.metres / 1000)", row: 5)
    var row = 7
    for stop in sheet.stops {
        try page.writeHeaderRow([text(L.stop), text(L.arrival), text(L.window), text(L.site), text(L.address)], row: row)
        try page.write(integer: stop.sequence, row: row + 1, col: 0, format: .bold)
        try page.write("\(stop.arrival)", row: row + 1, col: 1)
        try page.write("\(stop.site.deliveryWindow)", row: row + 1, col: 2)
        try page.write("\(stop.site.id) \(stop.site.name)", row: row + 1, col: 3)
        try page.write("\(stop.site.address), \(stop.site.city)", row: row + 1, col: 4)
        row += 2
        try page.writeHeaderRow([text(L.storage), text(L.sku), text(L.product), text(L.cases), text(L.eaches)], row: row)
        row += 1
        for item in stop.delivery.items {
            let flagged: CellFormat? = item.product.storage == .dry ? nil : .warning
            try page.write(text(RouteSheet.storageLabel(item.product.storage)), row: row, col: 0, format: flagged)
            try page.write(item.product.sku, row: row, col: 1)
            try page.write(item.product.description, row: row, col: 2)
            try page.write(integer: item.cases, row: row, col: 3)
            try page.write(integer: item.eaches, row: row, col: 4)
            row += 1
        }
        try page.write(text(L.signature), row: row + 1, col: 0)
        row += 3
    }
    try page.setColumnWidths([24, 14, 38, 28, 40])
    try page.setPrintLayout(landscape: false)
    try workbook.close()
}
