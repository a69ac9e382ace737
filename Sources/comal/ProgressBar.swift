import ComalWeek
import Foundation

/// A progress bar on standard error while a long step runs, when standard error is a terminal:
/// a script or a log file gets only the result, never a stream of carriage returns.
struct ProgressBar {
    private let shown = isatty(STDERR_FILENO) == 1
    private var lastWidth = 0
    private var lastDrawn = ContinuousClock.now - .seconds(1)

    /// Redraws the bar, at most ten times a second.
    mutating func show(_ progress: ConsolidationProgress) {
        guard shown, ContinuousClock.now - lastDrawn >= .milliseconds(100) || progress.done == progress.total else { return }
        lastDrawn = ContinuousClock.now
        let width = 30
        let filled = progress.total > 0 ? width * progress.done / progress.total : 0
        let line =
            "\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] "
            + (progress.total > 0 ? "\(progress.done)/\(progress.total) " : "") + Self.words(progress.step)
        lastWidth = max(lastWidth, line.count)
        FileHandle.standardError.write(Data(line.padding(toLength: lastWidth, withPad: " ", startingAt: 0).utf8))
    }

    /// Clears the bar's line once the step is over.
    func finish() {
        guard shown, lastWidth > 0 else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: lastWidth) + "\r").utf8))
    }

    private static func words(_ step: ConsolidationProgress.Step) -> String {
        switch step {
        case .reading: "reading the orders"
        case .writingWorkbooks: "writing workbooks"
        case .storing: "saving the week"
        }
    }
}
