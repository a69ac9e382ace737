import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// Signing in and out, the language switch, and sending each user to their home page.
struct LoginController<Repository: AccountRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration
    /// A hash no password matches, checked for unknown usernames so they take as long as known ones.
    let decoyHash: String

    /// The login form's fields.
    struct Credentials {
        var username: String
        var password: String

        init(_ form: FormData) throws(FormError) {
            username = try form.text("username")
            password = form["password"] ?? ""
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/") { _, context in try home(context) }
        router.get("/login") { _, context in
            context.session == nil ? renderer.render(LoginPage(context: context)) : Response.redirect(to: "/")
        }
        router.post("/login") { _, context in try await login(context) }
        router.post("/logout") { _, context in try logout(context) }
        router.post("/language") { _, context in try language(context) }
    }

    private func home(_ context: WebContext) throws -> Response {
        guard let account = context.session?.account else { throw WebError.signInRequired }
        if let site = account.site { return .redirect(to: "/sites/\(site)") }
        return .redirect(to: "/buyer")
    }

    private func login(_ context: WebContext) async throws -> Response {
        let credentials: Credentials
        do { credentials = try Credentials(context.form) } catch {
            return renderer.render(
                LoginPage(context: context, error: Labels(context.language).explain(error)), status: .badRequest)
        }
        let now = configuration.now()
        let failures = try repository.loginFailures(
            username: credentials.username, address: context.address, since: now - configuration.throttleWindow)
        if failures >= configuration.maxLoginFailures {
            let minutes = Int(configuration.throttleWindow / 60)
            let message =
                context.language == .english
                ? "Too many failed sign-ins for \(credentials.username). Wait \(minutes) minutes and try again, or ask the alliance's administrator to reset your password."
                : "Demasiados intentos fallidos para \(credentials.username). Espere \(minutes) minutos e intente otra vez, o pida al administrador de la alianza que cambie su contraseña."
            return renderer.render(LoginPage(context: context, error: message), status: .tooManyRequests)
        }
        let stored = try repository.accountForLogin(username: credentials.username)
        let valid = await Passwords.verify(credentials.password, hash: stored?.passwordHash ?? decoyHash)
        guard let account = stored?.account, valid else {
            try repository.recordLoginFailure(username: credentials.username, address: context.address, at: now)
            let message =
                context.language == .english
                ? "That username and password do not match. Check both and try again."
                : "El usuario y la contraseña no coinciden. Revise los dos e intente otra vez."
            return renderer.render(LoginPage(context: context, error: message), status: .unauthorized)
        }
        try repository.clearLoginFailures(username: credentials.username, address: context.address)
        let id = SecureToken.make()
        // The database keeps only the id's digest: a copy of the file signs no one in.
        try repository.startSession(
            id: TokenDigest.hex(id), csrfToken: SecureToken.make(), username: account.username,
            expiresAt: now + configuration.sessionLifetime)
        var response = Response.redirect(to: "/")
        response.setCookie(
            SessionMiddleware<Repository>.cookie(
                SessionMiddleware<Repository>.sessionCookie, id, maxAge: Int(configuration.sessionLifetime),
                secure: configuration.secureCookies))
        return response
    }

    private func logout(_ context: WebContext) throws -> Response {
        if let session = context.session { try repository.endSession(id: session.id, now: configuration.now()) }
        var response = Response.redirect(to: "/login")
        response.setCookie(
            SessionMiddleware<Repository>.cookie(
                SessionMiddleware<Repository>.sessionCookie, "", maxAge: 0, secure: configuration.secureCookies))
        return response
    }

    /// Switches the page language: stored on the account when signed in, in a cookie before.
    private func language(_ context: WebContext) throws -> Response {
        guard let language = Language(rawValue: context.form["lang"] ?? "") else {
            throw WebError.badForm(.notAChoice(field: "lang", value: context.form["lang"] ?? ""))
        }
        if let account = context.session?.account { try repository.setLanguage(language, username: account.username) }
        let back = context.form["back"].flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") ? $0 : nil } ?? "/"
        var response = Response.redirect(to: back)
        response.setCookie(
            SessionMiddleware<Repository>.cookie(
                SessionMiddleware<Repository>.languageCookie, language.rawValue, secure: configuration.secureCookies))
        return response
    }
}

/// The login form.
struct LoginPage: Page {
    static let template = "login"
    var chrome: Chrome
    var error: String?

    init(context: WebContext, error: String? = nil) {
        chrome = Chrome(title: Labels(context.language).signIn, context: context)
        self.error = error
    }
}
