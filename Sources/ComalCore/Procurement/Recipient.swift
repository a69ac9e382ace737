/// Who receives part of a purchase: a member site, or the hub's own stock.
///
/// The hub sorts after every site, so that a tie in a fair split never favours the hub over a site.
public enum Recipient: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    case site(Site.ID)
    case hub

    public static func < (lhs: Recipient, rhs: Recipient) -> Bool {
        switch (lhs, rhs) {
        case (.site(let left), .site(let right)): left < right
        case (.site, .hub): true
        case (.hub, _): false
        }
    }

    public var description: String {
        switch self {
        case .site(let id): id.rawValue
        case .hub: "HUB"
        }
    }
}
