import ComalCore

/// The alliance's savings week by week as an inline SVG bar chart, drawn on the server so the page
/// needs no script: for each week a grey bar (what the sites would have paid buying alone) over a
/// green one (what they paid together), both on one scale, with the saving written beside them.
///
/// It scales with its container (`viewBox`, width 100%), so one drawing serves a laptop and a phone;
/// the page puts the same numbers in a table for screen readers and for copying.
public enum SavingsChartSVG {
    /// One week's bars, with its texts already in the reader's language.
    public struct Week: Sendable {
        public var label: String
        public var alone: Money
        public var together: Money
        /// `$412.30 (18%)`, written to the right of the bars.
        public var saved: String

        public init(label: String, alone: Money, together: Money, saved: String) {
            self.label = label
            self.alone = alone
            self.together = together
            self.saved = saved
        }
    }

    /// Narrow on purpose: one column of bars under each week's label reads at phone width without
    /// shrinking the text, and the page caps the drawing's width on a laptop.
    static let width = 360, rowHeight = 66, legendHeight = 26, barHeight = 16

    /// The chart; `title` is read by screen readers, `aloneLabel` and `togetherLabel` name the bars in the legend.
    public static func render(_ weeks: [Week], title: String, aloneLabel: String, togetherLabel: String) -> String {
        let largest = max(weeks.map(\.alone.cents).max() ?? 0, weeks.map(\.together.cents).max() ?? 0, 1)
        let height = legendHeight + rowHeight * weeks.count
        func length(_ amount: Money) -> Int { max(amount.cents, 0) * width / largest }
        var svg = """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="100%" role="img" \
            aria-label="\(HTML.escape(title))" font-family="system-ui, sans-serif" font-size="14">
            <title>\(HTML.escape(title))</title>
            <rect x="0" y="4" width="12" height="12" fill="#b9c3c8"/>
            <text x="17" y="15">\(HTML.escape(aloneLabel))</text>
            <rect x="170" y="4" width="12" height="12" fill="#2f7d4f"/>
            <text x="187" y="15">\(HTML.escape(togetherLabel))</text>

            """
        for (index, week) in weeks.enumerated() {
            let top = legendHeight + index * rowHeight
            svg += """
                <text x="0" y="\(top + 14)">\(HTML.escape(week.label)) <tspan font-weight="600" fill="#2f7d4f">\(HTML.escape(week.saved))</tspan></text>
                <rect x="0" y="\(top + 20)" width="\(length(week.alone))" height="\(barHeight)" fill="#b9c3c8"/>
                <rect x="0" y="\(top + 20 + barHeight + 3)" width="\(length(week.together))" height="\(barHeight)" fill="#2f7d4f"/>

                """
        }
        return svg + "</svg>\n"
    }
}
