import ComalCore
import Foundation

/// Renders a production record as a printable, self-contained HTML page: a table per day, each menu item
/// with portion × planned servings per age group, the totals to prepare, and blank columns to fill in by hand.
public enum ProductionPage {
    /// The page for `record` at `site` in `language`.
    public static func render(_ record: ProductionRecord, site: Site, language: Language) -> String {
        typealias H = ProductionHeadings
        let text = { (heading: BilingualText) in HTML.escape(heading.text(in: language)) }
        let groups = record.ageGroups
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(text(H.title)) · \(HTML.escape(site.id.rawValue)) · \(text(H.week)) \(record.week)</title>
            <style>
            @page { size: letter landscape; margin: 0.4in; }
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; margin: 0; }
            h1 { font-size: 14pt; margin: 0 0 4px; }
            p { margin: 2px 0; }
            h2 { font-size: 11pt; margin: 10px 0 3px; break-after: avoid; }
            table { width: 100%; border-collapse: collapse; }
            th, td { border: 1px solid #777; padding: 2px 4px; text-align: left; vertical-align: top; }
            th { background: #e8eef7; }
            tr { break-inside: avoid; }
            td.num { text-align: right; white-space: nowrap; }
            td.blank { min-width: 0.7in; }
            .day { break-inside: avoid-page; }
            </style>
            </head>
            <body>
            <h1>\(text(H.title))</h1>
            <p>\(text(H.site)): \(HTML.escape("\(site.id) \(site.name)")) · \(text(H.menu)): \(HTML.escape(record.menuName.text(in: language))) · \(text(H.week)) \(record.week)</p>
            <p>\(text(H.note))</p>

            """
        var days: [String] = []
        for line in record.lines where !days.contains(line.day) { days.append(line.day) }
        for day in days {
            html +=
                "<section class=\"day\"><h2>\(HTML.escape(PrintedMenu.dayName(day).text(in: language)))</h2>\n<table>\n<thead><tr>"
            html += "<th>\(text(H.meal))</th><th>\(text(H.item))</th>"
            html += groups.map { "<th>\(text(H.portion)) × \(text(H.planned)) \(HTML.escape($0.rawValue))</th>" }.joined()
            html += "<th>\(text(H.toPrepare))</th><th>\(text(H.asPurchased))</th>"
            html += "<th>\(text(H.actual))</th><th>\(text(H.leftovers))</th></tr></thead>\n<tbody>\n"
            for line in record.lines where line.day == day {
                html +=
                    "<tr><td>\(HTML.escape(line.meal.label.text(in: language)))</td><td>\(HTML.escape(line.dish.text(in: language)))</td>"
                for group in groups {
                    let cell = line.portions[group].map { "\($0.text(in: language)) × \(line.planned[group] ?? 0)" } ?? ""
                    html += "<td class=\"num\">\(HTML.escape(cell))</td>"
                }
                html += "<td class=\"num\">\(HTML.escape(line.toPrepare?.text(in: language) ?? ""))</td>"
                var purchased = line.asPurchased?.text(in: language) ?? ""
                if let batches = line.recipeBatches {
                    purchased = "\(batches) × " + PrintLabels.recipe.text(in: language)
                }
                html +=
                    "<td class=\"num\">\(HTML.escape(purchased))</td><td class=\"blank\"></td><td class=\"blank\"></td></tr>\n"
            }
            html += "</tbody>\n</table></section>\n"
        }
        html += "<p style=\"margin-top:14px\"><b>\(text(H.signature)):</b> ______________________________</p>\n</body>\n</html>\n"
        return html
    }
}
