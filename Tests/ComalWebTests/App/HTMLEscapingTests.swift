import Foundation
import Mustache
import Testing

@testable import ComalWeb

/// Templates escape through `HTMLEscaping` when they open with its pragma; the text must come out
/// as Mustache's own escaping writes it.
@Suite("Templates escape HTML as Mustache does, faster")
struct HTMLEscapingTests {
    static let texts = [
        "", "plain", "Orders & <totals>", "the page's \"note\"", "<script>alert('x')</script>",
        "Tortillas de maíz · 12/30 ct", "Chile 🌶 & queso", "&amp; already", "a<b>c&d\"e'f",
    ]

    @Test("Each text is escaped as Mustache's default escaping escapes it", arguments: texts)
    func sameAsMustache(text: String) throws {
        HTMLEscaping.register()
        let fast = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(HTMLEscaping.pragmaName) }}{{x}}")
        let standard = try MustacheTemplate(string: "{{x}}")
        let model = ["x": TemplateText(text)]
        #expect(fast.render(model) == standard.render(model))
        #expect(HTMLEscaping().escapeText(text) == standard.render(["x": text]))
    }

    /// A partial starts again with Mustache's escaping, which would escape our text a second
    /// time if it were already escaped and, as it is not, only runs slower: every template opens
    /// with the pragma so that none does.
    @Test("Every template and partial opens with the escaping pragma")
    func everyTemplateOpensWithPragma() throws {
        let templates = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ComalWeb/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { $0.hasSuffix(".mustache") }
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix("{{% CONTENT_TYPE: \(HTMLEscaping.pragmaName) }}\n"), "\(file)")
        }
    }
}
