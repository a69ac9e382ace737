/// The alliance's purchase for one window: what to buy from each supplier, at which price, who gets
/// what, what each site pays, and what buying together saved.
public struct Consolidation: Hashable, Sendable, Codable {
    public var rule: CaseRoundingRule
    /// One purchase per supplier that anything was ordered from, by supplier id.
    public var purchases: [SupplierPurchase]
    /// One invoice per site that ordered anything, by site id.
    public var invoices: [SiteInvoice]

    public init(rule: CaseRoundingRule, purchases: [SupplierPurchase], invoices: [SiteInvoice]) {
        self.rule = rule
        self.purchases = purchases
        self.invoices = invoices
    }
}

/// Why the inputs of a consolidation do not fit together; adapters check first, so these are bugs
/// or stale data, reported rather than trapped.
public enum ConsolidationError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownProduct(Product.ID)
    case unknownSupplier(Supplier.ID, sku: String)
    case receiptForProductNotBought(sku: String)
    case receiptExceedsPurchase(sku: String, received: Int, bought: Int)
    /// A quantity or tolerance outside `0...SiteOrderLine.largestQuantity`: refused before any
    /// arithmetic, so that no multiplication by a pack can overflow.
    case quantityOutOfRange(site: Site.ID, sku: String)
    /// A pack or price past `Pack.largestCount` or `Product.largestPrice`, which catalog imports refuse.
    case productOutOfRange(sku: String)
    case deliveryExceptionNotAllocated(site: Site.ID, sku: String)
    /// Quantities and prices each within their bounds that together add up past `WeekSize.largestTotal`.
    case weekTooLarge(limit: Money)
    case deliveryExceptionExceedsAllocation(site: Site.ID, sku: String, eaches: Int, allocated: Int)
    /// A weight was recorded for a product that is not priced by the pound.
    case weightForProductNotCatchWeight(sku: String)
    /// A weight past `CatchWeight.largestDelivery`, or one that would bill more than a line may cost.
    case weightOutOfRange(sku: String)

    public var description: String {
        switch self {
        case .unknownProduct(let id):
            "an order names product \(id), which is not in any catalog"
        case .unknownSupplier(let id, let sku):
            "product \(sku) belongs to supplier \(id), which does not exist"
        case .receiptForProductNotBought(let sku):
            "receiving lists \(sku), which the alliance did not buy this window"
        case .receiptExceedsPurchase(let sku, let received, let bought):
            "receiving lists \(received) eaches of \(sku), but only \(bought) were bought; record extras as a new order"
        case .quantityOutOfRange(let site, let sku):
            "site \(site) has a quantity or tolerance for \(sku) outside 0 to \(SiteOrderLine.largestQuantity)"
        case .productOutOfRange(let sku):
            "product \(sku) has more than \(Pack.largestCount) eaches a case or a price above \(Product.largestPrice.formatted)"
        case .weekTooLarge(let limit):
            "this week's orders at these prices add up to more than \(limit.formatted), which no alliance buys; check the largest quantities and prices"
        case .deliveryExceptionNotAllocated(let site, let sku):
            "a delivery exception names \(sku) at site \(site), which was not delivered any; check the SKU and the site"
        case .deliveryExceptionExceedsAllocation(let site, let sku, let eaches, let allocated):
            "site \(site) was delivered \(allocated) eaches of \(sku), so an exception of \(eaches) cannot be taken off; record at most \(allocated)"
        case .weightForProductNotCatchWeight(let sku):
            "a weight is recorded for \(sku), which is not priced by the pound; record weights only for catch-weight products"
        case .weightOutOfRange(let sku):
            "the weight recorded for \(sku) is not above 0 and at most \(CatchWeight.largestDelivery.amount) lb"
        }
    }
}

extension Consolidation {
    /// Consolidates a window's orders.
    ///
    /// Every split (shortfall, tolerance, cost, fees, credits) uses the largest remainder with ties
    /// broken by site id, so the same orders always give the same result, whatever their order.
    public static func compute(
        suppliers: [Supplier], products: [Product], orders: [SiteOrderLine], rule: CaseRoundingRule,
        receipts: [Receipt] = [], deliveryExceptions: [DeliveryException] = [], weights: [WeightReceipt] = []
    ) throws(ConsolidationError) -> Consolidation {
        let productsByID = Dictionary(products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let suppliersByID = Dictionary(suppliers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var demand: [Product.ID: ProductDemand] = [:]
        for line in orders {
            guard let product = productsByID[line.product] else { throw .unknownProduct(line.product) }
            guard product.isWithinBounds else { throw .productOutOfRange(sku: product.sku) }
            let possible = 0...SiteOrderLine.largestQuantity
            guard possible.contains(line.quantity), possible.contains(line.tolerance) else {
                throw .quantityOutOfRange(site: line.site, sku: product.sku)
            }
            demand[line.product, default: ProductDemand()].add(line, pack: product.pack)
        }
        try WeekSize.check(demand, products: productsByID, suppliers: suppliers)
        let receiptsByProduct = Dictionary(receipts.map { ($0.product, $0) }, uniquingKeysWith: { _, last in last })
        let weightsByProduct = Dictionary(weights.map { ($0.product, $0) }, uniquingKeysWith: { _, last in last })
        for receipt in receipts where demand[receipt.product] == nil {
            throw .receiptForProductNotBought(sku: productsByID[receipt.product]?.sku ?? "\(receipt.product)")
        }

        let exceptionsByProduct = Dictionary(grouping: deliveryExceptions, by: \.product)
        for exception in deliveryExceptions where demand[exception.product] == nil {
            throw .deliveryExceptionNotAllocated(
                site: exception.site, sku: productsByID[exception.product]?.sku ?? "\(exception.product)")
        }

        var linesBySupplier: [Supplier.ID: [PurchaseLine]] = [:]
        for productID in demand.keys.sorted() {
            let product = productsByID[productID]!
            guard suppliersByID[product.supplier] != nil else {
                throw .unknownSupplier(product.supplier, sku: product.sku)
            }
            var line = purchaseLine(for: product, demand: demand[productID]!, rule: rule)
            if let receipt = receiptsByProduct[productID] { try line.applyReceipt(receipt) }
            if let weight = weightsByProduct[productID] { try line.applyWeight(weight) }
            for exception in exceptionsByProduct[productID, default: []] { try line.applyDeliveryException(exception) }
            linesBySupplier[product.supplier, default: []].append(line)
        }

        let purchases = linesBySupplier.keys.sorted().map { supplierID in
            let lines = linesBySupplier[supplierID]!.sorted { ($0.product.sku, $0.product.id) < ($1.product.sku, $1.product.id) }
            return SupplierPurchase(
                supplier: suppliersByID[supplierID]!, lines: lines,
                feeShares: feeShares(of: suppliersByID[supplierID]!, lines: lines))
        }
        return Consolidation(rule: rule, purchases: purchases, invoices: invoices(for: purchases, demand: demand))
    }

    /// A supplier's delivery fee split over its sites in proportion to the goods value each receives.
    ///
    /// Goods so cheap that every site's share rounds to no cent (a case of 10,000 at a penny, the
    /// rest to the hub) still came on the truck: then the fee is split by the eaches each received,
    /// so that the whole fee is always billed to someone.
    static func feeShares(of supplier: Supplier, lines: [PurchaseLine]) -> [Site.ID: Money] {
        var goodsValue: [Site.ID: Int] = [:], eaches: [Site.ID: Int] = [:]
        for line in lines {
            for allocation in line.allocations {
                guard case .site(let site) = allocation.recipient else { continue }
                goodsValue[site, default: 0] += allocation.cost.cents
                eaches[site, default: 0] += allocation.purchasedEaches
            }
        }
        let weights = goodsValue.values.contains { $0 > 0 } ? goodsValue : eaches
        guard weights.values.contains(where: { $0 > 0 }) else { return [:] }
        return LargestRemainder.split(supplier.deliveryFee, weights: weights)
    }

    static func invoices(for purchases: [SupplierPurchase], demand: [Product.ID: ProductDemand]) -> [SiteInvoice] {
        var lines: [Site.ID: [SiteInvoice.Line]] = [:]
        var fees: [Site.ID: [Supplier.ID: Money]] = [:]
        var standalone: [Site.ID: Money] = [:]
        for purchase in purchases {
            var buysAlone = Set<Site.ID>()
            for line in purchase.lines {
                for allocation in line.allocations {
                    guard case .site(let site) = allocation.recipient else { continue }
                    lines[site, default: []].append(
                        .init(supplier: purchase.supplier, product: line.product, allocation: allocation))
                    // Savings compare like with like: what the site got from the purchase, bought alone.
                    // Eaches it was shorted (a partial case not bought, a dropped line) are not savings,
                    // and alone it would not pay for a delivery of nothing.
                    let got = allocation.purchasedEaches
                    guard got > 0 else { continue }
                    standalone[site, default: .zero] += StandaloneCost.goods(eaches: got, of: line.product)
                    buysAlone.insert(site)
                }
            }
            for site in buysAlone { standalone[site, default: .zero] += purchase.supplier.deliveryFee }
            for (site, share) in purchase.feeShares { fees[site, default: [:]][purchase.supplier.id] = share }
        }
        return lines.keys.sorted().map { site in
            SiteInvoice(site: site, lines: lines[site]!, feeShares: fees[site] ?? [:], standaloneCost: standalone[site] ?? .zero)
        }
    }
}

/// What all sites ordered of one product: eaches and tolerance per site.
struct ProductDemand {
    var ordered: [Site.ID: Int] = [:]
    var tolerance: [Site.ID: Int] = [:]

    mutating func add(_ line: SiteOrderLine, pack: Pack) {
        ordered[line.site, default: 0] += line.eaches(in: pack)
        tolerance[line.site, default: 0] += line.tolerance
    }

    var totalOrdered: Int { ordered.values.reduce(0, +) }
    var totalTolerance: Int { tolerance.values.reduce(0, +) }
}
