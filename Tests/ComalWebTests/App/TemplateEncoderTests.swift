import ComalCore
import Mustache
import Testing

@testable import ComalWeb

/// Pages reach Mustache through `TemplateEncoder`: what a template renders from the encoded model
/// must be what it rendered from the Swift value by reflection, only found by name.
@Suite("A page's model renders the same encoded as reflected")
struct TemplateEncoderTests {
    struct Row: Encodable {
        var name: String
        var count: Int
        var note: String?
        var tags: [String]
    }

    struct Model: Encodable {
        var title: String
        var note: String
        var shown, hidden: Bool
        var big: Int64
        var rows: [Row]
        var grid: [[Int]]
        var empty: [Row]
        var t: Labels
    }

    static let template = """
        {{title}}|{{#shown}}shown{{/shown}}{{^hidden}}not hidden{{/hidden}}|{{big}}|\
        {{#rows}}[{{name}} {{count}} {{note}}{{#tags}}<{{.}}>{{/tags}}]{{/rows}}|\
        {{#grid}}({{#.}}{{.}};{{/.}}){{/grid}}|{{^empty}}no rows{{/empty}}|{{t.signIn}}
        """

    static let model = Model(
        title: "Orders & <totals>", note: "the page's note", shown: true, hidden: false, big: 9_000_000_000,
        rows: [
            Row(name: "Milk", count: 2, note: "cold", tags: ["dairy", "case"]),
            // A nil note is not this row's: as with reflection, the name is looked up further out.
            Row(name: "Rice", count: 0, note: nil, tags: []),
        ],
        grid: [[1, 2], [3]], empty: [], t: Labels.of(.spanish))

    @Test("Strings, flags, numbers, nested lists and absent optionals render as by reflection")
    func rendersAsReflection() throws {
        let template = try MustacheTemplate(string: Self.template)
        let reflected = template.render(Self.model)
        let encoded = template.render(try TemplateEncoder.encode(Self.model))
        #expect(encoded == reflected)
        #expect(
            encoded
                == "Orders &amp; &lt;totals&gt;|shownnot hidden|9000000000|[Milk 2 cold<dairy><case>][Rice 0 the page&#39;s note]|(1;2;)(3;)|no rows|Entrar"
        )
    }

    @Test("Structs become objects found by name; labels, which already answer by name, are kept as they are")
    func objectsByName() throws {
        let encoded = try #require(try TemplateEncoder.encode(Self.model) as? TemplateObject)
        #expect((encoded.child(named: "title") as? TemplateText)?.renderText == Self.model.title)
        #expect(encoded.child(named: "t") is LabelTable)
        let rows = try #require(encoded.child(named: "rows") as? [Any])
        #expect(rows.count == 2)
        let second = try #require(rows[1] as? TemplateObject)
        #expect(second.child(named: "note") == nil)
        #expect(second.child(named: "tags") as? [Any] != nil)
    }
}
