import ComalCore

/// Renders a wall menu as one self-contained HTML page (inline CSS, no script, nothing fetched) that prints
/// on one Letter landscape sheet: days across, meals down, in one language or two side by side.
public enum PrintedMenuPage {
    /// The page for `menu` in `languages` (one, or English and Spanish side by side).
    public static func render(_ menu: PrintedMenu, languages: [Language]) -> String {
        let lang = languages.count == 1 ? languages[0].rawValue : "en"
        let title = languages.map { "\(menu.menuName.text(in: $0)) · \(weekWord($0)) \(menu.week)" }.joined(separator: " / ")
        let panels = languages.map { panel(menu, $0, compact: languages.count > 1) }.joined(separator: "\n")
        let (cellSize, zoom) = MenuPageFit.fit(menu, languages: languages)
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <title>\(HTML.escape(title))</title>
            <style>
            @page { size: letter landscape; margin: 0.35in; }
            * { box-sizing: border-box; }
            html, body { margin: 0; padding: 0; }
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a; }
            .sheet { display: flex; gap: 0.2in; width: \(10.3 / zoom)in;\(zoom < 1 ? " zoom: \(zoom);" : "") }
            .panel { flex: 1 1 0; min-width: 0; }
            h1 { font-size: 19pt; margin: 0 0 0.06in; color: #7a2e0e; }
            .panel.compact h1 { font-size: 12.5pt; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            th, td { border: 1px solid #8a8a8a; padding: 3px 4px; vertical-align: top; text-align: left; }
            thead th { background: #f3e3c3; font-size: 12.5pt; }
            th.meal { width: 1in; background: #fbf3e4; font-size: 12pt; }
            td { font-size: \(cellSize)pt; line-height: 1.2; padding: 3px 4px; }
            .panel.compact thead th, .panel.compact th.meal { font-size: 9pt; }
            .panel.compact th.meal { width: 0.7in; }
            ul { margin: 0; padding: 0; list-style: none; }
            li { margin: 0 0 2px; }
            .ages { color: #555; }
            .wg { font-weight: bold; color: #2f6b1f; }
            .alg { font-size: 75%; vertical-align: super; color: #9b1c1c; font-weight: bold; }
            .legend { font-size: 10pt; margin-top: 0.08in; }
            .panel.compact .legend { font-size: 7.5pt; }
            </style>
            </head>
            <body>
            <div class="sheet">
            \(panels)
            </div>
            </body>
            </html>

            """
    }

    private static func weekWord(_ language: Language) -> String { PrintLabels.week.text(in: language) }

    private static func panel(_ menu: PrintedMenu, _ language: Language, compact: Bool) -> String {
        var html = "<section class=\"panel\(compact ? " compact" : "")\" lang=\"\(language.rawValue)\">\n"
        html += "<h1>\(HTML.escape(menu.menuName.text(in: language))) · \(weekWord(language)) \(menu.week)</h1>\n"
        html += "<table>\n<thead><tr><th class=\"meal\"></th>"
        html += menu.days.map { "<th>\(HTML.escape($0.text(in: language)))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in menu.rows {
            html += "<tr><th class=\"meal\">\(HTML.escape(capitalized(row.meal.label.text(in: language))))</th>"
            for cell in row.cells {
                html += "<td><ul>" + cell.map { entry($0, language) }.joined() + "</ul></td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<p class=\"legend\">\(legend(menu, language))</p>\n</section>"
        return html
    }

    private static func entry(_ entry: PrintedMenu.Entry, _ language: Language) -> String {
        var html = "<li>\(HTML.escape(entry.name.text(in: language)))"
        if !entry.onlyFor.isEmpty {
            html += " <span class=\"ages\">(\(HTML.escape(ageWords(entry.onlyFor, language))))</span>"
        }
        if entry.wholeGrainRich { html += " <span class=\"wg\">\(PageMarks.wholeGrain(language))</span>" }
        if !entry.allergens.isEmpty {
            html +=
                " <span class=\"alg\">\(entry.allergens.map { PageMarks.allergen($0, language) }.joined(separator: ","))</span>"
        }
        return html + "</li>"
    }

    /// `ages 3-5, 6-12`, `3-5, 6-12 años`, `infants 6-11 mo`: short enough for a cell.
    private static func ageWords(_ groups: [MealPatternAgeGroup], _ language: Language) -> String {
        let children = groups.filter { !$0.isInfant && $0 != .adult }.map(\.rawValue).joined(separator: ", ")
        var words: [BilingualText] = []
        if groups.contains(.infant0to5Months) { words.append(PrintLabels.infants0to5) }
        if groups.contains(.infant6to11Months) { words.append(PrintLabels.infants6to11) }
        if !children.isEmpty { words.append(PrintLabels.ages(children)) }
        if groups.contains(.adult) { words.append(PrintLabels.adults) }
        return words.map { $0.text(in: language) }.joined(separator: "; ")
    }

    private static func legend(_ menu: PrintedMenu, _ language: Language) -> String {
        var parts: [String] = []
        if menu.hasWholeGrainRich {
            parts.append("<span class=\"wg\">\(PageMarks.wholeGrain(language))</span> \(PageMarks.wholeGrainLegend(language))")
        }
        if !menu.allergensPresent.isEmpty {
            let allergens = menu.allergensPresent.map {
                "<span class=\"alg\">\(PageMarks.allergen($0, language))</span> \(HTML.escape($0.label.text(in: language)))"
            }
            parts.append(PrintLabels.allergens.text(in: language) + allergens.joined(separator: " · "))
        }
        if menu.servesInfants {
            parts.append(PrintLabels.untaggedItems.text(in: language))
        }
        parts.append(PrintLabels.waterAndMilk.text(in: language))
        return parts.joined(separator: " &nbsp;|&nbsp; ")
    }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
