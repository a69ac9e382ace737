import ComalTestSupport
import Foundation
import Testing

/// The wall menu printed to PDF by headless Chromium fits on one Letter landscape page in every language.
@Suite struct PrintedMenuPDFTests {
    static let chromium = MachineTool.chromium

    @Test(
        .enabled(
            if: chromium != nil,
            "Chromium is not installed (make test installs it with scripts/install-deps.sh test); PDF page count not checked"),
        arguments: ["en", "es", "both"])
    func printsOnOnePage(language: String) async throws {
        let fixture = try await PlateCLIFixture()
        let out = fixture.directory.path("print")
        // Every week of the shipped menus, the home week's four age groups and five meals the densest.
        for (menu, week) in [
            ("nm-center-cycle", 1), ("nm-center-cycle", 2), ("nm-center-cycle", 3), ("nm-center-cycle", 4), ("nm-home-week", 1),
        ] {
            try await fixture.succeed("menu", "print", "menus/\(menu).yaml", "--week", "\(week)", "--lang", language, "--out", out)
            let html = "\(out)/menu-\(menu)-w\(week)-\(language).html"
            let pdf = "\(out)/\(menu)-w\(week)-\(language).pdf"
            // --no-sandbox: the tests may run as root, which Chromium's sandbox refuses (STACK G6).
            let result = try await ProcessRunner.run(
                URL(fileURLWithPath: Self.chromium!),
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                    "file://\(html)",
                ])
            #expect(result.status == 0, "chromium failed: \(result.stderr)")
            #expect(try Self.pageCount(pdf) == 1, "\(menu) week \(week) in \(language) does not fit on one page")
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
