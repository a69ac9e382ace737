/// What the supplier actually delivered of one product, recorded by the buyer at receiving.
public struct Receipt: Hashable, Sendable, Codable {
    /// Why fewer usable eaches arrived than were bought, or what came instead.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        case short, damaged, substituted
    }

    public var product: Product.ID
    /// Usable eaches that arrived.
    public var receivedEaches: Int
    public var reason: Reason

    public init(product: Product.ID, receivedEaches: Int, reason: Reason) {
        self.product = product
        self.receivedEaches = receivedEaches
        self.reason = reason
    }
}
