/// Why a template cannot be used; the server does not start with one.
enum TemplateError: Error, Equatable, CustomStringConvertible {
    case unclosedTag(file: String, line: Int)
    case badName(file: String, line: Int)
    case unexpectedClose(file: String, line: Int, name: String, open: String?)
    case unclosedSection(file: String, name: String)
    /// Set delimiters, pragmas, blocks, transforms and indented partials: Mustache has them, our
    /// templates do not use them, and the renderer does not implement them.
    case unsupported(file: String, line: Int, what: String)
    case carriageReturn(file: String, line: Int)
    case unknownPartial(file: String, name: String)

    var description: String {
        switch self {
        case .unclosedTag(let file, let line): "\(file), line \(line): a tag opens with {{ and is not closed with }}"
        case .badName(let file, let line): "\(file), line \(line): a tag's name is not letters, digits, '.', '-' or '_'"
        case .unexpectedClose(let file, let line, let name, let open):
            "\(file), line \(line): {{/\(name)}} closes " + (open.map { "section \($0)" } ?? "no section")
        case .unclosedSection(let file, let name): "\(file): section \(name) is not closed with {{/\(name)}}"
        case .unsupported(let file, let line, let what): "\(file), line \(line): \(what) is not supported by Comal's templates"
        case .carriageReturn(let file, let line): "\(file), line \(line): lines must end with a line feed only"
        case .unknownPartial(let file, let name): "\(file): the partial \(name) is not a template"
        }
    }
}
