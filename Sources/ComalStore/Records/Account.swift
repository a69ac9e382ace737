import ComalCore

/// Someone who signs in to the web app, and what they may see and change.
public struct Account: Hashable, Sendable {
    /// What an account may do; a director or cook is tied to one site.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case admin, buyer, director, cook
        /// Follows a route on the delivery day and records each stop.
        case driver
        /// Cooks in the shared kitchen: the day's batch, tickets, labels and temperature log.
        case kitchen

        /// Whether the role works for one site rather than the whole alliance.
        public var isSiteRole: Bool { self == .director || self == .cook }
        /// The buyer or the admin: the alliance's staff, who run the week for every site.
        public var isStaff: Bool { self == .buyer || self == .admin }
    }

    /// How long a username may be: long enough for `maria.del.carmen-garcia`, short enough that a
    /// sign-in form stuffed with a megabyte is refused before it reaches the database.
    public static let usernameLength = 1...64

    public var username: String
    public var role: Role
    /// The site a director or cook works for; nil for the alliance's staff.
    public var site: Site.ID?
    /// The language the user chose for every page.
    public var language: Language

    public init(username: String, role: Role, site: Site.ID?, language: Language = .english) {
        self.username = username
        self.role = role
        self.site = site
        self.language = language
    }
}

/// A signed-in browser: the session id in its cookie, and the token its forms must carry.
public struct Session: Hashable, Sendable {
    public var id: String
    public var account: Account
    public var csrfToken: String

    public init(id: String, account: Account, csrfToken: String) {
        self.id = id
        self.account = account
        self.csrfToken = csrfToken
    }
}

/// Why an account could not be created, in words the admin can act on.
public enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateUsername(String)
    case siteRequired(Account.Role)
    case siteNotAllowed(Account.Role)
    case unknownSite(Site.ID)
    case invalidUsername(String)
    case unknownAccount(String)

    public var description: String {
        switch self {
        case .unknownAccount(let name): "there is no account \"\(name)\"; `comal user list` shows them"
        case .duplicateUsername(let name): "an account named \"\(name)\" already exists; choose another name"
        case .siteRequired(let role): "a \(role.rawValue) works for one site; give it with --site SITE_ID"
        case .siteNotAllowed(let role): "a \(role.rawValue) works for the whole alliance; leave out --site"
        case .unknownSite(let site): "\"\(site)\" is not a site of the alliance; import the sites first"
        case .invalidUsername(let name):
            "\"\(name)\" is not a username: use 1 to 64 letters, digits, dots, dashes or underscores"
        }
    }
}
