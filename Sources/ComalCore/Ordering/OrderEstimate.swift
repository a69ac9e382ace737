/// A site's order at list prices while it is being written: each line with its product and
/// estimate, and the running total the director watches (pages and API alike).
public struct OrderEstimate: Sendable {
    public struct Line: Sendable {
        public var line: SiteOrderLine
        public var product: Product
        public var estimate: Money
    }

    /// The lines whose product the window still offers, in the order given.
    public var lines: [Line]
    public var total: Money

    public init(_ orderLines: [SiteOrderLine], products: [Product]) {
        let byID = Dictionary(products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        lines = orderLines.compactMap { line in
            byID[line.product].map { Line(line: line, product: $0, estimate: line.estimatedCost(of: $0)) }
        }
        total = lines.map(\.estimate).sum()
    }
}
