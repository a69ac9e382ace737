import ComalCore
import Foundation
import ComalTestSupport
import Testing
@testable import ComalSheets

@Suite("Allocation workbook")
struct AllocationWorkbookTests {
    @Test func productsDownSitesAcrossWithHubToleranceAndShorts() async throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/" + SheetFileName.allocation
        try writeAllocation(try Fixture.consolidation(), sites: Fixture.sites(), language: .english, to: path)

        let book = try await XLSXReader.read(path)
        #expect(book.sheetNames == ["Allocation", "Savings", "Why"])
        let sheet = try #require(book.sheets["Allocation"])
        expectHeaderRow(
            sheet, row: 1,
            [
                "Supplier", "SKU", "Description", "Pack", "Bought (eaches)", "ESP-01", "LUN-02",
                "MON-03", "Hub stock", "Tolerance used", "Short at purchase", "Short at delivery",
            ])
        #expect(sheet.freezePanes == "F2")
        // Columns:            B        E   F(ESP) G(LUN) H(MON) I(hub) J(tol) K(short buy) L(short delivery)
        let expected: [(String, [Double?])] = [
            ("A100", [44, 22, 11, 7, 0, 0, 0, 4]),  // 44 bought, 4 short at delivery
            ("B200", [9, 4, 5, nil, 0, 0, 0, 0]),  // 1 case + 3 split eaches
            ("C300", [6, 3, nil, 3, 0, 0, 2, 0]),  // the partial case was not bought
            ("D400", [10, nil, 8, 2, 0, 1, 0, 0]),  // MON-03's tolerance filled the case
            ("E500", [0, 0, nil, nil, 0, 0, 2, 0]),  // dropped: below the minimum cases
        ]
        for (offset, (sku, numbers)) in expected.enumerated() {
            let row = offset + 2
            #expect(sheet["B\(row)"]?.text == sku)
            for (index, column) in ["E", "F", "G", "H", "I", "J", "K", "L"].enumerated() {
                #expect(sheet["\(column)\(row)"]?.number == numbers[index], "\(sku) \(column)\(row)")
            }
        }
        #expect(sheet["A2"]?.text == "Shamrock Foods")
        #expect(sheet["A5"]?.text == "Valley Produce")
        #expect(sheet["D4"]?.text == "6/#10 CN")
    }

    @Test func savingsPerSiteWithFormulasAndATotalRow() async throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/allocation.xlsx"
        try writeAllocation(try Fixture.consolidation(), sites: Fixture.sites(), language: .english, to: path)

        let sheet = try #require(try await XLSXReader.read(path).sheets["Savings"])
        expectHeaderRow(
            sheet, row: 1,
            [
                "Site", "Name", "Goods", "Delivery fees", "Cost with the alliance",
                "Cost buying alone", "Savings",
            ])
        let rows: [(String, String, [Double])] = [
            ("ESP-01", "Escuelita del Sol", [147.33, 13.06, 160.39, 205.00, 44.61]),
            ("LUN-02", "Casa Luna", [100.67, 15.15, 115.82, 150.00, 34.18]),
            ("MON-03", "Montessori de Taos", [59.00, 6.79, 65.79, 136.00, 70.21]),
        ]
        for (offset, (id, name, money)) in rows.enumerated() {
            let row = offset + 2
            #expect(sheet.texts(row: row) == [id, name])
            for (index, column) in ["C", "D", "E", "F", "G"].enumerated() {
                expectMoney(sheet, "\(column)\(row)", money[index])
            }
            expectFormula(sheet, "E\(row)", "=C\(row)+D\(row)", money[2])
            expectFormula(sheet, "G\(row)", "=F\(row)-E\(row)", money[4])
        }
        #expect(sheet["A5"]?.text == "Total")
        #expect(sheet["A5"]?.bold == true)
        for (column, total) in zip(["C", "D", "E", "F", "G"], [307.00, 35.00, 342.00, 491.00, 149.00]) {
            expectFormula(sheet, "\(column)5", "=SUM(\(column)2:\(column)4)", total)
            expectMoney(sheet, "\(column)5", total)
        }
    }

    @Test func whyListsEverySiteAndProductThatDiffersFromItsOrder() async throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/allocation.xlsx"
        try writeAllocation(try Fixture.consolidation(), sites: Fixture.sites(), language: .english, to: path)

        let sheet = try #require(try await XLSXReader.read(path).sheets["Why"])
        expectHeaderRow(
            sheet, row: 1,
            [
                "Site", "Name", "Supplier", "SKU", "Description", "Ordered", "Allocated",
                "Explanation",
            ])
        let rows: [(String, String, Double, Double, String)] = [
            ("ESP-01", "A100", 24, 22, "2 fewer: the delivery delivered short;"),
            (
                "ESP-01", "C300", 4, 3,
                "1 short: all sites together left 2 of a case of 6, and their tolerance of 1 could not fill it"
            ),
            ("ESP-01", "E500", 2, 0, "Not bought: the supplier sells at least 2 cases (4 each)"),
            ("LUN-02", "A100", 12, 11, "1 fewer: the delivery delivered short;"),
            ("MON-03", "A100", 8, 7, "1 fewer: the delivery delivered short;"),
            ("MON-03", "C300", 4, 3, "1 short: all sites together left 2"),
            (
                "MON-03", "D400", 1, 2,
                "Got 1 more than ordered, from your tolerance, so the alliance could buy a full case of 10."
            ),
        ]
        for (offset, (site, sku, ordered, allocated, explanation)) in rows.enumerated() {
            let row = offset + 2
            #expect(sheet["A\(row)"]?.text == site)
            #expect(sheet["D\(row)"]?.text == sku)
            #expect(sheet["F\(row)"]?.number == ordered)
            #expect(sheet["G\(row)"]?.number == allocated)
            #expect(sheet["H\(row)"]?.text?.hasPrefix(explanation) == true, "H\(row): \(sheet["H\(row)"]?.text ?? "")")
        }
        // Filled-as-ordered lines (rice) are not listed.
        #expect(sheet.cells.keys.filter { $0.hasPrefix("A") }.count == rows.count + 1)
        #expect(sheet.coordinate(ofText: "B200") == nil)
    }

    @Test func aSpanishAllocationWorkbookIsInSpanish() async throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/asignacion.xlsx"
        try writeAllocation(try Fixture.consolidation(), sites: Fixture.sites(), language: .spanish, to: path)

        let book = try await XLSXReader.read(path)
        #expect(book.sheetNames == ["Asignación", "Ahorros", "Explicaciones"])
        let allocation = try #require(book.sheets["Asignación"])
        expectHeaderRow(
            allocation, row: 1,
            [
                "Proveedor", "Código", "Descripción", "Empaque", "Comprado (unidades)",
                "ESP-01", "LUN-02", "MON-03", "Inventario del centro", "Tolerancia usada",
                "Faltante en la compra", "Faltante en la entrega",
            ])
        let savings = try #require(book.sheets["Ahorros"])
        #expect(
            savings.texts(row: 1) == [
                "Sitio", "Nombre", "Productos", "Cargos de entrega", "Costo con la alianza",
                "Costo comprando solo", "Ahorro",
            ])
        #expect(savings["A5"]?.text == "Total")
        let why = try #require(book.sheets["Explicaciones"])
        #expect(
            why["H8"]?.text
                == "Recibió 1 más de lo pedido, de su tolerancia, para que la alianza comprara una caja completa de 10.")
    }
}
