/// The alliance's order lines of one product in one unit, summed over its sites: what the buyer's
/// board reads instead of every line, of which a large alliance's window holds hundreds of thousands.
public struct OrderTotal: Hashable, Sendable {
    public var product: Product.ID
    public var unit: SiteOrderLine.Unit
    /// The lines' quantities as entered, in `unit`, summed.
    public var quantity: Int
    /// The lines' tolerances, in eaches, summed.
    public var tolerance: Int

    public init(product: Product.ID, unit: SiteOrderLine.Unit, quantity: Int, tolerance: Int) {
        self.product = product
        self.unit = unit
        self.quantity = quantity
        self.tolerance = tolerance
    }

    /// The quantity in eaches of `pack`. A sum of lines is not bounded as one line is
    /// (`SiteOrderLine.largestQuantity`), so cases are multiplied with overflow checked: a total
    /// past Int's end is refused, never trapped.
    public func eaches(in pack: Pack) throws(ConsolidationError) -> Int {
        guard unit == .case else { return quantity }
        let (eaches, overflow) = quantity.multipliedReportingOverflow(by: pack.eachesPerCase)
        guard !overflow else { throw .weekTooLarge(limit: WeekSize.largestTotal) }
        return eaches
    }
}
