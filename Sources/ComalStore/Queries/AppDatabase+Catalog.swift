import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    static let catalogColumns = [
        "sku", "description", "pack", "case_price", "each_price", "tiers", "storage", "food",
        "allergens", "min_cases",
    ]

    /// Adds a supplier's catalog in Comal's columns, or updates it by SKU, all or nothing.
    public func importCatalog(csv: String, file: String, supplier: Supplier.ID) throws -> CatalogImportSummary {
        try importCatalog(SupplierFile(name: file, text: csv), supplier: supplier, layout: .layout(.comal))
    }

    /// Adds a supplier's catalog from a file in any layout, or updates it by SKU, all or nothing;
    /// each new price is kept in the price history as of `day` (today in UTC when nil).
    ///
    /// Products the file no longer lists are kept, because open orders may name them; the summary
    /// counts them, and names the sites ordering one that is gone or repacked, so that the buyer can
    /// ask the supplier and tell the sites. A product the file gives no food keeps the food the
    /// buyer mapped it to.
    public func importCatalog(
        _ file: SupplierFile, supplier: Supplier.ID, layout: CatalogLayoutChoice = .supplierDefault, on day: CalendarDate? = nil
    ) throws -> CatalogImportSummary {
        let stored = try read { db in try SupplierRecord.fetchOne(db, key: supplier.rawValue) }
        let table = try CatalogReading.table(file, choice: layout, stored: stored)
        return try pool.write { db in
            let checked = try Self.checkedCatalog(db, table, supplier: supplier)
            let changes = try Self.changes(db, checked, supplier: supplier)
            var summary = ImportSummary()
            for (_, var entry) in checked.lines {
                if let old = checked.existing[entry.product.sku] {
                    entry.product.id = old.id
                    let oldTiers = (checked.existingTiers[old.id ?? 0] ?? []).map(\.tier)
                    guard old != entry.product || oldTiers != entry.tiers else { summary.unchanged += 1; continue }
                    try entry.product.update(db)
                    try PriceTierRecord.filter(Column("productId") == old.id).deleteAll(db)
                    summary.updated += 1
                    if old.casePriceCents != entry.product.casePriceCents || old.eachPriceCents != entry.product.eachPriceCents {
                        try Self.recordPrice(db, entry.product, on: day)
                    }
                } else {
                    try entry.product.insert(db)
                    summary.added += 1
                    try Self.recordPrice(db, entry.product, on: day)
                }
                for tier in entry.tiers {
                    try PriceTierRecord(
                        productId: entry.product.id!, minimumCases: tier.minimumCases,
                        casePriceCents: tier.casePrice.cents
                    ).insert(db)
                }
            }
            return CatalogImportSummary(products: summary, notInFile: changes.gone.count, changes: changes)
        }
    }

    /// Keeps a product's price as of `day`; a second import the same day replaces that day's price.
    private static func recordPrice(_ db: Database, _ product: ProductRecord, on day: CalendarDate?) throws {
        try db.execute(
            sql: """
                INSERT INTO productPrice (productId, recordedOn, casePriceCents, eachPriceCents)
                VALUES (?, COALESCE(?, date('now')), ?, ?)
                ON CONFLICT (productId, recordedOn) DO UPDATE SET
                    casePriceCents = excluded.casePriceCents, eachPriceCents = excluded.eachPriceCents
                """, arguments: [product.id, day?.description, product.casePriceCents, product.eachPriceCents])
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

    /// A catalog file's valid lines for a supplier, beside every product and tier stored now.
    struct CheckedCatalog {
        var lines: [(Int, CatalogEntry)]
        var existing: [String: ProductRecord]
        var existingTiers: [Int64: [PriceTierRecord]]
    }

    /// The valid lines of a catalog file for `supplier`, with every product and tier stored now;
    /// throws every problem of the file, including a SKU another supplier sells. A line without a
    /// food takes the food of the product it updates.
    static func checkedCatalog(_ db: Database, _ reading: CatalogReading.Table, supplier: Supplier.ID) throws -> CheckedCatalog {
        let table = reading.table
        guard try SupplierRecord.exists(db, key: supplier.rawValue) else { throw StoreError.unknownSupplier(supplier) }
        let existing = Dictionary(uniqueKeysWithValues: try ProductRecord.fetchAll(db).map { ($0.sku, $0) })
        let existingTiers = Dictionary(
            grouping: try PriceTierRecord.order(Column("minimumCases")).fetchAll(db),
            by: \.productId)
        let supplierNames = Dictionary(uniqueKeysWithValues: try SupplierRecord.fetchAll(db).map { ($0.id ?? 0, $0.name) })
        var problems = table.problems
        var lines = Self.parseCatalog(table, supplier: supplier, foodRequired: reading.foodRequired, problems: &problems)
        for index in lines.indices where lines[index].1.product.food.isEmpty {
            lines[index].1.product.food = existing[lines[index].1.product.sku]?.food ?? ""
        }
        // A workbook's problem names its cell: the row, with its fields' places, by line.
        let rows = Dictionary(table.rows.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        for (line, entry) in lines {
            if let other = existing[entry.product.sku], other.supplierId != supplier.rawValue, let row = rows[line] {
                problems.add(
                    row, "sku",
                    "\"\(entry.product.sku)\" is already sold by \(supplierNames[other.supplierId] ?? "another supplier"); orders name SKUs only, so each SKU belongs to one supplier",
                    "\"\(entry.product.sku)\" ya lo vende \(supplierNames[other.supplierId] ?? "otro proveedor"); los pedidos nombran solo códigos, así que cada código pertenece a un proveedor"
                )
            }
        }
        try problems.throwIfAny()
        return CheckedCatalog(lines: lines, existing: existing, existingTiers: existingTiers)
    }

    /// A catalog line read from the file, ready to store.
    struct CatalogEntry {
        var product: ProductRecord
        var tiers: [PriceTier]
    }

    /// The valid lines of a catalog file with their line numbers; every invalid field goes to `problems`.
    /// A supplier's order guide names no foods (`foodRequired` false); Comal's catalog columns do.
    static func parseCatalog(
        _ table: CSVTable, supplier: Supplier.ID, foodRequired: Bool = true,
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
                problems.add(row, "pack", error.explanation)
            }
            let isCatchWeight = row["per_pound"] == "Y"
            let terms = isCatchWeight ? catchWeightTerms(row, problems: &problems) : nil
            let casePrice = isCatchWeight ? terms?.casePrice : problems.price(row, "case_price")
            let eachPrice = row["each_price"].isEmpty ? nil : problems.price(row, "each_price")
            let tiers = parseTiers(row, problems: &problems)
            let storage = problems.choice(row, "storage", Product.Storage.self)
            let food = foodRequired || !row["food"].isEmpty ? problems.text(row, "food") : ""
            let allergens = parseAllergens(row, problems: &problems)
            let minimumCases = problems.integer(row, "min_cases", largest: SiteOrderLine.largestQuantity, emptyValue: 0)
            guard let sku, let description, let pack, let casePrice, row["each_price"].isEmpty || eachPrice != nil,
                let tiers, let storage, let food, let allergens, let minimumCases
            else { continue }
            let record = ProductRecord(
                id: nil, supplierId: supplier.rawValue, sku: sku, description: description,
                pack: pack.description, casePriceCents: casePrice.cents,
                eachPriceCents: eachPrice?.cents, storage: storage, food: food,
                allergens: allergens.map(\.rawValue).joined(separator: ";"), minimumCases: minimumCases,
                brand: row["brand"], catchWeight: isCatchWeight, pricePerPoundCents: terms?.perPound.cents,
                caseWeight: terms.map { "\($0.pounds)" })
            entries.append((row.line, CatalogEntry(product: record, tiers: tiers)))
        }
        return entries
    }

    /// A catch-weight case's terms and price: the price per pound in `case_price` times the pounds
    /// in `case_weight`, rounded half up to the cent.
    private static func catchWeightTerms(_ row: CSVTable.Row, problems: inout ImportProblems) -> (
        perPound: Money, pounds: Decimal, casePrice: Money
    )? {
        guard let perPound = problems.price(row, "case_price") else { return nil }
        let text = row["case_weight"]
        guard let pounds = OnHandReader.amount(text), pounds > 0, pounds <= CatchWeight.largestCaseWeight.amount
        else {
            problems.add(
                row, "case_weight",
                "\"\(text)\" is not a case weight in pounds above zero and at most \(CatchWeight.largestCaseWeight.amount); a price per pound needs the case's net or average weight",
                "\"\(text)\" no es un peso por caja en libras mayor que cero y de \(CatchWeight.largestCaseWeight.amount) como máximo; un precio por libra necesita el peso neto o promedio de la caja"
            )
            return nil
        }
        guard let price = CatchWeight.casePrice(perPound: perPound, caseWeight: Quantity(pounds, .pound)) else {
            problems.add(
                row, "case_price",
                "\(perPound.formatted) a pound × \(text) lb is more than \(Product.largestPrice.formatted) a case",
                "\(perPound.formatted) la libra × \(text) lb es más de \(Product.largestPrice.formatted) por caja")
            return nil
        }
        return (perPound, pounds, price)
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
                    row, "tiers",
                    "\"\(part)\" is not a tier; write MIN_CASES:CASE_PRICE separated by ;, like 10:27.50;25:26.10",
                    "\"\(part)\" no es un precio por volumen; escriba CAJAS_MÍNIMAS:PRECIO_POR_CAJA separados por ;, como 10:27.50;25:26.10"
                )
                return nil
            }
            if let last = tiers.last, cases <= last.minimumCases {
                problems.add(
                    row, "tiers",
                    "tiers must go up in cases, but \(cases) comes after \(last.minimumCases)",
                    "los precios por volumen deben subir en cajas, pero \(cases) viene después de \(last.minimumCases)")
                return nil
            }
            tiers.append(PriceTier(minimumCases: cases, casePrice: price))
        }
        return tiers
    }

    /// `milk;wheat`: allergen names separated by `;` (or `,` and `/`, as suppliers list them, with
    /// their spellings: `Eggs`, `Tree Nuts`, `Soybeans`); empty for none.
    private static func parseAllergens(_ row: CSVTable.Row, problems: inout ImportProblems) -> [Allergen]? {
        var allergens: [Allergen] = []
        let names = row["allergens"].split { $0 == ";" || $0 == "," || $0 == "/" }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        for name in names {
            guard let allergen = Allergen(rawValue: name) ?? Allergen(supplierWord: name) else {
                problems.add(
                    row, "allergens",
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

/// A price a product had from a day on, as imported.
public struct PriceOnDay: Hashable, Sendable {
    public var day: CalendarDate
    public var casePrice: Money
    public var eachPrice: Money?
}

extension AppDatabase {
    /// Each product's prices of a supplier by SKU, oldest first, for the products whose price has
    /// changed since Comal first knew it.
    public func priceHistory(supplier: Supplier.ID) throws -> [String: [PriceOnDay]] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT product.sku, productPrice.recordedOn, productPrice.casePriceCents, productPrice.eachPriceCents
                    FROM productPrice JOIN product ON product.id = productPrice.productId
                    WHERE product.supplierId = ? ORDER BY product.sku, productPrice.recordedOn
                    """, arguments: [supplier.rawValue])
            var history: [String: [PriceOnDay]] = [:]
            for row in rows {
                let text: String = row[1]
                guard let day = CalendarDate(parsing: text) else {
                    throw StoreError.unreadableStoredValue(table: "productPrice", column: "recordedOn", value: text)
                }
                history[row[0], default: []].append(
                    PriceOnDay(day: day, casePrice: Money(cents: row[2]), eachPrice: (row[3] as Int?).map(Money.init(cents:))))
            }
            return history.filter { $0.value.count > 1 }
        }
    }
}
