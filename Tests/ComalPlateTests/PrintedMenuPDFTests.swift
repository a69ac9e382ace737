import ComalTestSupport
import Foundation
import Testing

/// The wall menu printed to PDF by headless Chromium fits on one Letter landscape page in every language.
@Suite struct PrintedMenuPDFTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(
        .enabled(if: chromium != nil, "Chromium is not installed (make test installs it with scripts/install-deps.sh test); PDF page count not checked"),
        arguments: ["en", "es", "both"])
    func printsOnOnePage(language: String) throws {
        let fixture = try PlateCLIFixture()
        let out = fixture.directory.path("print")
        for week in [1, 2, 3, 4] {
            try fixture.succeed("menu", "print", "menus/nm-center-cycle.yaml", "--week", "\(week)", "--lang", language, "--out", out)
            let html = "\(out)/menu-nm-center-cycle-w\(week)-\(language).html"
            let pdf = "\(out)/w\(week)-\(language).pdf"
            // --no-sandbox: the tests may run as root, which Chromium's sandbox refuses (STACK G6).
            let result = try ProcessRunner.run(
                URL(fileURLWithPath: Self.chromium!),
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                    "file://\(html)",
                ])
            #expect(result.status == 0, "chromium failed: \(result.stderr)")
            #expect(try Self.pageCount(pdf) == 1, "week \(week) in \(language) does not fit on one page")
        }
    }

    /// Page objects in the PDF: `/Type /Page` not followed by `s` (which would be the `/Pages` tree).
    static func pageCount(_ path: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        let pattern = try NSRegularExpression(pattern: #"/Type\s*/Page(?!s)"#)
        return pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }
}
