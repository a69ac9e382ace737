/// Goods a site did not keep at the door: fewer than loaded, damaged on the way, or refused.
/// The site's allocation of the product shrinks and the site is credited for what it did not get.
public struct DeliveryException: Hashable, Sendable, Codable {
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        case short, damaged, refused
    }

    public var site: Site.ID
    public var product: Product.ID
    /// Eaches the site did not keep.
    public var eaches: Int
    public var reason: Reason

    public init(site: Site.ID, product: Product.ID, eaches: Int, reason: Reason) {
        self.site = site
        self.product = product
        self.eaches = eaches
        self.reason = reason
    }
}
