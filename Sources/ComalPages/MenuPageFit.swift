import ComalCore

/// Chooses the cell font size that lets a wall menu fill one Letter landscape page without spilling onto a
/// second: the largest size at which the tallest cell of every meal, added up, fits the page's height.
///
/// Print CSS cannot shrink text to fit, and the page carries no script, so the fit is estimated here from
/// the text itself, generously (DejaVu Sans runs about 0.58 em a character); the PDF test checks the result.
enum MenuPageFit {
    /// Points of page height the meal rows may take: 8.5 in less margins, title, day headings and legend.
    static let rowsHeight = 7.8 * 72 - 105.0
    /// Points of width for the day columns of one panel: 10.3 in less the meal column, over the panels.
    static func dayColumnWidth(days: Int, panels: Int) -> Double {
        let panel = (10.3 * 72 - Double(panels - 1) * 0.2 * 72) / Double(panels)
        let mealColumn = (panels == 1 ? 1.0 : 0.7) * 72
        return (panel - mealColumn) / Double(max(days, 1)) - 8
    }

    static let sizes: [Double] = [12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6]

    /// The cell font size in points for `menu` printed in `languages` side by side, and the zoom (at most 1)
    /// that shrinks the whole sheet when even the smallest size would spill onto a second page.
    static func fit(_ menu: PrintedMenu, languages: [Language]) -> (cellFontSize: Double, zoom: Double) {
        let width = dayColumnWidth(days: menu.days.count, panels: languages.count)
        for size in sizes {
            let height = languages.map { rowsHeight(menu, $0, size: size, width: width) }.max() ?? 0
            if height <= rowsHeight { return (size, 1) }
        }
        let smallest = sizes.last!
        let height = languages.map { rowsHeight(menu, $0, size: smallest, width: width) }.max() ?? rowsHeight
        // Zoom shrinks the columns' text and the page's other parts alike, so the rows fit in proportion.
        return (smallest, ((rowsHeight / height) * 0.9 * 100).rounded(.down) / 100)
    }

    /// Estimated points the meal rows take: each row as tall as its fullest cell.
    private static func rowsHeight(_ menu: PrintedMenu, _ language: Language, size: Double, width: Double) -> Double {
        let charactersPerLine = max(1, Int(width / (size * 0.58)))
        return menu.rows.reduce(0.0) { total, row in
            let lines =
                row.cells.map { cell in
                    cell.reduce(0) { $0 + (characters($1, language) + charactersPerLine - 1) / charactersPerLine }
                }.max() ?? 0
            let entries = row.cells.map(\.count).max() ?? 0
            return total + Double(lines) * size * 1.25 + Double(entries) * 2.5 + 10
        }
    }

    /// Characters an entry takes in a cell, marks and age groups included.
    private static func characters(_ entry: PrintedMenu.Entry, _ language: Language) -> Int {
        var count = entry.name.text(in: language).count
        if !entry.onlyFor.isEmpty { count += 6 + entry.onlyFor.count * 6 }
        if entry.wholeGrainRich { count += 3 }
        if !entry.allergens.isEmpty { count += entry.allergens.count + 1 }
        return count
    }
}
