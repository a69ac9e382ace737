import ComalCore
import ComalTestSupport
import Testing

/// Small builders shared by the core's tests, so every test states only what matters to its rule.
///
/// Prices are given in cents so that expectations never go through the parser under test.
enum Fixture {
    /// The pack most examples use: six #10 cans.
    static let sixCans = Pack(eachesPerCase: 6, eachSize: Quantity(1, .can10))

    static func supplier(_ id: Int64, fee: Int = 0, minimumOrder: Int = 0) -> Supplier {
        Supplier(
            id: Supplier.ID(id), name: "Supplier \(id)", deliveryFee: Money(cents: fee),
            minimumOrder: Money(cents: minimumOrder))
    }

    /// A product of `supplier`; `tiers` are (minimum cases, case price in cents).
    static func product(
        _ id: Int64, supplier: Int64 = 1, eachesPerCase: Int = 6, casePrice: Int, eachPrice: Int? = nil,
        tiers: [(cases: Int, price: Int)] = [], minimumCases: Int = 0
    ) -> Product {
        Product(
            id: Product.ID(id), supplier: Supplier.ID(supplier), sku: "SKU-\(id)", description: "Product \(id)",
            pack: eachesPerCase == 6 ? sixCans : Pack(eachesPerCase: eachesPerCase, eachSize: Quantity(1, .each)),
            casePrice: Money(cents: casePrice), eachPrice: eachPrice.map(Money.init(cents:)),
            tiers: tiers.map { PriceTier(minimumCases: $0.cases, casePrice: Money(cents: $0.price)) },
            minimumCases: minimumCases)
    }

    static func order(
        _ site: String, _ product: Int64, _ quantity: Int, _ unit: SiteOrderLine.Unit = .each, tolerance: Int = 0
    ) -> SiteOrderLine {
        SiteOrderLine(
            site: Site.ID(site), product: Product.ID(product), quantity: quantity, unit: unit,
            tolerance: tolerance)
    }
}

extension Consolidation {
    /// The purchase line of a product, wherever its supplier sits.
    func line(_ product: Int64) throws -> PurchaseLine {
        try #require(purchases.flatMap(\.lines).first { $0.product.id == Product.ID(product) })
    }

    /// What `recipient` gets of `product`.
    func allocation(_ product: Int64, _ recipient: Recipient) throws -> Allocation {
        try #require(try line(product).allocations.first { $0.recipient == recipient })
    }

    /// What a site gets of `product`.
    func allocation(_ product: Int64, site: String) throws -> Allocation {
        try allocation(product, .site(Site.ID(site)))
    }

    func invoice(_ site: String) throws -> SiteInvoice {
        try #require(invoices.first { $0.site == Site.ID(site) })
    }

    func purchase(_ supplier: Int64) throws -> SupplierPurchase {
        try #require(purchases.first { $0.supplier.id == Supplier.ID(supplier) })
    }
}

extension Fixture {
    /// The worked example of `ConsolidationTests`: three sites order 65 eaches of six-can cases at
    /// $29.00 (from 10 cases $27.50, from 25 $26.10) from a supplier with a $25.00 delivery fee.
    enum Tomatoes {
        static let supplier = Fixture.supplier(1, fee: 2500, minimumOrder: 10_000)
        static let product = Fixture.product(1, supplier: 1, casePrice: 2900, tiers: [(10, 2750), (25, 2610)])
        static let orders = [
            Fixture.order("ABQ-01", 1, 3, .case),  // 18 eaches
            Fixture.order("ESP-02", 1, 29),
            Fixture.order("TAO-03", 1, 18),
        ]

        static func consolidate(receipts: [Receipt] = []) throws -> Consolidation {
            try Consolidation.compute(
                suppliers: [supplier], products: [product], orders: orders, rule: .fill,
                receipts: receipts)
        }
    }

    /// A product rounded up to whole cases, so the hub keeps stock: two sites order 4 and 3 of a
    /// six-pack at $12.33 a case from a supplier with a $10.00 delivery fee, under the `up` rule.
    enum HubStock {
        static let supplier = Fixture.supplier(2, fee: 1000)
        static let product = Fixture.product(2, supplier: 2, casePrice: 1233)
        static let orders = [Fixture.order("ABQ-01", 2, 4), Fixture.order("ESP-02", 2, 3)]

        static func consolidate(receipts: [Receipt] = []) throws -> Consolidation {
            try Consolidation.compute(
                suppliers: [supplier], products: [product], orders: orders, rule: .up,
                receipts: receipts)
        }
    }
}

extension Fixture {
    /// A window's inputs, made up from a seed.
    struct Window {
        var suppliers: [Supplier]
        var products: [Product]
        var orders: [SiteOrderLine]
    }

    /// A bigger window from a seed: `siteCount` sites, `productCount` products over three suppliers (one
    /// with no fee), whole-case and split-case products, tiers, minimum cases, orders in cases and eaches,
    /// zero lines and tolerance.
    static func generatedWindow(seed: UInt64, siteCount: Int = 12, productCount: Int = 20) -> Window {
        var random = SeededGenerator(seed: seed)
        let suppliers = [supplier(1, fee: 0), supplier(2, fee: 2500, minimumOrder: 20_000), supplier(3, fee: 4599)]
        var products: [Product] = []
        for id in 1...Int64(productCount) {
            let pack = [1, 4, 6, 6, 12, 24, 36].randomElement(using: &random)!
            let price = Int.random(in: 800...6000, using: &random)
            let splits = Int.random(in: 0..<3, using: &random) == 0
            var tiers: [(cases: Int, price: Int)] = []
            if Bool.random(using: &random) {
                let first = Int.random(in: 3...8, using: &random), cut = Int.random(in: 10...200, using: &random)
                tiers = [(first, price - cut), (first + Int.random(in: 5...12, using: &random), price - 2 * cut)]
            }
            products.append(
                product(
                    id, supplier: 1 + id % 3, eachesPerCase: pack, casePrice: price,
                    eachPrice: splits ? price / pack + Int.random(in: 1...50, using: &random) : nil, tiers: tiers,
                    minimumCases: [0, 0, 0, 1, 2, 4].randomElement(using: &random)!))
        }
        var orders: [SiteOrderLine] = []
        for site in 1...siteCount {
            let code = "S\(site < 10 ? "0" : "")\(site)"
            for product in products where Int.random(in: 0..<100, using: &random) < 35 {
                let inCases = Int.random(in: 0..<4, using: &random) == 0
                orders.append(
                    order(
                        code, product.id.rawValue,
                        inCases ? Int.random(in: 0...3, using: &random) : Int.random(in: 0...40, using: &random),
                        inCases ? .case : .each,
                        tolerance: Bool.random(using: &random) ? Int.random(in: 0...4, using: &random) : 0))
            }
        }
        return Window(suppliers: suppliers, products: products, orders: orders)
    }
}
