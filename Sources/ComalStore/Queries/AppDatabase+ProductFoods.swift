import ComalCore
import Foundation
import GRDB

/// Why products could not be given foods; nothing was changed.
public enum ProductFoodError: ExplainedError, Equatable, Sendable {
    case unknownSKU(String)
    case unknownFood(sku: String, food: String)
    case noFoodTable

    public var explanation: BilingualText {
        switch self {
        case .unknownSKU(let sku):
            BilingualText(english: "there is no product with SKU \(sku)", spanish: "no hay ningún producto con el código \(sku)")
        case .unknownFood(let sku, let food):
            BilingualText(
                english: "\(sku): \"\(food)\" is not a food of the food table; choose one it lists",
                spanish: "\(sku): \"\(food)\" no es un alimento de la tabla de alimentos; elija uno de la lista")
        case .noFoodTable:
            BilingualText(
                english: "there is no food table yet; import it first (comal import foods catalogs/foods.csv)",
                spanish: "todavía no hay tabla de alimentos; impórtela primero (comal import foods catalogs/foods.csv)")
        }
    }
}

extension AppDatabase {
    /// Products no food is named for yet, of one supplier or all, by SKU.
    public func productsWithoutFood(supplier: Supplier.ID? = nil) throws -> [Product] {
        try read { db in
            var request = ProductRecord.select(ProductRecord.databaseSelection).filter(Column("food") == "").order(Column("sku"))
            if let supplier { request = request.filter(Column("supplierId") == supplier.rawValue) }
            return try Self.products(request.fetchAll(db), db)
        }
    }

    /// Names the food each product is (SKU → food id), all or nothing, audited; a product whose
    /// food a later import leaves empty keeps it.
    public func setProductFoods(_ foods: [String: Food.ID], actor: String, now: LocalDateTime) throws {
        guard let table = try self.foods() else { throw ProductFoodError.noFoodTable }
        for (sku, food) in foods.sorted(by: { $0.key < $1.key }) where table[food] == nil {
            throw ProductFoodError.unknownFood(sku: sku, food: food.rawValue)
        }
        try pool.write { db in
            for (sku, food) in foods.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "UPDATE product SET food = ? WHERE sku = ?", arguments: [food.rawValue, sku])
                guard db.changesCount == 1 else { throw ProductFoodError.unknownSKU(sku) }
                try Self.audit(db, at: now, actor: actor, window: nil, action: "product food", detail: "\(sku): \(food)")
            }
        }
    }
}
