import ComalWeek
import Foundation
import Synchronization

/// A progress bar on standard error while a long step runs, when standard error is a terminal:
/// a script or a log file gets only the result, never a stream of carriage returns.
struct ProgressBar {
    private let shown = isatty(STDERR_FILENO) == 1
    private var lastWidth = 0
    private var lastDrawn = ContinuousClock.now - .seconds(1)

    /// Redraws the bar for a consolidation's step, at most ten times a second.
    mutating func show(_ progress: JobProgress) {
        show(
            done: progress.done, of: progress.total,
            saying: (progress.total > 0 ? "\(progress.done)/\(progress.total) " : "") + Self.words(progress.step))
    }

    /// Redraws the bar `done` of `total` of the way (empty while the total is 0), followed by
    /// `words`, at most ten times a second.
    mutating func show(done: Int, of total: Int, saying words: String) {
        guard shown, ContinuousClock.now - lastDrawn >= .milliseconds(100) || done == total else { return }
        lastDrawn = ContinuousClock.now
        let width = 30
        let filled = total > 0 ? width * min(done, total) / total : 0
        let line = "\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] " + words
        lastWidth = max(lastWidth, line.count)
        FileHandle.standardError.write(Data(line.padding(toLength: lastWidth, withPad: " ", startingAt: 0).utf8))
    }

    /// Clears the bar's line once the step is over.
    func finish() {
        guard shown, lastWidth > 0 else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: lastWidth) + "\r").utf8))
    }

    private static func words(_ step: JobProgress.Step) -> String {
        switch step {
        case .reading: "reading the orders"
        case .writingWorkbooks: "writing workbooks"
        case .storing: "saving the week"
        case .searchingRoutes: "searching for routes"
        case .planningMenu: "planning the menu"
        }
    }
}

/// A progress bar that work on another thread (the route search) may redraw.
final class SharedProgressBar: Sendable {
    private let bar = Mutex(ProgressBar())

    func show(done: Int, of total: Int, saying words: String) {
        bar.withLock { $0.show(done: done, of: total, saying: words) }
    }

    func finish() { bar.withLock { $0.finish() } }
}
