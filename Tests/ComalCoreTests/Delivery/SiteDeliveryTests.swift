import ComalCore
import Testing

/// A hand-worked window: beans (dry, 6/#10 CN), milk (cold, 4/1 GAL) and chicken (frozen, 4/5 LB)
/// for two sites, every total bought in whole cases so each site's allocation is its order.
enum HandWorked {
    static let supplier = Supplier(id: Supplier.ID(1), name: "Test Foods")
    static let beans = Product(
        id: Product.ID(1), supplier: Supplier.ID(1), sku: "BN-10", description: "Pinto Beans #10",
        pack: Pack(eachesPerCase: 6, eachSize: Quantity(1, .can10)), casePrice: Money(cents: 4200))
    static let milk = Product(
        id: Product.ID(2), supplier: Supplier.ID(1), sku: "MK-1", description: "Milk 1% Gallon",
        pack: Pack(eachesPerCase: 4, eachSize: Quantity(1, .gallon)), casePrice: Money(cents: 1600), storage: .cold)
    static let chicken = Product(
        id: Product.ID(3), supplier: Supplier.ID(1), sku: "CH-5", description: "Chicken Thighs",
        pack: Pack(eachesPerCase: 4, eachSize: Quantity(5, .pound)), casePrice: Money(cents: 3999), storage: .frozen)

    static func order(_ site: String, _ product: Product, _ eaches: Int) -> SiteOrderLine {
        SiteOrderLine(site: Site.ID(site), product: product.id, quantity: eaches, unit: .each, tolerance: 0)
    }

    /// A: 12 beans, 6 milk, 4 chicken. B: 2 milk, 8 chicken.
    static let orders = [
        order("A", beans, 12), order("A", milk, 6), order("A", chicken, 4), order("B", milk, 2), order("B", chicken, 8),
    ]

    static func consolidate(exceptions: [DeliveryException] = []) throws -> Consolidation {
        try Consolidation.compute(
            suppliers: [supplier], products: [beans, milk, chicken], orders: orders, rule: .fill,
            deliveryExceptions: exceptions)
    }
}

@Suite("Delivery: each site's load from the consolidation")
struct SiteDeliveryTests {
    @Test("cases are the site's case fractions added up per storage, pounds from the pack, cold and frozen from storage")
    func loadsPerSite() throws {
        let deliveries = SiteDelivery.all(in: try HandWorked.consolidate())
        #expect(deliveries.map(\.site.rawValue) == ["A", "B"])
        // A: beans 12 = 2 cases, milk 6 = 1.5 cases → 2 cold, chicken 4 = 1 case.
        // Pounds: 12 × 7 (a #10 can) + 6 × 8.3454 (a gallon of water) + 4 × 5 = 154.07, rounded up to 155.
        #expect(deliveries[0].load == DeliveryLoad(cases: 5, pounds: 155, coldCases: 2, frozenCases: 1))
        // B: milk 2 = 1 case, chicken 8 = 2 cases; 2 × 8.3454 + 8 × 5 = 56.69, rounded up to 57.
        #expect(deliveries[1].load == DeliveryLoad(cases: 3, pounds: 57, coldCases: 1, frozenCases: 2))
    }

    /// Split cases travel packed together from the hub: C's 1 gallon (1/4 case) and 2 gallons of a
    /// second milk (2/4) are 3/4 of a case, one cold case on the truck, not two; its 3 cans of beans
    /// (3/6) are a half case, one dry case. Counting each partial product as a case would say 3.
    @Test("partial cases of one storage share space on the truck")
    func partialCasesShareSpace() throws {
        let wholeMilk = Product(
            id: Product.ID(4), supplier: Supplier.ID(1), sku: "MK-W", description: "Milk Whole Gallon",
            pack: Pack(eachesPerCase: 4, eachSize: Quantity(1, .gallon)), casePrice: Money(cents: 1700),
            eachPrice: Money(cents: 450), storage: .cold)
        let splitMilk = Product(
            id: Product.ID(2), supplier: Supplier.ID(1), sku: "MK-1", description: "Milk 1% Gallon",
            pack: Pack(eachesPerCase: 4, eachSize: Quantity(1, .gallon)), casePrice: Money(cents: 1600),
            eachPrice: Money(cents: 425), storage: .cold)
        let consolidation = try Consolidation.compute(
            suppliers: [HandWorked.supplier], products: [HandWorked.beans, splitMilk, wholeMilk],
            orders: [
                HandWorked.order("C", splitMilk, 1), HandWorked.order("C", wholeMilk, 2),
                HandWorked.order("C", HandWorked.beans, 3),
                HandWorked.order("D", HandWorked.beans, 3),
            ],
            rule: .fill)
        let c = try #require(SiteDelivery.all(in: consolidation).first)
        #expect(c.site == Site.ID("C"))
        #expect(c.load.cases == 2)
        #expect(c.load.coldCases == 1)
        #expect(c.load.frozenCases == 0)
    }

    @Test("items are listed dry, cold, frozen, the order a driver unloads them")
    func unloadOrder() throws {
        let site = try #require(SiteDelivery.all(in: try HandWorked.consolidate()).first)
        #expect(site.items.map(\.product.sku) == ["BN-10", "MK-1", "CH-5"])
        #expect(site.items.map(\.cases) == [2, 2, 1])
    }

    @Test("a delivery exception lowers the site's load and credits its own unit cost, rounded half up")
    func exceptionCredit() throws {
        let plain = try HandWorked.consolidate()
        let excepted = try HandWorked.consolidate(exceptions: [
            DeliveryException(site: Site.ID("B"), product: Product.ID(3), eaches: 3, reason: .damaged)
        ])
        // Chicken: 12 eaches = 3 cases × $39.99 = $119.97; B has 8 of 12, so it pays $79.98.
        // Three eaches back: 7998 × 3 / 8 = 2999.25 cents, credited as $29.99.
        let allocation = try #require(
            excepted.invoices[1].lines.first { $0.product.id == Product.ID(3) }?.allocation)
        #expect(allocation.cost == Money(cents: 7998))
        #expect(allocation.allocatedEaches == 5)
        #expect(allocation.credit == Money(cents: 2999))
        #expect(allocation.reasons.contains(.deliveryException(eaches: 3, reason: .damaged)))
        #expect(plain.invoices[1].total - excepted.invoices[1].total == Money(cents: 2999))
        #expect(plain.invoices[0] == excepted.invoices[0])
        #expect(SiteDelivery.all(in: excepted)[1].load.frozenCases == 2)
    }

    @Test("an exception larger than the allocation is refused with the most that can be taken off")
    func exceptionTooLarge() throws {
        #expect(
            throws: ConsolidationError.deliveryExceptionExceedsAllocation(
                site: Site.ID("B"), sku: "CH-5", eaches: 9, allocated: 8)
        ) {
            try HandWorked.consolidate(exceptions: [
                DeliveryException(site: Site.ID("B"), product: Product.ID(3), eaches: 9, reason: .refused)
            ])
        }
        #expect(throws: ConsolidationError.deliveryExceptionNotAllocated(site: Site.ID("B"), sku: "BN-10")) {
            try HandWorked.consolidate(exceptions: [
                DeliveryException(site: Site.ID("B"), product: Product.ID(1), eaches: 1, reason: .short)
            ])
        }
    }
}
