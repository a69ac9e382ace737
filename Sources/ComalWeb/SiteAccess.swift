import ComalCore
import ComalStore

/// The one rule for every page under `/sites/SITE`: a director or cook sees only their own site and
/// only a director changes its order, while the site's director and cook both change its menus; the
/// buyer and admin see every site and change none here.
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

    /// Checks who may see (or, with `change`, change) `siteID`, before anything is read for the page.
    init(_ context: WebContext, siteID: String, sites: [Site], change: Bool) throws(WebError) {
        try self.init(context, siteID: siteID, sites: sites, changing: change ? .order : .nothing)
    }

    /// Checks who may see `siteID` and make the change named, before anything is read for the page.
    init(_ context: WebContext, siteID: String, sites: [Site], changing change: Change) throws(WebError) {
        guard let account = context.session?.account else { throw .signInRequired }
        if account.role.isSiteRole, account.site?.rawValue != siteID { throw .forbidden }
        switch change {
        case .nothing: break
        case .order: if account.role != .director { throw .forbidden }
        case .menus: if !account.role.isSiteRole { throw .forbidden }
        }
        guard let site = sites.first(where: { $0.id.rawValue == siteID }) else { throw .notFound }
        self.account = account
        self.site = site
    }

    /// Whether this user may change the site's order (a director of the site).
    var canChange: Bool { account.role == .director }

    /// Whether this user may change the site's menus (its cook or director).
    var canEditMenus: Bool { account.role.isSiteRole }
}

extension WeekRepository {
    func existingWindow(_ text: String?) throws -> OrderWindow {
        guard let id = text.flatMap(Int64.init), let window = try window(OrderWindow.ID(id)) else {
            throw WebError.notFound
        }
        return window
    }
}
