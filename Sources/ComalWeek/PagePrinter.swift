import Foundation
import Subprocess

/// Prints our own HTML pages to PDF with headless Chromium, when the machine has it: Chromium lays out
/// the `@page` Letter size the pages ask for exactly as a browser's Print would.
enum PagePrinter {
    /// The longest one page may take; a Chromium that hangs is stopped rather than holding the step.
    static let deadline: Duration = .seconds(120)

    /// Prints `html` to `pdf`; false when Chromium is not installed.
    static func printPDF(html: String, pdf: String) async throws -> Bool {
        let profile = NSTemporaryDirectory() + "comal-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let arguments = [
            // --no-sandbox: the CLI may run as root, which Chromium's sandbox refuses; the pages are our own files.
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile)",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString,
        ]
        let result: ExecutionResult<Void, DiscardedOutput, StringOutput<Unicode.UTF8>>
        do {
            result = try await withThrowingTaskGroup { group in
                group.addTask {
                    try await Subprocess.run(
                        .name("chromium"), arguments: Arguments(arguments), output: .discarded, error: .string(limit: 64 * 1024))
                }
                group.addTask {
                    try await Task.sleep(for: deadline)
                    throw PagePrinterError.timedOut(html: html)
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
        } catch let error as SubprocessError where error.code == .executableNotFound {
            return false
        }
        guard result.terminationStatus.isSuccess else {
            throw PagePrinterError.failed(html: html, message: String((result.standardError ?? "").suffix(500)))
        }
        return true
    }
}

/// Chromium could not print a page.
enum PagePrinterError: Error, CustomStringConvertible {
    case timedOut(html: String)
    case failed(html: String, message: String)

    var description: String {
        switch self {
        case .timedOut(let html): "Chromium did not print \(html) within two minutes"
        case .failed(let html, let message): "Chromium could not print \(html): \(message)"
        }
    }
}
