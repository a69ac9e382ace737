/// A line of a supplier's catalog: what can be bought, in which pack, at which prices.
public struct Product: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Tagged<Product, Int64>

    /// The highest case or each price a catalog may give ($100,000): no case of food costs more, and
    /// with `Pack.largestCount` and `SiteOrderLine.largestQuantity` it keeps every cost of a window
    /// far inside Int's range.
    public static let largestPrice = Money(cents: 10_000_000)

    /// Where a product must be kept, which decides how it travels and where it is shelved.
    public enum Storage: String, Hashable, Sendable, Codable, DeclarationOrdered {
        case dry, cold, frozen
    }

    public var id: ID
    public var supplier: Supplier.ID
    public var sku: String
    public var description: String
    public var pack: Pack
    /// The price of one case below every tier.
    public var casePrice: Money
    /// The price of one each when the supplier splits cases; nil when it sells whole cases only.
    public var eachPrice: Money?
    /// Lower case prices from a number of cases on, in increasing order of cases.
    public var tiers: [PriceTier]
    public var storage: Storage
    /// The food this product is, for menus and CACFP crediting; empty until the buyer maps it
    /// (a distributor's order guide names none).
    public var food: String
    public var allergens: [Allergen]
    /// The fewest cases the supplier will sell of this product; 0 when any number will do.
    public var minimumCases: Int
    /// The maker's name as the supplier lists it; empty when it gives none.
    public var brand: String
    /// Priced by the pound: the case price is the supplier's price per pound times the case's net
    /// (or average) weight, and the delivered case may weigh a little more or less.
    public var isCatchWeight: Bool
    /// The per-pound price and case weight of a catch-weight product, when its catalog gave them,
    /// so that receiving bills the weight delivered.
    public var catchWeightTerms: CatchWeightTerms?

    public init(
        id: ID, supplier: Supplier.ID, sku: String, description: String, pack: Pack, casePrice: Money,
        eachPrice: Money? = nil, tiers: [PriceTier] = [], storage: Storage = .dry, food: String = "",
        allergens: [Allergen] = [], minimumCases: Int = 0, brand: String = "", isCatchWeight: Bool = false,
        catchWeightTerms: CatchWeightTerms? = nil
    ) {
        self.id = id
        self.supplier = supplier
        self.sku = sku
        self.description = description
        self.pack = pack
        self.casePrice = casePrice
        self.eachPrice = eachPrice
        self.tiers = tiers
        self.storage = storage
        self.food = food
        self.allergens = allergens
        self.minimumCases = minimumCases
        self.brand = brand
        self.isCatchWeight = isCatchWeight
        self.catchWeightTerms = catchWeightTerms
    }

    /// Whether the supplier sells single eaches of this product.
    public var splitsCases: Bool { eachPrice != nil }

    /// The tier that a purchase of `cases` whole cases reaches, or nil when it reaches none.
    public func tier(forCases cases: Int) -> PriceTier? {
        tiers.filter { $0.minimumCases <= cases }.max { $0.minimumCases < $1.minimumCases }
    }

    /// The price of one case when `cases` cases are bought together.
    public func casePrice(forCases cases: Int) -> Money {
        tier(forCases: cases)?.casePrice ?? casePrice
    }
}

/// A lower case price that applies from a number of cases on (`10:27.50`: from 10 cases, $27.50 each).
public struct PriceTier: Hashable, Sendable, Codable {
    public var minimumCases: Int
    public var casePrice: Money

    public init(minimumCases: Int, casePrice: Money) {
        self.minimumCases = minimumCases
        self.casePrice = casePrice
    }
}

/// The major food allergens a label must declare (FALCPA and the FASTER Act's sesame).
public enum Allergen: String, Hashable, Sendable, Codable, CaseIterable {
    case milk, egg, fish, shellfish, peanuts, wheat, soy, sesame
    case treeNuts = "tree_nuts"
}

extension Product {
    /// Whether the supplier refuses `purchase` for falling short of its minimum number of cases, so
    /// that the alliance buys none of it.
    public func dropsBelowMinimum(_ purchase: CasePurchase, orderedEaches: Int) -> Bool {
        minimumCases > 0 && orderedEaches > 0
            && purchase.eaches(eachesPerCase: pack.eachesPerCase) < minimumCases * pack.eachesPerCase
    }
}

extension Product {
    /// Whether its pack and prices are ones a catalog import accepts, so that consolidating it
    /// cannot overflow.
    public var isWithinBounds: Bool {
        let prices = [casePrice] + (eachPrice.map { [$0] } ?? []) + tiers.map(\.casePrice)
        return (1...Pack.largestCount).contains(pack.eachesPerCase)
            && prices.allSatisfy { $0 > .zero && $0 <= Self.largestPrice }
    }
}
