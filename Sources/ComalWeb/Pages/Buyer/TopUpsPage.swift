import ComalCore
import ComalWeek

/// Every product's last case in an open window, in full: the board shows only the products the
/// sites would go short of and links here for the rest, so that the page the buyer keeps open (and
/// that reloads itself every minute) stays short on a phone and quick for a statewide alliance.
struct TopUpsPage: Page {
    static let template = "top-ups"

    var chrome: Chrome
    var delivery, windowPath: String
    var groups: [TopUpGroups.Group]
    var isOpen: Bool

    init(window: OrderWindow, topUps: [CaseTopUp], context: WebContext) {
        let language = context.language
        delivery = LocalizedFormat.date(window.delivery, language)
        chrome = Chrome(title: "\(Labels.of(language).topUpTitle) · \(delivery)", context: context)
        windowPath = "/buyer/windows/\(window.id)"
        groups = TopUpGroups(topUps, language: language).groups
        isOpen = window.state == .open
    }
}
