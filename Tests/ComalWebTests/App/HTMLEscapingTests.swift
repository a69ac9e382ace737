import Mustache
import Testing

@testable import ComalWeb

/// Pages escape what they print through `HTMLEscaping`; it must write what Mustache's own
/// escaping writes.
@Suite("Templates escape HTML as Mustache does")
struct HTMLEscapingTests {
    static let texts = [
        "", "plain", "Orders & <totals>", "the page's \"note\"", "<script>alert('x')</script>",
        "Tortillas de maíz · 12/30 ct", "Chile 🌶 & queso", "&amp; already", "a<b>c&d\"e'f", "<", "'",
    ]

    @Test("Each text is escaped as Mustache's escaping escapes it", arguments: texts)
    func sameAsMustache(text: String) throws {
        var escaped: [UInt8] = []
        HTMLEscaping.append(text, to: &escaped)
        #expect(String(decoding: escaped, as: UTF8.self) == (try MustacheTemplate(string: "{{x}}")).render(["x": text]))
    }
}
