import ComalTestSupport
import Foundation
import Mustache
import PropertyBased
import Testing

@testable import ComalWeb

/// The pages' templates are rendered by our own renderer (`TemplateLibrary`); swift-mustache, which
/// rendered them before, is the reference. For models drawn at random over the names each template
/// uses (present or missing, flags, texts that need escaping, lists of any length, objects that
/// shadow outer names), both must write the same bytes.
@Suite("Our templates render as swift-mustache renders them")
struct TemplateRendererTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/ComalWeb/Templates")

    static let names: [String] = try! FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()

    @Test("Every page template renders byte for byte as swift-mustache renders it", arguments: names)
    func sameAsSwiftMustache(template: String) async throws {
        let ours = try TemplateLibrary(directory: Self.directory)
        let reference = try await MustacheLibrary(directory: Self.directory.path)
        let shape = try ModelShape(templates: Self.directory)
        await propertyCheck(count: 100, input: Gen.int(in: 0...Int.max)) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            let model = shape.model(using: &random)
            let rendered = ours.render(model, template: template).map { String(decoding: $0, as: UTF8.self) }
            #expect(rendered == reference.render(Self.reference(model), withTemplate: template), "seed \(seed)")
        }
    }

    /// The model as swift-mustache reads it.
    static func reference(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items.map(reference)
        case .object(let object): object.fields.mapValues(reference)
        }
    }

    @Test("A template that cannot be read is refused with its file and line")
    func refusals() {
        #expect(throws: TemplateError.unclosedSection(file: "t", name: "a")) { try TemplateParser.parse("x\n{{#a}}\ny", file: "t") }
        #expect(throws: TemplateError.unexpectedClose(file: "t", line: 2, name: "b", open: "a")) {
            try TemplateParser.parse("{{#a}}\n{{/b}}", file: "t")
        }
        #expect(throws: TemplateError.unclosedTag(file: "t", line: 3)) { try TemplateParser.parse("\n\n{{name", file: "t") }
        #expect(throws: TemplateError.unsupported(file: "t", line: 1, what: "the tag {{=")) { try TemplateParser.parse("{{=<% %>=}}", file: "t") }
        #expect(throws: TemplateError.unsupported(file: "t", line: 1, what: "a transform")) { try TemplateParser.parse("{{upper(name)}}", file: "t") }
        #expect(throws: TemplateError.carriageReturn(file: "t", line: 1)) { try TemplateParser.parse("a\r\n", file: "t") }
        #expect(throws: TemplateError.unknownPartial(file: "page.mustache", name: "missing")) {
            try TemplateLibrary(templates: ["page": try TemplateParser.parse("{{> missing}}", file: "page.mustache")])
        }
    }
}

/// The names the templates use, as a tree (`chrome.t.x` is `chrome` → `t` → `x`), each marked by
/// how it is used, from which models are drawn.
private struct ModelShape {
    final class Name {
        var children: [String: Name] = [:]
        var printed = false
        var section = false
        /// A section whose body prints its item itself (`{{.}}`): its list holds texts.
        var printsItem = false
    }

    let root = Name()

    init(templates directory: URL) throws {
        let library = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".mustache") }
        for file in library {
            let source = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            collect(try TemplateParser.parse(source, file: file))
        }
    }

    private func collect(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .variable(let path, _) where !path.isEmpty:
                name(path).printed = true
            case .section(let path, _, let body):
                if !path.isEmpty {
                    let name = name(path)
                    name.section = true
                    if body.contains(where: { if case .variable([], _) = $0 { true } else { false } }) { name.printsItem = true }
                }
                collect(body)
            default:
                continue
            }
        }
    }

    private func name(_ path: [String]) -> Name {
        path.reduce(root) { node, part in
            if let child = node.children[part] { return child }
            let child = Name()
            node.children[part] = child
            return child
        }
    }

    static let texts = ["Milk", "", "Tortillas & <chile>", "the cook's \"menu\"", "12", "0", "año"]

    func model<G: RandomNumberGenerator>(using random: inout G) -> TemplateValue {
        .object(object(root, depth: 0, using: &random))
    }

    private func object<G: RandomNumberGenerator>(_ name: Name, depth: Int, using random: inout G) -> TemplateObject {
        let names = name.children.keys.sorted()
        // The page's own model and its nested structs have most of their names; an item or an
        // object put where a section is has a few of the page's, which then shadow the outer ones.
        let chosen =
            name === root && depth > 0
            ? (0..<Int.random(in: 0...6, using: &random)).map { _ in names.randomElement(using: &random)! }
            : names.filter { _ in Int.random(in: 0..<5, using: &random) > 0 }
        var fields: [String: TemplateValue] = [:]
        for part in chosen { fields[part] = value(name.children[part]!, depth: depth, using: &random) }
        return TemplateObject(fields: fields)
    }

    /// Only what both renderers print alike is printed: texts and flags, never a list or object.
    private func value<G: RandomNumberGenerator>(_ name: Name, depth: Int, using random: inout G) -> TemplateValue {
        let text = TemplateValue.text(Self.texts.randomElement(using: &random)!)
        if !name.children.isEmpty { return .object(object(name, depth: depth + 1, using: &random)) }
        // A true flag renders its body with the outer value innermost, which `{{.}}` would print.
        let flag = TemplateValue.flag(!name.printsItem && Bool.random(using: &random))
        if name.printed || depth > 3 { return Bool.random(using: &random) ? text : flag }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return flag
        case 1: return text
        case 2: return name.printsItem ? text : .object(object(root, depth: depth + 1, using: &random))
        default:
            let items = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                name.printsItem
                    ? TemplateValue.text(Self.texts.randomElement(using: &random)!)
                    : .object(object(root, depth: depth + 1, using: &random))
            }
            return .list(items)
        }
    }
}
