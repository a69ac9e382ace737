import ComalCore
import ComalStore
import Foundation

/// What the buyer's supplier and site pages read and change.
protocol SupplierRepository: Sendable {
    func suppliers() throws -> [Supplier]
    func addSupplier(name: String, deliveryFee: Money, minimumOrder: Money) throws -> Supplier
    func setCatalogLayout(supplier: Supplier.ID, layout: CatalogLayout?, mapping: (text: String, file: String)?) throws -> Supplier
    func products(supplier: Supplier.ID?) throws -> [Product]
    func productCounts() throws -> [Supplier.ID: Int]
    func catalogChanges(_ file: SupplierFile, supplier: Supplier.ID, layout: CatalogLayoutChoice) throws -> CatalogChanges
    func importCatalog(
        _ file: SupplierFile, supplier: Supplier.ID, layout: CatalogLayoutChoice, on day: CalendarDate?
    ) throws -> CatalogImportSummary
    func sites() throws -> [Site]
    func importSites(csv: String, file: String) throws -> ImportSummary
    func localDateTime(at instant: Date) throws -> LocalDateTime
    func productsWithoutFood(supplier: Supplier.ID?) throws -> [Product]
    func priceHistory(supplier: Supplier.ID) throws -> [String: [PriceOnDay]]
    func foods() throws -> [Food.ID: Food]?
    func setProductFoods(_ foods: [String: Food.ID], actor: String, now: LocalDateTime) throws
    func importFoods(csv: String, file: String, now: LocalDateTime, actor: String) throws -> Int
}

extension AppDatabase: SupplierRepository {}
