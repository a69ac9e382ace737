/// The most a week's goods, fees and costs-alone may add up to: over a trillion dollars, far past
/// any alliance, and 64 times below Int's end, so that no sum or share computed from a week that
/// passes can overflow (shares and percentages multiply in full width or 128 bits).
public enum WeekSize {
    public static let largestTotal = Money(cents: Int.max / 64)

    /// Checks, with overflow-checked arithmetic, an upper bound of every total of the week: each
    /// product's ordered eaches, tolerance and one more case per site, at the dearer of its case and
    /// each price per each, and every supplier's fee once per site and once for the group.
    static func check(
        _ demand: [Product.ID: ProductDemand], products: [Product.ID: Product], suppliers: [Supplier]
    ) throws(ConsolidationError) {
        var total = 0
        func add(_ value: Int) throws(ConsolidationError) {
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow, sum <= largestTotal.cents else { throw .weekTooLarge(limit: largestTotal) }
            total = sum
        }
        func times(_ a: Int, _ b: Int) throws(ConsolidationError) -> Int {
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            guard !overflow else { throw .weekTooLarge(limit: largestTotal) }
            return result
        }
        for (id, wanted) in demand {
            guard let item = products[id] else { continue }
            let perEach = max(item.casePrice.cents, item.eachPrice?.cents ?? 0)
            for (site, eaches) in wanted.ordered {
                let tolerance = wanted.tolerance[site] ?? 0
                try add(try times(eaches + tolerance + item.pack.eachesPerCase, perEach))
            }
        }
        let sites = Set(demand.values.flatMap(\.ordered.keys)).count
        for supplier in suppliers { try add(try times(supplier.deliveryFee.cents, sites + 1)) }
    }
}
