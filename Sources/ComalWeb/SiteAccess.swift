import ComalCore
import ComalStore

/// The one rule for every page under `/sites/SITE`: a director or cook sees only their own site and
/// only a director changes its order; the buyer and admin see every site and change none here.
struct SiteAccess {
    let account: Account
    let site: Site

    /// Checks who may see (or, with `change`, change) `siteID`, before anything is read for the page.
    init(_ context: WebContext, siteID: String, sites: [Site], change: Bool) throws(WebError) {
        guard let account = context.session?.account else { throw .signInRequired }
        if account.role.isSiteRole, account.site?.rawValue != siteID { throw .forbidden }
        if change, account.role != .director { throw .forbidden }
        guard let site = sites.first(where: { $0.id.rawValue == siteID }) else { throw .notFound }
        self.account = account
        self.site = site
    }

    /// Whether this user may change the site's order (a director of the site).
    var canChange: Bool { account.role == .director }

    /// The buyer or admin: after the cutoff, only they change a site's order, and each change is audited.
    var isStaff: Bool { account.role == .buyer || account.role == .admin }

    /// Whether this user may change the site's order in `window` at `now`: its director while
    /// directors order; the buyer or admin once they no longer do, until the orders are placed.
    func mayChangeOrder(in window: OrderWindow, at now: LocalDateTime) -> Bool {
        let directorsOrder = window.acceptsDirectorOrders(at: now)
        return canChange ? directorsOrder : isStaff && !directorsOrder && window.state <= .closed
    }
}

extension WeekRepository {
    func existingWindow(_ text: String?) throws -> OrderWindow {
        guard let id = text.flatMap(Int64.init), let window = try window(OrderWindow.ID(id)) else {
            throw WebError.notFound
        }
        return window
    }
}
