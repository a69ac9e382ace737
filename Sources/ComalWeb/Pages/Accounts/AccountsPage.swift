import ComalCore
import ComalStore
import Foundation

/// Every account with its state, role, failed sign-ins and API tokens, and a form for each change.
struct AccountsPage: Page {
    static let template = "accounts"

    struct Choice: Sendable, Encodable {
        var value, label: String
        var selected: Bool
    }

    struct Token: Sendable, Encodable {
        var name, state, created, lastUsed, expires: String
        var live: Bool
    }

    struct Row: Sendable, Encodable {
        var username, role, state: String
        var site: String?
        var disabled, isSelf, hasFailures: Bool
        var failures: Int
        var roles, sites: [Choice]
        var tokens: [Token]
        var hasTokens: Bool
    }

    var chrome: Chrome
    var a: AccountLabels
    var limits: String
    var rows: [Row]
    /// The add-an-account form's choices: every role, and every site (none for staff and drivers).
    var newRoles, newSites: [Choice]
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(
        listings: [AccountListing], tokens: [String: [APITokenListing]], sites: [Site], now: Date,
        localTime: (Date) -> LocalDateTime?, configuration: WebConfiguration, notice: String?, problems: [String],
        context: WebContext
    ) {
        let language = context.language
        let a = AccountLabels(language)
        chrome = Chrome(title: a.accounts, context: context)
        self.a = a
        limits = AccountLabels.limits(idle: configuration.sessionIdleLimit, absolute: configuration.sessionLifetime)
            .text(in: language)
        let me = context.session?.account.username.lowercased()
        func when(_ instant: Date?) -> String {
            guard let instant, let local = localTime(instant) else { return a.never }
            return LocalizedFormat.dateTime(local, language)
        }
        rows = listings.map { listing in
            let account = listing.account
            let own = tokens[account.username] ?? []
            return Row(
                username: account.username, role: Labels.role(account.role).text(in: language),
                state: listing.disabled ? a.disabled : a.active, site: account.site?.rawValue, disabled: listing.disabled,
                isSelf: account.username.lowercased() == me, hasFailures: listing.recentFailures > 0,
                failures: listing.recentFailures,
                roles: Account.Role.allCases.map {
                    Choice(value: $0.rawValue, label: Labels.role($0).text(in: language), selected: $0 == account.role)
                },
                sites: [Choice(value: "", label: "—", selected: account.site == nil)]
                    + sites.map { Choice(value: $0.id.rawValue, label: "\($0.id) · \($0.name)", selected: $0.id == account.site) },
                tokens: own.map {
                    let state = $0.state(at: now)
                    return Token(
                        name: $0.name, state: AccountLabels.tokenState(state).text(in: language), created: when($0.createdAt),
                        lastUsed: when($0.lastUsedAt),
                        expires: when($0.expiresAt), live: state == .live)
                },
                hasTokens: !own.isEmpty)
        }
        newRoles = Account.Role.allCases.map {
            Choice(value: $0.rawValue, label: Labels.role($0).text(in: language), selected: $0 == .director)
        }
        newSites = [Choice(value: "", label: "—", selected: true)]
            + sites.map { Choice(value: $0.id.rawValue, label: "\($0.id) · \($0.name)", selected: false) }
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
