import ComalCore
import ComalStore

/// The one rule for every page and API call about a site (`/sites/SITE`, `/api/v1/sites/SITE`): a
/// director or cook sees only their own site; only its director changes its order while directors
/// order, and its director and cook both change its menus; the buyer and admin see every site, and
/// change a site's order only after the cutoff.
struct SiteAccess {
    /// What the request would change, if anything.
    enum Change {
        case nothing
        /// The site's order: its director.
        case order
        /// The site's menus: its cook or director.
        case menus
    }

    let account: Account
    let site: Site

    /// Checks who may see `siteID` and make the change named, before anything is read for the
    /// page; `account` is whoever the session cookie or the API token signed in, nil for no one.
    /// `site` looks the site up by its id, once the account may see it.
    init(_ account: Account?, siteID: String, site: (Site.ID) throws -> Site?, changing change: Change) throws {
        guard let account else { throw WebError.signInRequired }
        // A driver sees the route's stops, the kitchen its day, not the sites' orders and menus.
        if account.role == .driver || account.role == .kitchen { throw WebError.forbidden }
        if account.role.isSiteRole, account.site?.rawValue != siteID { throw WebError.forbidden }
        switch change {
        case .nothing: break
        case .order: if account.role != .director { throw WebError.forbidden }
        case .menus: if !account.role.isSiteRole { throw WebError.forbidden }
        }
        guard let site = try site(Site.ID(siteID)) else { throw WebError.notFound }
        self.account = account
        self.site = site
    }

    /// Whether this user may change the site's order (a director of the site).
    var canChange: Bool { account.role == .director }

    /// Whether this user may change the site's menus (its cook or director).
    var canEditMenus: Bool { account.role.isSiteRole }

    /// The buyer or admin: after the cutoff, only they change a site's order, and each change is audited.
    var isStaff: Bool { account.role.isStaff }

    /// Whether this user may change the site's order in `window` at `now`: its director while
    /// directors order; the buyer or admin once they no longer do, until the orders are placed.
    func mayChangeOrder(in window: OrderWindow, at now: LocalDateTime) -> Bool {
        if canChange { return window.permission(for: .director, at: now) == .allowed }
        // On a site's page the order is its director's while directors order: the staff change it
        // only as the audited late change.
        guard isStaff, case .audited = window.permission(for: .buyer(account.username), at: now) else { return false }
        return true
    }

    /// Checks that this user may set one line of the site's order, for the order form and the API:
    /// the site's director (the store then enforces the cutoff), or the staff once directors no
    /// longer order. Returns the buyer's name for the store to audit the late change, nil for a director.
    func lineChanger(in window: OrderWindow, at now: LocalDateTime) throws(WebError) -> String? {
        if isStaff {
            guard mayChangeOrder(in: window, at: now) else { throw .forbidden }
            return account.username
        }
        guard canChange else { throw .forbidden }
        return nil
    }

    /// The rule for the driver's pages: a driver, or the staff who plan the routes.
    static func driving(_ account: Account?) throws(WebError) -> Account {
        guard let account else { throw .signInRequired }
        guard account.role == .driver || account.role.isStaff else { throw .forbidden }
        return account
    }

    /// The rule for the buyer's pages and calls: the buyer or the admin, no one else.
    static func staff(_ account: Account?) throws(WebError) -> Account {
        guard let account else { throw .signInRequired }
        guard account.role.isStaff else { throw .forbidden }
        return account
    }
}

extension WeekRepository {
    /// The access of whoever signed in (a page's session or the API's token) to the site the path
    /// names, checked for `change` before anything else is read.
    func siteAccess(_ context: WebContext, changing change: SiteAccess.Change) throws -> SiteAccess {
        try SiteAccess(context.account, siteID: context.parameters.get("site") ?? "", site: site, changing: change)
    }

    func existingWindow(_ text: String?) throws -> OrderWindow {
        guard let id = text.flatMap(Int64.init), let window = try window(OrderWindow.ID(id)) else {
            throw WebError.notFound
        }
        return window
    }
}
