import ComalCore

/// What happened at a stop, as the driver reports it: arrived, delivered, or an exception with
/// the product, eaches and reason; kept with the local time and who recorded it.
public struct DeliveryEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case arrived, delivered, exception
    }

    public var site: Site.ID
    public var kind: Kind
    /// The goods not kept, for an exception; nil otherwise.
    public var exception: DeliveryException?
    public var at: LocalDateTime
    public var actor: String
    /// What the driver wrote about the stop, if anything.
    public var note: String?

    /// The most characters a note keeps: a few sentences, as a phone's keyboard writes them.
    public static let largestNote = 280

    public init(
        site: Site.ID, kind: Kind, exception: DeliveryException? = nil, at: LocalDateTime, actor: String, note: String? = nil
    ) {
        self.site = site
        self.kind = kind
        self.exception = exception
        self.at = at
        self.actor = actor
        self.note = note
    }
}

/// A site's place in a saved plan: on a vehicle's route at a sequence and arrival, or unserved.
public struct PlannedStop: Hashable, Sendable {
    public var site: Site.ID
    public var vehicle: String?
    public var sequence: Int?
    public var arrival: ClockTime?
    public var unservedReason: String?
}

/// Why a stop event cannot be recorded, in words the driver or buyer can act on.
public enum DeliveryStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case noPlan(OrderWindow.ID)
    case siteNotOnRoute(Site.ID, window: OrderWindow.ID)

    public var description: String {
        switch self {
        case .noPlan(let window):
            "window \(window) has no planned routes; run comal routes plan --window \(window) first"
        case .siteNotOnRoute(let site, let window):
            "site \(site) is not on any route of window \(window); comal routes status --window \(window) lists the stops"
        }
    }
}
