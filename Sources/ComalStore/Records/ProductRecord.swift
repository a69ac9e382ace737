import ComalCore
import Foundation
import GRDB

/// A row of `product`: the current catalog line of a supplier; its tiers are rows of `priceTier`.
struct ProductRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "product"

    var id: Int64?
    var supplierId: Int64
    var sku: String
    var description: String
    /// The pack in distributor notation, as `Pack.description` writes it and `Pack(parsing:)` reads it.
    var pack: String
    var casePriceCents: Int
    var eachPriceCents: Int?
    var storage: Product.Storage
    /// Empty while the buyer has not said which food the product is.
    var food: String
    /// Allergen raw values joined by `;`.
    var allergens: String
    var minimumCases: Int
    var brand: String
    var catchWeight: Bool
    /// The supplier's price per pound and the case weight (pounds, as written) of a catch-weight product.
    var pricePerPoundCents: Int?
    var caseWeight: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The product with `tiers`, which the caller reads from `priceTier` (or a window's frozen copy).
    func product(tiers: [PriceTier]) throws -> Product {
        let pack: Pack
        do {
            pack = try StoredPacks.pack(self.pack)
        } catch {
            throw StoreError.unreadableStoredValue(table: "product", column: "pack", value: self.pack)
        }
        var allergenList: [Allergen] = []
        for name in allergens.split(separator: ";") {
            guard let allergen = Allergen(rawValue: String(name)) else {
                throw StoreError.unreadableStoredValue(table: "product", column: "allergens", value: allergens)
            }
            allergenList.append(allergen)
        }
        return Product(
            id: Product.ID(id ?? 0), supplier: Supplier.ID(supplierId), sku: sku, description: description,
            pack: pack, casePrice: Money(cents: casePriceCents), eachPrice: eachPriceCents.map(Money.init(cents:)),
            tiers: tiers, storage: storage, food: food, allergens: allergenList, minimumCases: minimumCases,
            brand: brand, isCatchWeight: catchWeight, catchWeightTerms: try catchWeightTerms())
    }
}

/// A row of `priceTier`.
struct PriceTierRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "priceTier"

    var productId: Int64
    var minimumCases: Int
    var casePriceCents: Int

    var tier: PriceTier { PriceTier(minimumCases: minimumCases, casePrice: Money(cents: casePriceCents)) }
}

extension ProductRecord {
    /// The columns `init(row:)` reads by position, in this order: every request for products
    /// selects them so, GRDB's through `databaseSelection` and SQL through `selectedColumns`.
    static let columns = [
        "id", "supplierId", "sku", "description", "pack", "casePriceCents", "eachPriceCents", "storage", "food", "allergens",
        "minimumCases", "brand", "catchWeight", "pricePerPoundCents", "caseWeight",
    ]
    static let selectedColumns = columns.joined(separator: ", ")
    static var databaseSelection: [any SQLSelectable] { columns.map { Column($0) } }

    /// Read by position rather than through `Decodable` (whose decoder took more time than the
    /// query on a page that reads forty products) or by name (which lowercases and hashes each
    /// name in each row).
    init(row: Row) throws {
        id = row[0]
        supplierId = row[1]
        sku = row[2]
        description = row[3]
        pack = row[4]
        casePriceCents = row[5]
        eachPriceCents = row[6]
        storage = try Product.Storage(stored: row[7], table: "product", column: "storage")
        food = row[8]
        allergens = row[9]
        minimumCases = row[10]
        brand = row[11]
        catchWeight = row[12]
        pricePerPoundCents = row[13]
        caseWeight = row[14]
    }

    /// The catch-weight terms the catalog gave, when it gave both.
    func catchWeightTerms() throws -> CatchWeightTerms? {
        guard let pricePerPoundCents, let caseWeight else { return nil }
        guard let pounds = Decimal(string: caseWeight, locale: Locale(identifier: "en_US_POSIX")), pounds > 0 else {
            throw StoreError.unreadableStoredValue(table: "product", column: "caseWeight", value: caseWeight)
        }
        return CatchWeightTerms(pricePerPound: Money(cents: pricePerPoundCents), caseWeight: Quantity(pounds, .pound))
    }
}
