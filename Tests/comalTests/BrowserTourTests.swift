import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// A director's visit in a real headless Chromium (Debian's, driven by Python Playwright) on the
/// demo alliance served by the built `comal serve`: sign in, search, add a line, submit, and leave
/// screenshots of the main pages at laptop and phone width in `out/screenshots/` for people to look at.
@Suite("The web app in a real browser")
struct BrowserTourTests {
    static let screenshots = ProcessRunner.packageRoot().appendingPathComponent("out/screenshots")

    @Test(
        "A director drafts from the menu, orders and submits; the cook's menus print; every main page fits a 390 px phone",
        .enabled(if: MachineTool.chromium != nil, "Chromium is not installed (make test installs it)"),
        .enabled("Python Playwright is not installed (make test installs it)") { await MachineTool.python(has: "playwright") })
    func directorTour() async throws {
        let demo = try await DemoRun.shared()
        #expect(demo.result.status == 0, "demo failed: \(demo.result.stderr)")
        let submittedBefore = try submissions(demo.database)
        try? FileManager.default.removeItem(at: Self.screenshots)

        let tour = try await ServedComal.serving(demo.database) { server in
            try await ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", "scripts/browser_tour.py", server.address, Self.screenshots.path], in: ProcessRunner.packageRoot(),
                deadline: .seconds(600))
        }
        #expect(tour.status == 0, "\(tour.stderr)")

        // The order really reached the database the CLI uses.
        #expect(try submissions(demo.database) == submittedBefore + 1)
        let pages = [
            "01-login", "02-site-home", "03-order-suggested", "04-order", "05-order-submitted", "06-allocation",
            "08-buyer-home", "09-buyer-receiving", "11-cook-menus", "12-cook-week", "15-kitchen-day", "17-satellite-ticket",
        ]
        for page in pages {
            for (width, name) in [(1280, "laptop"), (390, "phone")] {
                let file = Self.screenshots.appendingPathComponent("\(page)-\(name).png")
                let png = try #require(FileManager.default.contents(atPath: file.path), "no screenshot \(file.lastPathComponent)")
                #expect(Self.pngWidth(png) == width, "\(file.lastPathComponent)")
            }
        }
        for printed in ["13-wall-menu", "14-production-record", "16-kitchen-batch-sheet"] {
            #expect(FileManager.default.fileExists(atPath: Self.screenshots.appendingPathComponent("\(printed)-laptop.png").path))
        }
    }

    /// Sites that have submitted their order for the demo's open window.
    private func submissions(_ database: String) throws -> Int {
        let db = try AppDatabase(path: database)
        guard let open = try db.windows().first(where: { $0.state == .open }) else { return 0 }
        return try db.submissions(window: open.id).count
    }

    /// The width in a PNG's header: bytes 16–19 of the IHDR chunk, big-endian.
    static func pngWidth(_ data: Data) -> Int? {
        guard data.count > 24, data.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        return data[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
}
