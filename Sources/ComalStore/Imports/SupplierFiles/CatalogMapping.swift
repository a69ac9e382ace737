import Foundation
import ComalCore

/// How to read a supplier's price list that is not in Comal's columns: where the header is, which
/// of its columns hold what, and what its categories or sections mean for storage.
///
/// The `broadline-csv` and `order-guide-xlsx` layouts are mappings built in; a mapping file
/// (`CatalogMapping+YAML`) describes any other shape, or extends a built-in one.
public struct CatalogMapping: Sendable, Equatable {
    /// What a column holds. Every field but `sku`, `description` and the price is optional.
    public enum Field: String, Sendable, CaseIterable, Comparable {
        case sku, description, brand
        /// The whole pack (`6/#10`, `12/42/OZ`), or else `count`, `size` and `unit` together.
        case pack, count, size, unit
        case casePrice = "case_price"
        /// The price of one each when the supplier splits cases.
        case eachPrice = "each_price"
        /// Whether `case_price` is a price per pound (`LB`, `Y`) or per case (`CS`, `N`, empty).
        case perPound = "per_pound"
        /// The net or average case weight in pounds, for catch-weight items.
        case caseWeight = "case_weight"
        /// A word that `storage` turns into dry, cold or frozen.
        case category
        case allergens
        /// The food id, when the supplier's file carries the alliance's own (rare).
        case food

        public static func < (lhs: Field, rhs: Field) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Rows that begin with a record type, as broadline exports write them.
    public struct RecordTypes: Sendable, Equatable {
        /// The type of the row that names the fields (`F`).
        public var header: String
        /// The type of a product row (`P`); rows of any other type are skipped.
        public var product: String
    }

    /// The header cell of each field read, exactly as the supplier writes it (case aside).
    public var columns: [Field: String]
    /// Set when rows begin with a record type; the header is then the row of that type.
    public var recordTypes: RecordTypes?
    /// The 1-based row (or CSV line) of the header; nil to take the first row that holds every
    /// column named in `columns`.
    public var headerRow: Int?
    /// Whether a row with only a name in it starts a category section whose storage its products have.
    public var sections: Bool
    /// Category or section words, upper case, and the storage they mean. A word matches a category
    /// or section that is it or holds it as a whole word (`FROZEN` matches `FROZEN FOODS`).
    public var storage: [String: Product.Storage]
    /// The storage of a product whose category and section say nothing; nil to refuse it.
    public var defaultStorage: Product.Storage?

    public init(
        columns: [Field: String], recordTypes: RecordTypes? = nil, headerRow: Int? = nil, sections: Bool = false,
        storage: [String: Product.Storage] = [:], defaultStorage: Product.Storage? = nil
    ) {
        self.columns = columns
        self.recordTypes = recordTypes
        self.headerRow = headerRow
        self.sections = sections
        self.storage = storage
        self.defaultStorage = defaultStorage
    }

    /// The storage a category or section word means, if the mapping knows it: the longest word
    /// that matches, so that `FROZEN DAIRY` is frozen when both words are known.
    func storage(for text: String) -> Product.Storage? {
        let upper = text.uppercased()
        let words = upper.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if let exact = storage[upper] { return exact }
        let matching = storage.keys.filter { key in
            let keyWords = key.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard !keyWords.isEmpty, keyWords.count <= words.count else { return false }
            return (0...(words.count - keyWords.count)).contains { Array(words[$0..<($0 + keyWords.count)]) == keyWords }
        }
        return matching.max { ($0.count, $1) < ($1.count, $0) }.flatMap { storage[$0] }
    }
}

extension CatalogMapping {
    /// A broadline distributor's CSV export (`H`, `F`, `P`, `T` rows).
    public static let broadlineCSV = CatalogMapping(
        columns: [
            .sku: "SUPC", .brand: "Brand", .description: "Desc", .count: "Pack", .size: "Size", .unit: "Unit",
            .category: "Cat", .casePrice: "Case $", .eachPrice: "Split $", .perPound: "Per Lb", .caseWeight: "Net Wt",
        ],
        recordTypes: RecordTypes(header: "F", product: "P"),
        storage: ["FROZ": .frozen, "FROZEN": .frozen, "DAIRY": .cold, "PRODUCE": .cold, "MEAT": .cold],
        defaultStorage: .dry)

    /// A distributor's order guide workbook: title rows, then `Product #` and `Description`, with
    /// category sections.
    public static let orderGuideXLSX = CatalogMapping(
        columns: [
            .sku: "Product #", .description: "Description", .pack: "Pack Size", .brand: "Brand", .caseWeight: "Avg",
            .casePrice: "Price", .perPound: "Unit",
        ],
        sections: true,
        storage: ["DRY GROCERY": .dry, "DAIRY": .cold, "FROZEN": .frozen, "PRODUCE": .cold])

    /// The built-in mapping of a layout; nil for `comal` (its own columns) and `mapping` (a file's).
    public static func builtIn(_ layout: CatalogLayout) -> CatalogMapping? {
        switch layout {
        case .broadlineCSV: .broadlineCSV
        case .orderGuideXLSX: .orderGuideXLSX
        case .comal, .mapping: nil
        }
    }
}

extension Allergen {
    /// The allergen a supplier's spelling names (`eggs`, `tree nut`, `soybeans`, `dairy`).
    init?(supplierWord word: String) {
        switch word {
        case "eggs": self = .egg
        case "dairy": self = .milk
        case "peanut": self = .peanuts
        case "tree nut", "tree nuts", "treenuts": self = .treeNuts
        case "soybean", "soybeans", "soya": self = .soy
        case "crustacean shellfish", "crustaceans": self = .shellfish
        case "sesame seed", "sesame seeds": self = .sesame
        default: return nil
        }
    }
}
