import ComalCore

/// One line of a site's order handed to the store as values rather than as a row of a file: by
/// SKU, since the window's products are what the store resolves it against.
public struct OrderEntry: Sendable, Equatable {
    public var sku: String
    public var quantity: Int
    public var unit: SiteOrderLine.Unit
    public var tolerance: Int

    public init(sku: String, quantity: Int, unit: SiteOrderLine.Unit, tolerance: Int) {
        self.sku = sku
        self.quantity = quantity
        self.unit = unit
        self.tolerance = tolerance
    }
}
