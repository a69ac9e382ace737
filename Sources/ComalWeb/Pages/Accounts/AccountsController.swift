import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// What the accounts page reads and changes.
protocol AccountAdminRepository: Sendable {
    func accountListing(now: Date, failuresSince: Date) throws -> [AccountListing]
    func apiTokens(username: String) throws -> [APITokenListing]
    func sites() throws -> [Site]
    func localDateTime(at instant: Date) throws -> LocalDateTime
    func addAccount(_ account: Account, passwordHash: String, actor: String, now: LocalDateTime) throws
    func setDisabled(_ disabled: Bool, username: String, actor: String, now: LocalDateTime) throws
    func resetPassword(username: String, passwordHash: String, actor: String, now: LocalDateTime) throws
    func setRole(_ role: Account.Role, site: Site.ID?, username: String, actor: String, now: LocalDateTime) throws
    func clearLoginFailures(username: String, actor: String, now: LocalDateTime) throws
    @discardableResult
    func revokeAPITokens(username: String, name: String?, actor: String, now: LocalDateTime) throws -> Int
}

extension AppDatabase: AccountAdminRepository {}

/// The buyer's accounts page: what `comal user list|disable|enable|reset-password|set-role|unlock`
/// do, for an operator who never opens a terminal. The buyer and the admin may use it; nobody may
/// disable or demote their own account here, so that nobody locks the alliance out by a slip.
struct AccountsController<Repository: AccountAdminRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    func addRoutes(to router: Router<WebContext>) {
        let accounts = router.group("buyer/accounts")
        accounts.get("") { request, context in
            _ = try SiteAccess.staff(context.session?.account)
            let notice = request.uri.queryParameters["done"].flatMap { done in
                request.uri.queryParameters["user"].flatMap {
                    AccountLabels.done(String(done), String($0))?.text(in: context.language)
                }
            }
            return try page(context, notice: notice)
        }
        accounts.post("") { _, context in try await addAccount(context) }
        accounts.post(":username/disable") { _, context in
            try change(context, done: "disabled", own: true) { name, actor, now in
                try repository.setDisabled(true, username: name, actor: actor, now: now)
            }
        }
        accounts.post(":username/enable") { _, context in
            try change(context, done: "enabled") { name, actor, now in
                try repository.setDisabled(false, username: name, actor: actor, now: now)
            }
        }
        accounts.post(":username/unlock") { _, context in
            try change(context, done: "unlocked") { name, actor, now in
                try repository.clearLoginFailures(username: name, actor: actor, now: now)
            }
        }
        accounts.post(":username/role") { _, context in
            try change(context, done: "role", own: true) { name, actor, now in
                try repository.setRole(
                    try AccountForm.role(context.form), site: AccountForm.site(context.form), username: name,
                    actor: actor, now: now)
            }
        }
        accounts.post(":username/tokens/revoke") { _, context in
            try change(context, done: "revoked") { name, actor, now in
                try repository.revokeAPITokens(username: name, name: try context.form.text("label"), actor: actor, now: now)
            }
        }
        accounts.post(":username/password") { _, context in try await resetPassword(context) }
    }

    private func page(_ context: WebContext, notice: String? = nil, problems: [String] = [], status: HTTPResponse.Status = .ok)
        throws -> Response
    {
        let now = configuration.now()
        let listings = try repository.accountListing(now: now, failuresSince: now - LoginThrottle.memory)
        let tokens = try Dictionary(uniqueKeysWithValues: listings.map {
            ($0.account.username, try repository.apiTokens(username: $0.account.username))
        })
        let page = AccountsPage(
            listings: listings, tokens: tokens, sites: try repository.sites(), now: now,
            localTime: { try? repository.localDateTime(at: $0) }, configuration: configuration, notice: notice,
            problems: problems, context: context)
        return try renderer.render(page, status: status)
    }

    /// Runs one change on the account in the path and comes back to the page saying what it did; a
    /// refusal comes back with the reason and changes nothing. `own` marks changes refused on the
    /// signed-in account itself.
    private func change(
        _ context: WebContext, done: String, own: Bool = false,
        _ step: (_ username: String, _ actor: String, _ now: LocalDateTime) throws -> Void
    ) throws -> Response {
        let actor = try SiteAccess.staff(context.session?.account)
        let username = context.parameters.get("username") ?? ""
        do {
            if own, username.lowercased() == actor.username.lowercased() {
                throw AccountForm.Refusal.ownAccount
            }
            try step(username, actor.username, try repository.localDateTime(at: configuration.now()))
        } catch AccountError.unknownAccount, APITokenError.unknownAccount {
            throw WebError.notFound
        } catch let error as FormError {
            return try page(context, problems: [Labels.of(context.language).explain(error)], status: .badRequest)
        } catch let error as AccountForm.Refusal {
            return try page(context, problems: [error.text(in: context.language)], status: .conflict)
        } catch let error as AccountError {
            return try page(context, problems: [error.description], status: .unprocessableContent)
        } catch let error as APITokenError {
            return try page(context, problems: [error.description], status: .unprocessableContent)
        }
        return .redirect(to: "/buyer/accounts?done=\(done)&user=\(username)")
    }

    /// What `comal user add` does: the password is hashed off the event loop, as at sign-in.
    private func addAccount(_ context: WebContext) async throws -> Response {
        let actor = try SiteAccess.staff(context.session?.account)
        let language = context.language
        let form = context.form
        let password = form["password"] ?? ""
        do {
            let username = try form.text("username")
            let account = Account(username: username, role: try AccountForm.role(form), site: AccountForm.site(form), language: language)
            try Passwords.check(password)
            let hash = await Passwords.hash(password, cost: configuration.passwordCost, at: configuration.backgroundPriority)
            try repository.addAccount(account, passwordHash: hash, actor: actor.username, now: try repository.localDateTime(at: configuration.now()))
            return .redirect(to: "/buyer/accounts?done=added&user=\(username)")
        } catch let error as FormError {
            return try page(context, problems: [Labels.of(language).explain(error)], status: .badRequest)
        } catch let error as AccountError {
            return try page(context, problems: [error.description], status: .unprocessableContent)
        } catch let error as PasswordError {
            return try page(context, problems: [error.description], status: .unprocessableContent)
        }
    }

    private func resetPassword(_ context: WebContext) async throws -> Response {
        _ = try SiteAccess.staff(context.session?.account)
        let password = context.form["password"] ?? ""
        do { try Passwords.check(password) } catch {
            return try page(context, problems: [error.description], status: .unprocessableContent)
        }
        let hash = await Passwords.hash(password, cost: configuration.passwordCost, at: configuration.backgroundPriority)
        return try change(context, done: "password") { name, actor, now in
            try repository.resetPassword(username: name, passwordHash: hash, actor: actor, now: now)
        }
    }
}
