import ComalCore
import ComalStore
import ComalWeek

/// A running or failed job, as the buyer follows it: a progress bar that the page refreshes
/// (no script), or why it failed. A finished job's page sends the buyer to its window instead.
struct JobPage: Page {
    static let template = "job"
    var chrome: Chrome
    var heading, step, steps, windowPath, backToWindow, refreshes: String
    var running: Bool
    /// Whether the work has been counted yet; before, the bar shows only that something runs.
    var counted: Bool
    var done, total: Int
    var error: String?

    init(_ job: Job, context: WebContext) {
        let language = context.language
        running = job.state == .running
        heading = (running ? JobLabels.running(job.kind) : JobLabels.failed(job.kind)).text(in: language)
        chrome = Chrome(title: heading, context: context)
        if running { chrome.refreshSeconds = 1 }
        step = JobLabels.step(JobProgress.Step(rawValue: job.step)).text(in: language)
        (done, total) = (job.stepsDone, max(job.stepsTotal, job.stepsDone))
        counted = total > 0
        let seconds = job.kind == .planMenu
        steps = counted ? (seconds ? JobLabels.seconds(done, of: total) : JobLabels.steps(done, of: total)).text(in: language) : ""
        if let site = job.site {
            windowPath = "/sites/\(site)/menus"
            backToWindow = JobLabels.backToMenus.text(in: language)
        } else {
            windowPath = job.window.map { "/buyer/windows/\($0)" } ?? "/buyer"
            backToWindow = JobLabels.backToWindow.text(in: language)
        }
        refreshes = JobLabels.refreshes.text(in: language)
        error = job.error?.text(in: language)
    }
}
