import ComalCore

/// What the kitchen's printed pages share: a Letter page, the kitchen and date in the heading, the
/// table style, and texts in the reader's language.
enum KitchenPage {
    /// A whole printable document: `@page` Letter portrait, half-inch margins.
    static func document(title: String, language: Language, style: String = "", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(HTML.escape(title))</title>
        <style>
        @page { size: letter portrait; margin: 0.5in; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9pt; margin: 0; }
        h1 { font-size: 14pt; margin: 0 0 4px; }
        h2 { font-size: 11pt; margin: 10px 0 3px; break-after: avoid; }
        p { margin: 2px 0; }
        table { width: 100%; border-collapse: collapse; margin-bottom: 6px; }
        th, td { border: 1px solid #777; padding: 2px 4px; text-align: left; vertical-align: top; }
        th { background: #e8eef7; }
        tr { break-inside: avoid; }
        td.num { text-align: right; white-space: nowrap; }
        td.blank { min-width: 0.6in; }
        .flag { color: #a00; font-weight: bold; }
        .site { break-after: page; }
        .site:last-child { break-after: auto; }
        .sign { margin-top: 14px; }
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// `Little Piñon central kitchen · Monday 2026-12-07`.
    static func heading(_ day: KitchenDay, _ language: Language) -> String {
        let weekday = PrintedMenu.dayName(KitchenDay.dayLabel(day.date)).text(in: language)
        return HTML.escape("\(day.kitchen.name) · \(weekday) \(day.date)")
    }

    /// `text` in `language`, escaped.
    static func say(_ english: String, _ spanish: String, _ language: Language) -> String {
        HTML.escape(BilingualText(english: english, spanish: spanish).text(in: language))
    }

    static func say(_ text: BilingualText, _ language: Language) -> String { HTML.escape(text.text(in: language)) }

    /// The allergens as a label lists them, or a dash.
    static func allergens(_ allergens: [Allergen], _ language: Language) -> String {
        allergens.isEmpty ? "—" : HTML.escape(allergens.map { $0.label.text(in: language) }.joined(separator: ", "))
    }

    /// Each problem of the day as a paragraph, so nothing the cook should know is left off the sheet.
    static func problems(_ day: KitchenDay, _ language: Language) -> String {
        day.problems.map { "<p class=\"flag\">\(say($0.message, language))</p>\n" }.joined()
    }
}
