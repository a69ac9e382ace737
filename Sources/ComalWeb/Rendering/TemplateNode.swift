/// One piece of a parsed template.
indirect enum TemplateNode: Sendable {
    /// Text copied as it is.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is). An empty path is `.`, the
    /// innermost value.
    case variable(path: [String], escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(path: [String], inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`: another template of the library, rendered in place.
    case partial(String)
}
