import Foundation

/// The page templates, parsed once at start-up, and their rendering into HTML bytes.
///
/// Hand-written rather than swift-mustache's renderer: that one finds each name by asking every
/// value it climbs through whether it conforms to its protocols, splits the name again on every
/// use, and prints a value through `String(describing:)`. On an order page of 40 lines (a thousand
/// tags) that was half of a request's CPU. Here names are split once, values are a closed enum
/// (`TemplateValue`), and the page is written straight into bytes. It reads the Mustache our
/// templates use (see `TemplateParser`); swift-mustache stays the reference the tests render against.
struct TemplateLibrary: Sendable {
    private let templates: [String: [TemplateNode]]

    /// Every `*.mustache` file in `directory`, named by its file name without the extension.
    init(directory: URL) throws {
        var templates: [String: [TemplateNode]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".mustache") {
            let source = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            templates[String(file.dropLast(".mustache".count))] = try TemplateParser.parse(source, file: file)
        }
        try self.init(templates: templates)
    }

    /// Templates given by name; every partial they name must be one of them.
    init(templates: [String: [TemplateNode]]) throws(TemplateError) {
        func check(_ nodes: [TemplateNode], in name: String) throws(TemplateError) {
            for node in nodes {
                switch node {
                case .partial(let partial) where templates[partial] == nil:
                    throw .unknownPartial(file: "\(name).mustache", name: partial)
                case .section(_, _, let body): try check(body, in: name)
                default: continue
                }
            }
        }
        for (name, nodes) in templates { try check(nodes, in: name) }
        self.templates = templates
    }

    /// `template` rendered with `value` innermost, or nil when there is no such template.
    func render(_ value: TemplateValue, template: String) -> [UInt8]? {
        guard let nodes = templates[template] else { return nil }
        var rendering = TemplateRendering(templates: templates, stack: [value])
        rendering.render(nodes)
        return rendering.output
    }
}

/// One rendering: the values the names are looked up in, innermost last, and the bytes so far.
private struct TemplateRendering {
    let templates: [String: [TemplateNode]]
    var stack: [TemplateValue]
    var output: [UInt8] = []

    init(templates: [String: [TemplateNode]], stack: [TemplateValue]) {
        self.templates = templates
        self.stack = stack
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                switch lookUp(path) {
                case .text(let text):
                    if escaped { HTMLEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
                case .flag(let flag):
                    output.append(contentsOf: (flag ? "true" : "false").utf8)
                case .list, .object, nil:
                    continue
                }
            case .section(let path, let inverted, let body):
                let value = lookUp(path)
                if inverted {
                    if Self.isEmpty(value) { render(body) }
                    continue
                }
                switch value {
                case nil, .flag(false):
                    continue
                case .flag(true):
                    render(body)
                case .list(let items):
                    for item in items { render(body, with: item) }
                case .some(let value):
                    render(body, with: value)
                }
            case .partial(let name):
                if let partial = templates[name] { render(partial) }
            }
        }
    }

    private mutating func render(_ nodes: [TemplateNode], with value: TemplateValue) {
        stack.append(value)
        render(nodes)
        stack.removeLast()
    }

    /// What an inverted section renders for: a missing name, false, or an empty list.
    private static func isEmpty(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false): true
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// The first name is looked up from the innermost value outwards; the rest only inside what
    /// it found.
    private func lookUp(_ path: [String]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        for value in stack.reversed() {
            guard case .object(let object) = value, var found = object.child(named: first) else { continue }
            for name in path.dropFirst() {
                guard case .object(let inner) = found, let next = inner.child(named: name) else { return nil }
                found = next
            }
            return found
        }
        return nil
    }
}
