import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// Runs before every route: finds the session from its cookie, picks the page language, reads and
/// size-checks a posted body, refuses a POST whose form lacks the right CSRF token, and turns a
/// `WebError` into its page.
///
/// Before login there is no session, so the login form's token is a random value also set in a
/// cookie (double submit): a forged cross-site form cannot read that cookie to copy it.
struct SessionMiddleware<Repository: AccountRepository>: RouterMiddleware {
    typealias Context = WebContext
    static var sessionCookie: String { "comal_session" }
    static var anonymousCookie: String { "comal_csrf" }
    static var languageCookie: String { "comal_lang" }

    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        // The JSON API signs in with a bearer token, not a cookie, so a forged cross-site form has
        // nothing to ride on: no session, no CSRF. `APIMiddleware` on the /api/v1 group does the rest.
        if API.covers(request.uri.path) {
            do { return try await next(request, context) } catch let error as HTTPError where error.status == .notFound {
                return APIError.notFound.response(API.language(request))
            }
        }
        var context = context
        context.path = request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
        let now = configuration.now()
        if let id = request.cookies[Self.sessionCookie]?.value {
            context.session = try repository.session(
                id: TokenDigest.hex(id), now: now, idleSince: now - configuration.sessionIdleLimit)
        }
        let anonymousToken = request.cookies[Self.anonymousCookie]?.value
        let newAnonymousToken = context.session == nil && anonymousToken == nil ? SecureToken.make() : nil
        context.csrfToken = context.session?.csrfToken ?? anonymousToken ?? newAnonymousToken ?? ""
        context.language =
            context.session?.account.language
            ?? request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .english

        var response: Response
        do {
            if request.method == .post {
                context.form = try await readForm(request)
                guard SecureToken.matches(context.form["csrf"], context.csrfToken) else { throw WebError.invalidCSRF }
            }
            response = try await next(request, context)
        } catch let error as WebError {
            response = page(for: error, request: request, context: context)
        } catch let error as HTTPError where error.status == .notFound {
            response = page(for: .notFound, request: request, context: context)
        } catch let error as HTTPError {
            throw error
        } catch {
            let reference = context.logUnexpected(error, in: request)
            response = page(for: .unexpected(reference: reference), request: request, context: context)
        }
        if let newAnonymousToken {
            response.setCookie(Self.cookie(Self.anonymousCookie, newAnonymousToken, secure: configuration.secureCookies))
        }
        return response
    }

    /// A cookie only the server reads, sent back on top-level navigation from other sites (so a
    /// link in an email still finds the session) but never on their forms' POSTs; `Secure` when the
    /// app is served over HTTPS (`comal serve --secure-cookies`).
    static func cookie(_ name: String, _ value: String, maxAge: Int? = nil, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The posted form, read up to the upload limit; past it, a page says the limit.
    private func readForm(_ request: Request) async throws -> FormData {
        let (body, tooLarge) = try await RequestBody.read(request, limit: configuration.maxUploadBytes)
        if tooLarge { throw WebError.tooLarge(limit: configuration.maxUploadBytes) }
        do {
            return try FormData(body: body, contentType: request.headers[.contentType] ?? "")
        } catch {
            throw WebError.badForm(error)
        }
    }

    private func page(for error: WebError, request: Request, context: WebContext) -> Response {
        let status: HTTPResponse.Status
        switch error {
        case .signInRequired:
            return .redirect(to: "/login", type: .found)
        case .forbidden, .invalidCSRF: status = .forbidden
        case .notFound: status = .notFound
        case .tooLarge: status = .contentTooLarge
        case .badForm: status = .badRequest
        case .unexpected: status = .internalServerError
        }
        // A page model that cannot be encoded is a bug; the error page still answers, bare.
        return (try? renderer.render(MessagePage(error, context: context), status: status)) ?? Response(status: status)
    }
}
