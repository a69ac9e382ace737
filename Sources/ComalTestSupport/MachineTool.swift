import Foundation

/// Programs some tests drive that a machine may lack. `make test` installs every one of them
/// (`scripts/install-deps.sh test`), so on CI nothing is skipped; elsewhere a test that needs one
/// names it in an `.enabled(if:)` trait and is reported as skipped, never as passed.
public enum MachineTool {
    /// Debian's Chromium, which prints the wall menus to PDF and runs the browser tour.
    public static let chromium = onPath(["chromium", "chromium-browser"])

    /// LibreOffice, the second independent reader of the workbooks.
    public static let libreOffice = onPath(["soffice", "libreoffice"])

    /// Whether `python3` can import `module` (Playwright, for the browser tour).
    public static func python(has module: String) async -> Bool {
        let check = try? await ProcessRunner.python("import \(module)", [])
        return check?.status == 0
    }

    /// The first of `names` found on PATH, as a full path.
    static func onPath(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            for name in names {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
