import ComalCore
import ComalPages

/// The buyer's list of windows, newest first, the form to open the next one, and what buying
/// together has saved the alliance week by week.
struct BuyerHomePage: Page {
    static let template = "buyer-home"

    struct Week: Sendable, Encodable {
        var delivery, cutoff, state, path: String
        var countdown: String?
        /// `3 / 12` sites submitted; a dash once the window has closed, when submissions no longer matter.
        var submitted: String
    }

    /// One consolidated week's row of the savings table under the chart.
    struct SavingsRow: Sendable, Encodable {
        var delivery, alone, together, saved: String
        var sites, percent: Int
    }

    var chrome: Chrome
    var weeks: [Week]
    var hasWeeks: Bool
    var problems: [String]
    var hasProblems: Bool
    var savingsChart: String
    var savingsRows: [SavingsRow]
    var hasSavings: Bool
    var savingsSummary: String

    init(
        windows: [OrderWindow], submitted: [OrderWindow.ID: Int], siteCount: Int, savings: [WeekSavings], clock: AllianceClock,
        problems: [String], context: WebContext
    ) {
        let language = context.language
        let t = Labels.of(language)
        chrome = Chrome(title: t.windowsTitle, context: context)
        weeks = windows.sorted { $0.delivery > $1.delivery }.map {
            Week(
                delivery: LocalizedFormat.date($0.delivery, language), cutoff: LocalizedFormat.dateTime($0.cutoff, language),
                state: t.state($0.state), path: "/buyer/windows/\($0.id)",
                countdown: $0.state == .open ? LocalizedFormat.countdown(to: $0.cutoff, on: clock, language) : nil,
                submitted: $0.state == .open ? "\(submitted[$0.id] ?? 0) / \(siteCount)" : "—")
        }
        hasWeeks = !weeks.isEmpty
        self.problems = problems
        hasProblems = !problems.isEmpty
        hasSavings = !savings.isEmpty
        savingsChart = SavingsChartSVG.render(
            savings.map {
                SavingsChartSVG.Week(
                    label: LocalizedFormat.shortDate($0.delivery, language), alone: $0.alone, together: $0.together,
                    saved: "\($0.saved.formatted) (\($0.percentSaved)%)")
            }, title: t.savingsTitle, aloneLabel: t.buyingAlone, togetherLabel: t.buyingTogether)
        savingsRows = savings.reversed().map {
            SavingsRow(
                delivery: LocalizedFormat.date($0.delivery, language), alone: $0.alone.formatted,
                together: $0.together.formatted, saved: $0.saved.formatted, sites: $0.sites, percent: $0.percentSaved)
        }
        let (alone, saved) = (savings.map(\.alone).sum(), savings.map(\.saved).sum())
        savingsSummary = Labels.savedOverWeeks(saved, weeks: savings.count, percent: WeekSavings.percent(saved, of: alone))
            .text(in: language)
    }
}
