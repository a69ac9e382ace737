import Mustache

/// The page labels by name, as templates read them (`{{chrome.t.signIn}}`): a page of 2,000 rows
/// names a label in each, and finding it by reflection among a hundred properties took most of its
/// time. One dictionary, so a copy is one reference.
struct LabelTable: Sendable, MustacheParent, Encodable {
    let byName: [String: TemplateText]

    func child(named name: String) -> Any? { byName[name] }

    func encode(to encoder: any Encoder) throws { try byName.mapValues(\.renderText).encode(to: encoder) }
}
