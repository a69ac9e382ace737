@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// Suppliers' own price lists, as they send them, imported with no hand edits.
@Suite struct SupplierCatalogTests {
    static func example(_ name: String) throws -> Data {
        try Data(contentsOf: ProcessRunner.packageRoot().appendingPathComponent("catalogs/order-guides/\(name)"))
    }

    static func supplier(_ fixture: StoreFixture, _ name: String = "High Desert Foodservice") throws -> Supplier {
        try fixture.database.addSupplier(name: name, deliveryFee: .zero, minimumOrder: .zero)
    }

    @Test func aBroadlineExportInWindows1252ImportsWithCatchWeightPricesAndStorage() throws {
        let fixture = try StoreFixture()
        let supplier = try Self.supplier(fixture)
        let file = SupplierFile(name: "high-desert.csv", data: try Self.example("high-desert-broadline.csv"))
        let summary = try fixture.database.importCatalog(file, supplier: supplier.id)
        #expect(summary.products.added == 25)
        let products = Dictionary(uniqueKeysWithValues: try fixture.database.products(supplier: supplier.id).map { ($0.sku, $0) })
        // 6/#10 CN: six cans; the H and T rows are not products.
        let beans = try #require(products["4172635"])
        #expect(beans.pack.eachesPerCase == 6 && beans.pack.description == "6/#10 CN" && beans.casePrice == Money(cents: 3845))
        #expect(beans.brand == "Casa Solana" && beans.storage == .dry && beans.food.isEmpty && !beans.isCatchWeight)
        // Pack 1, Size 113, Unit CT: one count inner is that many eaches.
        #expect(products["6604489"]?.pack.eachesPerCase == 113)
        #expect(products["6604471"]?.pack.eachesPerCase == 4)
        // Split $ is the each price.
        #expect(products["6600318"]?.eachPrice == Money(cents: 815))
        // Catch weight: $3.49/lb × 20.5 lb = $71.545, rounded half up.
        let cheddar = try #require(products["1107730"])
        #expect(cheddar.casePrice == Money(cents: 7155) && cheddar.isCatchWeight && cheddar.storage == .cold)
        #expect(products["3340921"]?.casePrice == Money(cents: 11560))
        // Cat FROZ is frozen, PRODUCE and MEAT cold, BAKERY (no word for it) dry.
        #expect(products["9903318"]?.storage == .frozen)
        #expect(products["8802013"]?.storage == .cold && products["3341207"]?.storage == .cold)
        #expect(products["6604471"]?.storage == .dry)
        // Windows-1252's ñ read as ñ.
        #expect(products["8802120"]?.description == "PEPPER, JALAPEÑO FRESH")
    }

    @Test func anOrderGuideWorkbookImportsWithSectionsAndPricesPerPound() throws {
        let fixture = try StoreFixture()
        let supplier = try Self.supplier(fixture, "Valle Verde Distributors")
        let file = SupplierFile(name: "valle-verde.xlsx", data: try Self.example("valle-verde-order-guide.xlsx"))
        let summary = try fixture.database.importCatalog(file, supplier: supplier.id)
        #expect(summary.products.added == 22, "title, customer, section and footer rows are not products")
        let products = Dictionary(uniqueKeysWithValues: try fixture.database.products(supplier: supplier.id).map { ($0.sku, $0) })
        #expect(products["2041187"]?.pack.description == "12/42 OZ" && products["2041187"]?.casePrice == Money(cents: 4175))
        #expect(products["2041310"]?.pack.description == "6/#10 CN" && products["2041310"]?.storage == .dry)
        #expect(products["3100612"]?.pack.eachesPerCase == 15 && products["3100612"]?.storage == .cold)
        #expect(products["2041528"]?.pack.eachesPerCase == 100, "1/100/CT is a hundred pieces")
        #expect(products["2041455"]?.pack.eachesPerCase == 150)
        #expect(products["4200402"]?.storage == .frozen && products["5300145"]?.storage == .cold)
        // Unit LB: $3.29 a pound × an average case of 30 lb.
        let jack = try #require(products["3100508"])
        #expect(jack.casePrice == Money(cents: 9870) && jack.isCatchWeight && jack.brand == "Queso Sierra")
        #expect(products["2041471"]?.brand == "Chimayó Gold")
    }

    @Test func aPriceSheetOfItsOwnShapeImportsThroughAMappingFile() throws {
        let fixture = try StoreFixture()
        let supplier = try Self.supplier(fixture, "Pueblo Bakery")
        let mappingText = String(decoding: try Self.example("pueblo-bakery.mapping.yaml"), as: UTF8.self)
        let mapping = try CatalogMapping.parse(yaml: mappingText, file: "pueblo-bakery.mapping.yaml")
        let file = SupplierFile(name: "pueblo-bakery.csv", data: try Self.example("pueblo-bakery.csv"))
        // Its shape is none Comal knows without the mapping.
        #expect(throws: ImportError.self) { try fixture.database.importCatalog(file, supplier: supplier.id) }
        #expect(try fixture.count("product") == 0)
        let summary = try fixture.database.importCatalog(file, supplier: supplier.id, layout: .mapping(mapping))
        #expect(summary.products.added == 8)
        let products = Dictionary(uniqueKeysWithValues: try fixture.database.products(supplier: supplier.id).map { ($0.sku, $0) })
        #expect(products["PB-215"]?.storage == .frozen && products["PB-101"]?.storage == .dry)
        #expect(products["PB-410"]?.allergens == [.wheat, .egg, .milk])
        #expect(products["PB-210"]?.pack.eachesPerCase == 8 && products["PB-210"]?.eachPrice == Money(cents: 305))
        // Stored with the supplier, the next week's file needs no option.
        _ = try fixture.database.setCatalogLayout(supplier: supplier.id, layout: nil, mapping: (mappingText, "pueblo-bakery.mapping.yaml"))
        #expect(try fixture.database.supplier(named: "Pueblo Bakery")?.catalogLayout == .mapping)
        #expect(try fixture.database.importCatalog(file, supplier: supplier.id).products.unchanged == 8)
    }

    @Test func eachLayoutIsRecognisedByItsShapeAndAnUnknownShapeIsRefused() throws {
        let comal = SupplierFile(name: "c.csv", text: Fixtures.catalogCSV)
        #expect(try CatalogReading.recognise(comal) == .comal)
        #expect(try CatalogReading.recognise(SupplierFile(name: "b.csv", data: try Self.example("high-desert-broadline.csv"))) == .broadlineCSV)
        #expect(try CatalogReading.recognise(SupplierFile(name: "g.xlsx", data: try Self.example("valle-verde-order-guide.xlsx"))) == .orderGuideXLSX)
        let error = try #require(throws: ImportError.self) {
            try CatalogReading.recognise(SupplierFile(name: "p.csv", data: try Self.example("pueblo-bakery.csv")))
        }
        #expect(error.problems.first?.message.english.contains("--mapping") == true)
    }

    @Test func aBadCellIsNamedBySheetCellAndColumnAndNothingIsImported() throws {
        let fixture = try StoreFixture()
        let supplier = try Self.supplier(fixture, "Valle Verde Distributors")
        let rows = [
            ["Valle Verde Distributors"],
            ["Product #", "Description", "Pack Size", "Brand", "Avg", "Price", "Unit"],
            ["", "DRY GROCERY"],
            ["2041187", "Oats, quick rolled", "12/42/OZ", "Trigal", "", "41.75", "CS"],
            ["2041203", "Beans, pinto dry", "1/5O/LB", "Frijolera", "", "46.20", "CS"],
            ["", "DAIRY"],
            ["3100508", "Cheese, Monterey Jack", "6/5/LB", "Queso Sierra", "", "3.29", "LB"],
            ["3100509", "Cheese, cheddar", "6/5/LB", "Queso Sierra", "30", "3.29", "KG"],
        ]
        let file = SupplierFile(name: "guide.xlsx", data: try TestWorkbook.data(sheet: "Guide", rows: rows))
        let error = try #require(throws: ImportError.self) {
            try fixture.database.importCatalog(file, supplier: supplier.id, layout: .layout(.orderGuideXLSX))
        }
        let texts = error.problems.map(\.description)
        #expect(texts.contains { $0.hasPrefix("guide.xlsx: Guide!C5, column Pack Size: ") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("guide.xlsx: Guide!E7, column Avg: ") }, "a price per pound needs a weight: \(texts)")
        #expect(texts.contains { $0.hasPrefix("guide.xlsx: Guide!G8, column Unit: ") }, "\(texts)")
        #expect(error.problems.count == 3)
        #expect(try fixture.count("product") == 0)
    }

    @Test func aSKUAnotherSupplierSellsIsNamedByItsCell() throws {
        let fixture = try StoreFixture()
        let first = try Self.supplier(fixture, "Valle Verde Distributors")
        _ = try fixture.database.importCatalog(
            SupplierFile(name: "valle-verde.xlsx", data: try Self.example("valle-verde-order-guide.xlsx")), supplier: first.id)
        let second = try Self.supplier(fixture, "Sierra Foods")
        let rows = [
            ["Product #", "Description", "Pack Size", "Brand", "Avg", "Price", "Unit"],
            ["", "DAIRY"],
            ["2041187", "Oats, quick rolled", "12/42/OZ", "Trigal", "", "41.75", "CS"],
        ]
        let error = try #require(throws: ImportError.self) {
            try fixture.database.importCatalog(
                SupplierFile(name: "sierra.xlsx", data: try TestWorkbook.data(sheet: "Guide", rows: rows)), supplier: second.id)
        }
        #expect(error.problems.map(\.description) == [
            "sierra.xlsx: Guide!A3, column Product #: \"2041187\" is already sold by Valle Verde Distributors; orders name SKUs only, so each SKU belongs to one supplier"
        ])
    }

    @Test func aSectionWithoutAStorageAsksForAMappingThatExtendsTheLayout() throws {
        let fixture = try StoreFixture()
        let supplier = try Self.supplier(fixture, "Valle Verde Distributors")
        let rows = [
            ["Product #", "Description", "Pack Size", "Brand", "Avg", "Price", "Unit"],
            ["", "BAKERY"],
            ["6100010", "Bread, whole wheat sliced", "12/24/OZ", "Sol de Taos", "", "38.40", "CS"],
            ["6100011", "Buns, whole wheat", "8/12/CT", "Sol de Taos", "", "24.00", "CS"],
        ]
        let file = SupplierFile(name: "guide.xlsx", data: try TestWorkbook.data(sheet: "Guide", rows: rows))
        let error = try #require(throws: ImportError.self) { try fixture.database.importCatalog(file, supplier: supplier.id) }
        #expect(error.problems.count == 1, "one problem for the section, not one per product: \(error.problems)")
        #expect(error.problems.first?.cell == "Guide!B2")
        #expect(error.problems.first?.message.english.contains("BAKERY: dry") == true)
        let mapping = try CatalogMapping.parse(yaml: "layout: order-guide-xlsx\nstorage:\n  Bakery: dry\n", file: "m.yaml")
        #expect(try fixture.database.importCatalog(file, supplier: supplier.id, layout: .mapping(mapping)).products.added == 2)
        #expect(try fixture.database.product(sku: "6100011")?.pack.eachesPerCase == 8)
    }

    @Test func aMappingFileProblemNamesItsLineAndKey() throws {
        let unknownKey = try #require(throws: MenuInputError.self) {
            try CatalogMapping.parse(yaml: "columns:\n  sku: Item\n  price: Cost\n", file: "m.yaml")
        }
        #expect(unknownKey.description.hasPrefix("m.yaml:3: columns unknown key \"price\""), "\(unknownKey)")
        let missing = try #require(throws: MenuInputError.self) {
            try CatalogMapping.parse(yaml: "columns:\n  sku: Item\n  description: Name\n", file: "m.yaml")
        }
        #expect(missing.description.contains("case_price, count, size, unit"), "\(missing)")
        let storage = try #require(throws: MenuInputError.self) {
            try CatalogMapping.parse(yaml: "layout: broadline-csv\nstorage: {ICE: chilly}\n", file: "m.yaml")
        }
        #expect(storage.description.contains("dry, cold, frozen"), "\(storage)")
    }

    @Test func aReimportKeepsTheFoodTheBuyerMappedAndEveryPriceWithItsDay() throws {
        let fixture = try StoreFixture()
        let supplier = try Self.supplier(fixture)
        let file = SupplierFile(name: "high-desert.csv", data: try Self.example("high-desert-broadline.csv"))
        let monday = CalendarDate(year: 2026, month: 11, day: 30)!
        _ = try fixture.database.importCatalog(file, supplier: supplier.id, on: monday)
        try fixture.database.pool.write { db in try db.execute(sql: "UPDATE product SET food = 'pinto_beans' WHERE sku = '4172635'") }
        let text = try #require(String(data: try Self.example("high-desert-broadline.csv"), encoding: .windowsCP1252))
        let bytes = try #require(text.replacingOccurrences(of: "$38.45", with: "$39.10").data(using: .windowsCP1252))
        let later = SupplierFile(name: "high-desert-dec.csv", data: bytes)
        let summary = try fixture.database.importCatalog(later, supplier: supplier.id, on: CalendarDate(dayNumber: monday.dayNumber + 7))
        #expect(summary.products.updated == 1 && summary.products.unchanged == 24)
        let beans = try #require(try fixture.database.product(sku: "4172635"))
        #expect(beans.food == "pinto_beans" && beans.casePrice == Money(cents: 3910))
        let history = try fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT recordedOn, casePriceCents FROM productPrice WHERE productId = ? ORDER BY recordedOn", arguments: [beans.id.rawValue])
                .map { "\($0[0] as String) \($0[1] as Int)" }
        }
        #expect(history == ["2026-11-30 3845", "2026-12-07 3910"])
        #expect(try fixture.count("productPrice") == 26)
    }

    @Test func aFileThatIsNotAWorkbookOrInflatesTooFarIsRefusedPlainly() throws {
        let fixture = try StoreFixture()
        let supplier = try Self.supplier(fixture, "Valle Verde Distributors")
        var garbage = Data([0x50, 0x4B, 0x03, 0x04])
        garbage.append(Data(repeating: 0x41, count: 500))
        let error = try #require(throws: ImportError.self) {
            try fixture.database.importCatalog(SupplierFile(name: "guide.xlsx", data: garbage), supplier: supplier.id)
        }
        #expect(error.problems.first?.message.english.contains("is not an .xlsx workbook") == true)
        // A sheet part that inflates past the limit: a few kilobytes compressed.
        let padding = String(repeating: " ", count: WorkbookReader.largestPart + 1)
        let bomb = try TestWorkbook.data(rows: [["a"]], extraParts: ["xl/worksheets/sheet1.xml": "<worksheet>\(padding)</worksheet>"])
        #expect(bomb.count < 1_000_000)
        let refused = try #require(throws: ImportError.self) {
            try fixture.database.importCatalog(SupplierFile(name: "bomb.xlsx", data: bomb), supplier: supplier.id, layout: .layout(.orderGuideXLSX))
        }
        #expect(refused.problems.first?.message.english.contains("unpacks to more than") == true)
    }
}
