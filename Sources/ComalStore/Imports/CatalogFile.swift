import ComalCore

/// Reads a supplier catalog CSV without a database, for pages that need its label facts (allergens).
public enum CatalogFile {
    /// The file's products, checked exactly as `importCatalog` checks them; ids and supplier are 0.
    public static func products(csv: String, file: String) throws(ImportError) -> [Product] {
        let table = CSVTable(text: csv, file: file, columns: AppDatabase.catalogColumns)
        var problems = table.problems
        let entries = AppDatabase.parseCatalog(table, supplier: Supplier.ID(0), problems: &problems)
        try problems.throwIfAny()
        var products: [Product] = []
        for (line, entry) in entries {
            do {
                products.append(try entry.product.product(tiers: entry.tiers))
            } catch {
                problems.add(
                    line: line, column: nil,
                    (error as? any ExplainedError)?.explanation ?? BilingualText(english: "\(error)", spanish: "\(error)"))
            }
        }
        try problems.throwIfAny()
        return products
    }
}
