import ComalCore

/// The buyer's list of windows, newest first, and the form to open the next one.
struct BuyerHomePage: Page {
    static let template = "buyer-home"

    struct Week: Sendable {
        var delivery, cutoff, state, path: String
        var countdown: String?
        var submitted: Int
    }

    var chrome: Chrome
    var weeks: [Week]
    var hasWeeks: Bool
    var siteCount: Int
    var problems: [String]
    var hasProblems: Bool

    init(
        windows: [OrderWindow], submitted: [OrderWindow.ID: Int], siteCount: Int, now: LocalDateTime, problems: [String],
        context: WebContext
    ) {
        let language = context.language
        let t = Labels(language)
        chrome = Chrome(title: t.windowsTitle, context: context)
        weeks = windows.sorted { $0.delivery > $1.delivery }.map {
            Week(
                delivery: LocalizedFormat.date($0.delivery, language), cutoff: LocalizedFormat.dateTime($0.cutoff, language),
                state: t.state($0.state), path: "/buyer/windows/\($0.id)",
                countdown: $0.state == .open ? LocalizedFormat.countdown(from: now, to: $0.cutoff, language) : nil,
                submitted: submitted[$0.id] ?? 0)
        }
        hasWeeks = !weeks.isEmpty
        self.siteCount = siteCount
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
