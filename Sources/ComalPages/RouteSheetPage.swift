import ComalCore

/// Renders a vehicle's route sheet as a printable, self-contained HTML page with the same content
/// as its workbook: a block per stop that a driver can tick off, with a signature line.
public enum RouteSheetPage {
    /// The page for `sheet` in `language`.
    public static func render(_ sheet: RouteSheet, allianceName: String, delivery: CalendarDate, language: Language) -> String {
        typealias L = RouteSheetLabels
        let text = { (label: BilingualText) in HTML.escape(label.text(in: language)) }
        let route = sheet.route
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(text(L.title)) · \(HTML.escape(route.vehicle.name)) · \(delivery)</title>
            <style>
            @page { size: letter portrait; margin: 0.5in; }
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; margin: 0; }
            h1 { font-size: 15pt; margin: 0 0 4px; }
            h2 { font-size: 12pt; margin: 14px 0 4px; }
            p { margin: 2px 0; }
            table { width: 100%; border-collapse: collapse; }
            th, td { border: 1px solid #777; padding: 3px 5px; text-align: left; }
            th { background: #e8eef7; }
            td.num { text-align: right; }
            .flag { color: #c00000; font-weight: bold; }
            .stop { break-inside: avoid-page; }
            .sign { margin-top: 14px; }
            </style>
            </head>
            <body>
            <h1>\(text(L.title)) · \(HTML.escape(allianceName))</h1>
            <p>\(text(L.vehicle)): \(HTML.escape(route.vehicle.name)) · \(text(L.delivery)): \(delivery)</p>
            <p>\(text(L.leaveHub)): \(route.departure) · \(text(L.backAtHub)): \(route.returnTime) · \(text(L.distance)): \(route.metres / 1000)</p>

            """
        for stop in sheet.stops {
            html += """
                <div class="stop">
                <h2>\(text(L.stop)) \(stop.sequence): \(HTML.escape("\(stop.site.id) \(stop.site.name)"))</h2>
                <p>\(text(L.arrival)): <b>\(stop.arrival)</b> · \(text(L.window)): \(stop.site.deliveryWindow) · \(text(L.address)): \(HTML.escape("\(stop.site.address), \(stop.site.city)"))</p>
                <table>
                <tr><th>\(text(L.storage))</th><th>\(text(L.sku))</th><th>\(text(L.product))</th><th>\(text(L.cases))</th><th>\(text(L.eaches))</th></tr>

                """
            for item in stop.delivery.items {
                let storage = text(RouteSheet.storageLabel(item.product.storage))
                let cell = item.product.storage == .dry ? storage : "<span class=\"flag\">\(storage)</span>"
                html += """
                    <tr><td>\(cell)</td><td>\(HTML.escape(item.product.sku))</td><td>\(HTML.escape(item.product.description))</td><td class="num">\(item.cases)</td><td class="num">\(item.eaches)</td></tr>

                    """
            }
            html += "</table>\n<p class=\"sign\">\(text(L.signature))</p>\n</div>\n"
        }
        return html + "</body>\n</html>\n"
    }
}
