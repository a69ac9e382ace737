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
    /// Sign-ins in progress, from their first reading to their answer; bcrypt checks one at a time.
    let signInsWaiting: InProgressCount

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
            context.session == nil ? try renderer.render(LoginPage(context: context)) : Response.redirect(to: "/")
        }
        router.post("/login") { _, context in try await login(context) }
        router.post("/logout") { _, context in try logout(context) }
        router.post("/language") { _, context in try language(context) }
    }

    private func home(_ context: WebContext) throws -> Response {
        guard let account = context.session?.account else { throw WebError.signInRequired }
        if let site = account.site { return .redirect(to: "/sites/\(site)") }
        if account.role == .driver { return .redirect(to: "/driver") }
        if account.role == .kitchen { return .redirect(to: "/kitchen") }
        return .redirect(to: "/buyer")
    }

    private func login(_ context: WebContext) async throws -> Response {
        let arrived = ContinuousClock.now
        let credentials: Credentials
        do { credentials = try Credentials(context.form) } catch {
            return try renderer.render(
                LoginPage(context: context, error: Labels.of(context.language).explain(error)), status: .badRequest)
        }
        // Past the sign-ins allowed to wait for bcrypt, refused before reading anything: a storm of
        // sign-ins then costs the pages of people signed in little (each refusal read the throttle
        // and the account before, as much CPU as a page).
        guard signInsWaiting.enter(limit: configuration.maxWaitingSignIns) else { return try signInsBusy(context) }
        defer { signInsWaiting.leave() }
        let now = configuration.now()
        // Failures are kept under the name's first characters: a megabyte of name stores no more.
        let throttledName = String(credentials.username.prefix(Account.usernameLength.upperBound))
        let failures = try repository.loginFailures(
            username: throttledName, address: context.address, since: now - LoginThrottle.memory)
        let waits = [
            configuration.accountThrottle.nextTry(after: failures.account),
            configuration.addressThrottle.nextTry(after: failures.address),
        ]
        if let nextTry = waits.compactMap({ $0 }).max(), nextTry > now {
            // Refused unchecked and unrecorded: a guesser who keeps trying does not lengthen the wait.
            let seconds = Int(nextTry.timeIntervalSince(now).rounded(.up))
            let refusal = AccountLabels.tooManySignIns(credentials.username, seconds: seconds)
            var response = try renderer.render(
                LoginPage(context: context, error: refusal.text(in: context.language)), status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        // A name or password past the limits is nobody's: checked against the decoy all the same, so
        // that the answer takes as long.
        let possible =
            Account.usernameLength.contains(credentials.username.count)
            && credentials.password.utf8.count <= Passwords.largestBytes
        let stored = possible ? try repository.accountForLogin(username: credentials.username) : nil
        guard
            let valid = await Passwords.verify(
                credentials.password, hash: stored?.passwordHash ?? decoyHash, startingBy: arrived + configuration.signInWait,
                at: configuration.backgroundPriority)
        else { return try signInsBusy(context) }
        guard let account = stored?.account, valid else {
            try repository.recordLoginFailure(username: throttledName, address: context.address, at: now)
            return try renderer.render(
                LoginPage(context: context, error: AccountLabels(context.language).noMatch), status: .unauthorized)
        }
        try repository.clearLoginFailures(username: account.username)
        let id = SecureToken.make()
        // The database keeps only the id's digest: a copy of the file signs no one in.
        try repository.startSession(
            id: TokenDigest.hex(id), csrfToken: SecureToken.make(), username: account.username, now: now,
            expiresAt: now + configuration.sessionLifetime)
        var response = Response.redirect(to: "/")
        response.setCookie(
            SessionMiddleware<Repository>.cookie(
                SessionMiddleware<Repository>.sessionCookie, id, maxAge: Int(configuration.sessionLifetime),
                secure: configuration.secureCookies))
        return response
    }

    /// Too many sign-ins at once: try again in a moment.
    private func signInsBusy(_ context: WebContext) throws -> Response {
        var response = try renderer.render(
            LoginPage(context: context, error: AccountLabels.signInsBusy.text(in: context.language)), status: .serviceUnavailable)
        response.headers[.retryAfter] = "2"
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
        chrome = Chrome(title: Labels.of(context.language).signIn, context: context)
        self.error = error
    }
}
