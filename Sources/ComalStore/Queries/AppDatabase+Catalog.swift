import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    static let catalogColumns = [
        "sku", "description", "pack", "case_price", "each_price", "tiers", "storage", "food",
        "allergens", "min_cases",
    ]

    /// Adds a supplier's catalog, or updates it by SKU, all or nothing.
    ///
    /// Products the file no longer lists are kept, because open orders may name them; the summary
    /// counts them so that the buyer can ask the supplier.
    public func importCatalog(csv: String, file: String, supplier: Supplier.ID) throws -> CatalogImportSummary {
        let table = CSVTable(text: csv, file: file, columns: Self.catalogColumns)
        return try pool.write { db in
            let (lines, existing, existingTiers) = try Self.checkedCatalog(db, table, supplier: supplier)
            var summary = ImportSummary()
            for (_, var entry) in lines {
                if let old = existing[entry.product.sku] {
                    entry.product.id = old.id
                    let oldTiers = (existingTiers[old.id ?? 0] ?? []).map(\.tier)
                    guard old != entry.product || oldTiers != entry.tiers else { summary.unchanged += 1; continue }
                    try entry.product.update(db)
                    try PriceTierRecord.filter(Column("productId") == old.id).deleteAll(db)
                    summary.updated += 1
                } else {
                    try entry.product.insert(db)
                    summary.added += 1
                }
                for tier in entry.tiers {
                    try PriceTierRecord(
                        productId: entry.product.id!, minimumCases: tier.minimumCases,
                        casePriceCents: tier.casePrice.cents
                    ).insert(db)
                }
            }
            let listed = Set(lines.map(\.1.product.sku))
            let notInFile = existing.values.filter { $0.supplierId == supplier.rawValue && !listed.contains($0.sku) }.count
            return CatalogImportSummary(products: summary, notInFile: notInFile)
        }
    }

    /// Every product with its tiers, of one supplier or all, by SKU.
    public func products(supplier: Supplier.ID? = nil) throws -> [Product] {
        try read { db in
            var request = ProductRecord.order(Column("sku"))
            if let supplier { request = request.filter(Column("supplierId") == supplier.rawValue) }
            return try Self.products(request.fetchAll(db), db)
        }
    }

    /// The product with this SKU, if any catalog lists it.
    public func product(sku: String) throws -> Product? {
        try read { db in
            try Self.products(ProductRecord.filter(Column("sku") == sku).fetchAll(db), db).first
        }
    }

    /// Products from their records, each with its current tiers: the tiers of these products only,
    /// so an order line or a site's order does not read the whole catalog's.
    static func products(_ records: [ProductRecord], _ db: Database) throws -> [Product] {
        let (condition, arguments) = ProductSelection.ids(Set(records.compactMap(\.id))).condition("productId")
        let tiers = try tiersByProduct(
            db, sql: "SELECT productId, minimumCases, casePriceCents FROM priceTier WHERE \(condition) ORDER BY minimumCases",
            arguments: arguments)
        return try records.map { try $0.product(tiers: tiers[$0.id ?? 0] ?? []) }
    }

    /// Price tiers by product from `sql`, which selects product id, minimum cases and case price in
    /// that order: read from the cursor by position, since a copied row finds a column by name by
    /// lowercasing every column's.
    static func tiersByProduct(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Int64: [PriceTier]] {
        var tiers: [Int64: [PriceTier]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            tiers[row[0], default: []].append(PriceTier(minimumCases: row[1], casePrice: Money(cents: row[2])))
        }
        return tiers
    }

    /// The valid lines of a catalog file for `supplier`, with every product and tier stored now;
    /// throws every problem of the file, including a SKU another supplier sells.
    static func checkedCatalog(_ db: Database, _ table: CSVTable, supplier: Supplier.ID) throws -> (
        lines: [(Int, CatalogEntry)], existing: [String: ProductRecord], existingTiers: [Int64: [PriceTierRecord]]
    ) {
        guard try SupplierRecord.exists(db, key: supplier.rawValue) else { throw StoreError.unknownSupplier(supplier) }
        let existing = Dictionary(uniqueKeysWithValues: try ProductRecord.fetchAll(db).map { ($0.sku, $0) })
        let existingTiers = Dictionary(
            grouping: try PriceTierRecord.order(Column("minimumCases")).fetchAll(db),
            by: \.productId)
        let supplierNames = Dictionary(uniqueKeysWithValues: try SupplierRecord.fetchAll(db).map { ($0.id ?? 0, $0.name) })
        var problems = table.problems
        let lines = Self.parseCatalog(table, supplier: supplier, problems: &problems)
        for (line, entry) in lines {
            if let other = existing[entry.product.sku], other.supplierId != supplier.rawValue {
                problems.add(
                    line: line, column: "sku",
                    "\"\(entry.product.sku)\" is already sold by \(supplierNames[other.supplierId] ?? "another supplier"); orders name SKUs only, so each SKU belongs to one supplier",
                    "\"\(entry.product.sku)\" ya lo vende \(supplierNames[other.supplierId] ?? "otro proveedor"); los pedidos nombran solo códigos, así que cada código pertenece a un proveedor"
                )
            }
        }
        try problems.throwIfAny()
        return (lines, existing, existingTiers)
    }

    /// A catalog line read from the file, ready to store.
    struct CatalogEntry {
        var product: ProductRecord
        var tiers: [PriceTier]
    }

    /// The valid lines of a catalog file with their line numbers; every invalid field goes to `problems`.
    static func parseCatalog(
        _ table: CSVTable, supplier: Supplier.ID,
        problems: inout ImportProblems
    ) -> [(Int, CatalogEntry)] {
        var entries: [(Int, CatalogEntry)] = []
        var firstLines = FirstLines(column: "sku", thing: ("SKU", "código"))
        for row in table.rows {
            let sku = problems.text(row, "sku")
            firstLines.note(sku, at: row, &problems)
            let description = problems.text(row, "description")
            var pack: Pack?
            do {
                pack = try Pack(supplierNotation: row["pack"])
            } catch {
                problems.add(line: row.line, column: "pack", error.explanation)
            }
            let casePrice = problems.price(row, "case_price")
            let eachPrice = row["each_price"].isEmpty ? nil : problems.price(row, "each_price")
            let tiers = parseTiers(row, problems: &problems)
            let storage = problems.choice(row, "storage", Product.Storage.self)
            let food = problems.text(row, "food")
            let allergens = parseAllergens(row, problems: &problems)
            let minimumCases = problems.integer(row, "min_cases", largest: SiteOrderLine.largestQuantity, emptyValue: 0)
            guard let sku, let description, let pack, let casePrice, row["each_price"].isEmpty || eachPrice != nil,
                let tiers, let storage, let food, let allergens, let minimumCases
            else { continue }
            let record = ProductRecord(
                id: nil, supplierId: supplier.rawValue, sku: sku, description: description,
                pack: pack.description, casePriceCents: casePrice.cents,
                eachPriceCents: eachPrice?.cents, storage: storage, food: food,
                allergens: allergens.map(\.rawValue).joined(separator: ";"), minimumCases: minimumCases)
            entries.append((row.line, CatalogEntry(product: record, tiers: tiers)))
        }
        return entries
    }

    /// `10:27.50;25:26.10`: from 10 cases $27.50 a case, from 25 cases $26.10; empty for no tiers.
    private static func parseTiers(_ row: CSVTable.Row, problems: inout ImportProblems) -> [PriceTier]? {
        let text = row["tiers"]
        var tiers: [PriceTier] = []
        for part in text.split(separator: ";", omittingEmptySubsequences: false) where !text.isEmpty {
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count == 2, pieces[0].allSatisfy({ $0.isASCII && $0.isNumber }), let cases = Int(pieces[0]),
                (1...SiteOrderLine.largestQuantity).contains(cases), let price = Money(dollars: String(pieces[1])), price > .zero,
                price <= Product.largestPrice
            else {
                problems.add(
                    line: row.line, column: "tiers",
                    "\"\(part)\" is not a tier; write MIN_CASES:CASE_PRICE separated by ;, like 10:27.50;25:26.10",
                    "\"\(part)\" no es un precio por volumen; escriba CAJAS_MÍNIMAS:PRECIO_POR_CAJA separados por ;, como 10:27.50;25:26.10"
                )
                return nil
            }
            if let last = tiers.last, cases <= last.minimumCases {
                problems.add(
                    line: row.line, column: "tiers",
                    "tiers must go up in cases, but \(cases) comes after \(last.minimumCases)",
                    "los precios por volumen deben subir en cajas, pero \(cases) viene después de \(last.minimumCases)")
                return nil
            }
            tiers.append(PriceTier(minimumCases: cases, casePrice: price))
        }
        return tiers
    }

    /// `milk;wheat`: allergen names separated by `;`; empty for none.
    private static func parseAllergens(_ row: CSVTable.Row, problems: inout ImportProblems) -> [Allergen]? {
        var allergens: [Allergen] = []
        for name in row["allergens"].split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let allergen = Allergen(rawValue: name) else {
                problems.add(
                    line: row.line, column: "allergens",
                    "\"\(name)\" is not an allergen; use \(Allergen.allCases.map(\.rawValue).joined(separator: ", ")) separated by ;",
                    "\"\(name)\" no es un alérgeno; use \(Allergen.allCases.map(\.rawValue).joined(separator: ", ")) separados por ;"
                )
                return nil
            }
            if !allergens.contains(allergen) { allergens.append(allergen) }
        }
        return allergens
    }
}
