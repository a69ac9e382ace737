import ComalCore

/// A site's home: the open window with its countdown and whether the order is submitted, then the
/// past weeks with their allocations, what each invoice asks and what buying together saved.
struct SiteHomePage: Page {
    static let template = "site-home"

    struct Week: Sendable, Encodable {
        var delivery, cutoff, state: String
        var countdown: String?
        var orderPath: String
        var allocationPath: String?
        var submittedAt: String?
        var isOpen: Bool
        /// The invoice's total, after receiving credits, once the week is consolidated.
        var invoiced: String?
        /// `$21.40 (24%)`: against buying the same goods alone.
        var saved: String?
    }

    var chrome: Chrome
    var m: MenuLabels
    var menusPath: String
    /// The satellite's meals from the kitchen, when a kitchen cooks for the site.
    var kitchenPath: String?
    var kitchenLink: String
    var siteName, siteID, city: String
    var current: [Week]
    var hasCurrent: Bool
    var past: [Week]
    var hasPast: Bool

    init(
        site: Site, windows: [OrderWindow], submitted: [OrderWindow.ID: LocalDateTime], savings: [WeekSavings],
        isSatellite: Bool, clock: AllianceClock, context: WebContext
    ) {
        let language = context.language
        let t = Labels.of(language)
        chrome = Chrome(title: site.name, context: context)
        m = MenuLabels(language)
        menusPath = "/sites/\(site.id)/menus"
        kitchenPath = isSatellite ? "/sites/\(site.id)/kitchen" : nil
        kitchenLink = KitchenLabels(language).kitchenLink
        siteName = site.name
        siteID = site.id.rawValue
        city = site.city
        let savedByWindow = Dictionary(savings.map { ($0.window, $0) }, uniquingKeysWith: { first, _ in first })
        let weeks = windows.sorted { $0.delivery > $1.delivery }.map { window in
            let base = "/sites/\(site.id)/windows/\(window.id)"
            let week = savedByWindow[window.id]
            return Week(
                delivery: LocalizedFormat.date(window.delivery, language),
                cutoff: LocalizedFormat.dateTime(window.cutoff, language), state: t.state(window.state),
                countdown: window.state == .open ? LocalizedFormat.countdown(to: window.cutoff, on: clock, language) : nil,
                orderPath: "\(base)/order", allocationPath: window.state >= .ordered ? "\(base)/allocation" : nil,
                submittedAt: submitted[window.id].map { LocalizedFormat.dateTime($0, language) },
                isOpen: window.state == .open, invoiced: week?.invoiced.formatted,
                saved: week.map { "\($0.saved.formatted) (\($0.percentSaved)%)" })
        }
        current = weeks.filter(\.isOpen)
        hasCurrent = !current.isEmpty
        past = weeks.filter { !$0.isOpen }
        hasPast = !past.isEmpty
    }
}
