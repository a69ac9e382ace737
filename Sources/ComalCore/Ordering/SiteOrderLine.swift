/// One line of a site's order for a window: a product, how much, and how much extra it would take.
public struct SiteOrderLine: Hashable, Sendable, Codable {
    /// How the director entered the quantity; the consolidation works in eaches either way.
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case `case`, each
    }

    /// The most a line may ask for, in its unit, and the most tolerance it may offer, in eaches:
    /// far above any one site's week, and small enough that no sum over an alliance's lines can
    /// overflow. Every way in (order form, API, CSV, the store) refuses more.
    public static let largestQuantity = 9_999

    public var site: Site.ID
    public var product: Product.ID
    /// The quantity as entered, in `unit`.
    public var quantity: Int
    public var unit: Unit
    /// Extra eaches the site would accept so that the alliance can fill a case.
    public var tolerance: Int

    public init(site: Site.ID, product: Product.ID, quantity: Int, unit: Unit, tolerance: Int = 0) {
        self.site = site
        self.product = product
        self.quantity = quantity
        self.unit = unit
        self.tolerance = tolerance
    }

    /// The quantity in eaches of `pack`.
    public func eaches(in pack: Pack) -> Int {
        unit == .case ? quantity * pack.eachesPerCase : quantity
    }
}
