import Foundation
import Hummingbird

/// A view model a template renders: every page carries the chrome (title, labels, who is signed in,
/// the form token) next to its own fields. Pages are `Encodable` so that `TemplateEncoder` can hand
/// templates their fields by name instead of by reflection.
protocol Page: Sendable, Encodable {
    /// The template's file name in `Templates/`, without `.mustache`.
    static var template: String { get }
    var chrome: Chrome { get }
}

/// What the header and every form on a page need.
struct Chrome: Sendable, Encodable {
    var title: String
    var t: Labels
    /// The signed-in user's name and role, or nil on the login page.
    var userName: String?
    var roleName: String?
    /// The token each form carries in its hidden `csrf` field.
    var csrf: String
    /// The language the switch changes to.
    var otherLanguageCode: String
    /// The page's path, where the language switch returns.
    var path: String
    /// Seconds after which the browser reloads a page that changes as others act (the buyer's
    /// live board), without any script.
    var refreshSeconds: Int?

    init(title: String, context: WebContext) {
        self.title = title
        t = Labels.of(context.language)
        userName = context.session?.account.username
        roleName = context.session.map { Labels.role($0.account.role).text(in: context.language) }
        csrf = context.csrfToken
        otherLanguageCode =
            switch context.language {
            case .english: "es"
            case .spanish: "en"
            }
        path = context.path
    }
}

/// The templates, loaded once at start-up, and the one way pages become responses.
///
/// Templates ship as the ComalWeb target's resources (`Bundle.module`): the `comal` binary finds
/// them in `Comal_ComalWeb.resources` next to it in the build folder. A copied binary must take
/// that folder along.
struct PageRenderer: Sendable {
    let library: TemplateLibrary
    let stylesheet: ByteBuffer
    /// The API's OpenAPI document, served at `/api/v1/openapi.yaml`.
    let apiDocument: ByteBuffer

    static func load() async throws -> PageRenderer {
        guard let templates = Bundle.module.url(forResource: "Templates", withExtension: nil),
            let css = Bundle.module.url(forResource: "comal", withExtension: "css", subdirectory: "Static"),
            let document = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Static")
        else { throw RendererError.resourcesMissing(bundle: Bundle.module.bundlePath) }
        return PageRenderer(
            library: try TemplateLibrary(directory: templates),
            stylesheet: ByteBuffer(bytes: try Data(contentsOf: css)),
            apiDocument: ByteBuffer(bytes: try Data(contentsOf: document)))
    }

    /// The page as an HTML response.
    func render<P: Page>(_ page: P, status: HTTPResponse.Status = .ok) throws -> Response {
        let html = library.render(try TemplateEncoder.encode(page), template: P.template) ?? Array("template \(P.template) is missing".utf8)
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        // Pages load only our own stylesheet and images (a route map), run no script, post only
        // to us, and are never framed.
        headers[.init("Content-Security-Policy")!] =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: html)))
    }
}

/// Why the server cannot start serving pages.
enum RendererError: Error, CustomStringConvertible {
    case resourcesMissing(bundle: String)

    var description: String {
        switch self {
        case .resourcesMissing(let bundle):
            "the page templates are not in \(bundle); keep the Comal_ComalWeb.resources folder next to the comal binary"
        }
    }
}
