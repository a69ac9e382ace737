import ComalCore
import Mustache
import Testing

@testable import ComalWeb

/// Pages reach their templates through `TemplateEncoder`: what a template renders from the encoded
/// model must be what swift-mustache renders from the Swift value itself, by reflection.
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
        let reflected = try MustacheTemplate(string: Self.template).render(Self.model)
        let library = try TemplateLibrary(templates: ["model": try TemplateParser.parse(Self.template, file: "model")])
        let rendered = try #require(library.render(try TemplateEncoder.encode(Self.model), template: "model"))
        let encoded = String(decoding: rendered, as: UTF8.self)
        #expect(encoded == reflected)
        #expect(
            encoded
                == "Orders &amp; &lt;totals&gt;|shownnot hidden|9000000000|[Milk 2 cold<dairy><case>][Rice 0 the page&#39;s note]|(1;2;)(3;)|no rows|Entrar"
        )
    }

    @Test("Structs become objects found by name; the labels come as their ready-made table")
    func objectsByName() throws {
        guard case .object(let encoded) = try TemplateEncoder.encode(Self.model) else {
            Issue.record("the model is not an object")
            return
        }
        guard case .text(Self.model.title) = encoded.child(named: "title") else {
            Issue.record("the title is not its text")
            return
        }
        guard case .object(let labels) = encoded.child(named: "t"), case .text("Entrar") = labels.child(named: "signIn") else {
            Issue.record("the labels are not found by name")
            return
        }
        guard case .list(let rows) = encoded.child(named: "rows"), rows.count == 2, case .object(let second) = rows[1] else {
            Issue.record("the rows are not a list of two objects")
            return
        }
        #expect(second.child(named: "note") == nil)
        guard case .list = second.child(named: "tags") else {
            Issue.record("a row's tags are not a list")
            return
        }
    }
}
