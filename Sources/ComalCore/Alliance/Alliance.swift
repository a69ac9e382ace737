/// The buying group a database belongs to: who buys, where deliveries land, and how cases are rounded.
public struct Alliance: Sendable, Hashable, Codable {
    /// The depot every supplier delivers to and every route starts from.
    public struct Hub: Sendable, Hashable, Codable {
        public var name: String
        public var address: String
        public var city: String
        public var coordinate: GeoPoint

        public init(name: String, address: String, city: String, coordinate: GeoPoint) {
            self.name = name
            self.address = address
            self.city = city
            self.coordinate = coordinate
        }
    }

    public var name: String
    /// The person who closes windows, places the orders and may change orders after the cutoff.
    public var buyer: String
    public var hub: Hub
    public var consolidationRule: CaseRoundingRule
    /// The IANA time zone the alliance's cutoffs and deliveries are written in (`America/Denver`).
    public var timezone: String

    public init(name: String, buyer: String, hub: Hub, consolidationRule: CaseRoundingRule, timezone: String) {
        self.name = name
        self.buyer = buyer
        self.hub = hub
        self.consolidationRule = consolidationRule
        self.timezone = timezone
    }
}
