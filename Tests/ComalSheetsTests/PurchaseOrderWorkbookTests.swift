import ComalCore
import Foundation
import ComalTestSupport
import Testing
@testable import ComalSheets

@Suite("Purchase order workbook")
struct PurchaseOrderWorkbookTests {
    @Test func theFixtureConsolidatesAsWorkedOutByHand() throws {
        let consolidation = try Fixture.consolidation()
        #expect(consolidation.purchases.map(\.goodsTotal) == [Money(cents: 28200), Money(cents: 2500)])
        #expect(consolidation.invoices.map(\.total) == [Money(cents: 15139), Money(cents: 11132), Money(cents: 6129)])
        #expect(consolidation.invoices.map(\.savings) == [Money(cents: 4461), Money(cents: 3418), Money(cents: 7021)])
    }

    @Test func linesTierSplitEachesAndTotalsAreFormulasWithTheirResults() async throws {
        let purchase = try Fixture.consolidation().purchases[0]
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/" + SheetFileName.purchaseOrder(for: purchase.supplier)
        #expect(path.hasSuffix("/purchase-order-1-shamrock-foods.xlsx"))
        try writePurchaseOrder(purchase, header: Fixture.poHeader, language: .english, to: path)

        let book = try await XLSXReader.read(path)
        #expect(book.sheetNames == ["Purchase order"])
        let sheet = try #require(book.sheets["Purchase order"])
        #expect(sheet["A1"]?.text == "Alianza de Cuidado Infantil de Nuevo México")
        #expect(sheet.texts(row: 2) == ["Purchase order", "PO-2026-48-1"])
        #expect(sheet.texts(row: 4) == ["Supplier", "Shamrock Foods"])
        #expect(sheet.texts(row: 6) == ["Delivery date", "2026-11-30"])
        #expect(sheet.texts(row: 8) == ["Address", "500 Commercial St NE, Albuquerque"])
        expectHeaderRow(
            sheet, row: 10,
            [
                "SKU", "Description", "Pack", "Storage", "Cases", "Eaches", "Case price",
                "Price tier", "Each price", "Line total",
            ])
        #expect(sheet.freezePanes == "A11")
        #expect(sheet.orientation == "landscape")
        #expect(sheet.fitToPage)

        // Milk: 11 cases at the 10-case tier price.
        #expect(sheet.texts(row: 11) == ["A100", "Whole milk", "4/1 GAL", "Refrigerated", "tier from 10 cases"])
        #expect(sheet["E11"]?.number == 11)
        #expect(sheet["F11"]?.number == 0)
        expectMoney(sheet, "G11", 18.00)
        #expect(sheet["I11"] == nil)
        expectFormula(sheet, "J11", "=E11*G11+F11*I11", 198.00)
        expectMoney(sheet, "J11", 198.00)
        // Rice: one case and three split eaches.
        #expect(sheet["E12"]?.number == 1)
        #expect(sheet["F12"]?.number == 3)
        expectMoney(sheet, "G12", 30.00)
        expectMoney(sheet, "I12", 6.00)
        expectFormula(sheet, "J12", "=E12*G12+F12*I12", 48.00)
        // Peaches: the partial case was not bought.
        #expect(sheet["E13"]?.number == 1)
        expectFormula(sheet, "J13", "=E13*G13+F13*I13", 36.00)

        #expect(sheet["I14"]?.text == "Goods subtotal")
        expectFormula(sheet, "J14", "=SUM(J11:J13)", 282.00)
        expectMoney(sheet, "J14", 282.00)
        #expect(sheet["J14"]?.bold == true)
        expectMoney(sheet, "J15", 25.00)
        #expect(sheet["I16"]?.text == "Total")
        expectFormula(sheet, "J16", "=J14+J15", 307.00)
        #expect(!sheet.cells.values.contains { $0.text?.hasPrefix("Warning") == true })
        #expect(sheet.coordinate(ofText: "Not ordered (not in the totals)") == nil)
    }

    @Test func droppedLinesStandApartAndABelowMinimumOrderIsFlagged() async throws {
        let purchase = try Fixture.consolidation().purchases[1]
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/po.xlsx"
        try writePurchaseOrder(purchase, header: Fixture.poHeader, language: .english, to: path)

        let sheet = try #require(try await XLSXReader.read(path).sheets["Purchase order"])
        #expect(sheet.texts(row: 11) == ["D400", "Apples", "10/3 LB", "Refrigerated"])
        expectFormula(sheet, "J11", "=E11*G11+F11*I11", 25.00)
        expectFormula(sheet, "J12", "=SUM(J11:J11)", 25.00)
        expectMoney(sheet, "J13", 10.00)
        expectFormula(sheet, "J14", "=J12+J13", 35.00)
        #expect(
            sheet["A15"]?.text
                == "Warning: goods of $25.00 are below this supplier's minimum order of $100.00; the supplier may refuse the order."
        )
        #expect(sheet["A15"]?.bold == true)
        #expect(sheet["A17"]?.text == "Not ordered (not in the totals)")
        expectHeaderRow(sheet, row: 18, ["SKU", "Description", "Pack", "Storage", "Eaches requested", "Reason"])
        #expect(
            sheet.texts(row: 19) == [
                "E500", "Butternut squash", "2/10 LB", "Dry",
                "Not bought: the supplier sells at least 2 cases (4 each), and all sites together ordered 2.",
            ])
        #expect(sheet["E19"]?.number == 2)
        // The dropped line is nowhere in the priced lines.
        #expect(sheet.coordinate(ofText: "E500") == "A19")
    }

    @Test func aSpanishPurchaseOrderIsInSpanish() async throws {
        let purchase = try Fixture.consolidation().purchases[1]
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/po-es.xlsx"
        try writePurchaseOrder(purchase, header: Fixture.poHeader, language: .spanish, to: path)

        let book = try await XLSXReader.read(path)
        #expect(book.sheetNames == ["Orden de compra"])
        let sheet = try #require(book.sheets["Orden de compra"])
        expectHeaderRow(
            sheet, row: 10,
            [
                "Código", "Descripción", "Empaque", "Almacenamiento", "Cajas", "Unidades",
                "Precio por caja", "Nivel de precio", "Precio por unidad", "Total de línea",
            ])
        #expect(sheet["I12"]?.text == "Subtotal de productos")
        #expect(sheet["I13"]?.text == "Cargo de entrega")
        #expect(sheet["A15"]?.text?.hasPrefix("Aviso: los productos suman $25.00") == true)
        #expect(sheet["F19"]?.text?.hasPrefix("No se compró: el proveedor vende al menos 2 cajas") == true)
    }

    @Test func anUnwritablePathThrows() throws {
        let purchase = try Fixture.consolidation().purchases[0]
        #expect(throws: SheetError.self) {
            try writePurchaseOrder(
                purchase, header: Fixture.poHeader, language: .english,
                to: "/nonexistent-comal-dir/po.xlsx")
        }
    }
}
