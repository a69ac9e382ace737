import ComalCore
import Foundation
import ComalTestSupport
import Testing
@testable import ComalSheets

@Suite("Invoice workbook")
struct InvoiceWorkbookTests {
    @Test func linesCreditsFeesAndATotalThatMatchesTheInvoice() async throws {
        let consolidation = try Fixture.consolidation()
        let invoice = try #require(consolidation.invoices.first { $0.site == Fixture.esp })
        let site = Fixture.sites()[0]
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/" + SheetFileName.invoice(for: site.id)
        #expect(path.hasSuffix("/invoice-ESP-01.xlsx"))
        try writeInvoice(invoice, site: site, header: Fixture.invoiceHeader, language: .english, to: path)

        let book = try await XLSXReader.read(path)
        #expect(book.sheetNames == ["Invoice"])
        let sheet = try #require(book.sheets["Invoice"])
        #expect(sheet.texts(row: 2) == ["Invoice for", "Escuelita del Sol"])
        #expect(sheet.texts(row: 3) == ["Site", "ESP-01"])
        #expect(sheet.texts(row: 4) == ["Address", "1200 Isleta Blvd SW, Albuquerque"])
        #expect(sheet.texts(row: 5) == ["Order window", "48"])
        #expect(sheet.texts(row: 6) == ["Delivery date", "2026-11-30"])
        expectHeaderRow(sheet, row: 8, ["Supplier", "SKU", "Description", "Pack", "Ordered", "Allocated", "Amount", "Note"])
        #expect(sheet.freezePanes == "A9")
        #expect(sheet.orientation == "landscape")

        let lines: [(String, Double, Double, Double, String?)] = [
            ("A100", 24, 22, 108.00, "2 fewer: the delivery delivered short"),
            ("B200", 4, 4, 21.33, nil),
            ("C300", 4, 3, 18.00, "1 short: all sites together left 2"),
            ("E500", 2, 0, 0.00, "Not bought: the supplier sells at least 2 cases"),
        ]
        for (offset, (sku, ordered, allocated, amount, note)) in lines.enumerated() {
            let row = offset + 9
            #expect(sheet["B\(row)"]?.text == sku)
            #expect(sheet["E\(row)"]?.number == ordered)
            #expect(sheet["F\(row)"]?.number == allocated)
            expectMoney(sheet, "G\(row)", amount)
            if let note {
                #expect(sheet["H\(row)"]?.text?.hasPrefix(note) == true, "H\(row)")
            } else {
                #expect(sheet["H\(row)"] == nil)
            }
        }
        #expect(sheet["A9"]?.text == "Shamrock Foods")
        #expect(sheet["A12"]?.text == "Valley Produce")
        #expect(sheet["D11"]?.text == "6/#10 CN")

        // The receiving credit is a negative number with its reason.
        #expect(sheet["C13"]?.text == "Receiving credit: Whole milk")
        expectMoney(sheet, "G13", -9.00)
        #expect(sheet["H13"]?.text?.hasPrefix("2 fewer: the delivery delivered short") == true)
        // Only a non-zero fee share is listed (Valley's share is zero: ESP-01 got nothing from it).
        #expect(sheet.texts(row: 14) == ["Shamrock Foods", "Share of the delivery fee"])
        expectMoney(sheet, "G14", 13.06)
        #expect(sheet["F15"]?.text == "Total")
        expectFormula(sheet, "G15", "=SUM(G9:G14)", 151.39)
        expectMoney(sheet, "G15", 151.39)
        #expect(sheet["G15"]?.bold == true)
        #expect(sheet["G15"]?.number == invoice.total.dollarsForDisplay)

        expectMoney(sheet, "G17", 205.00)
        expectMoney(sheet, "G18", 44.61)
        #expect(sheet["A19"]?.text == "You saved $44.61 by buying with the alliance.")
    }

    @Test func aSpanishInvoiceIsInSpanish() async throws {
        let consolidation = try Fixture.consolidation()
        let invoice = try #require(consolidation.invoices.first { $0.site == Fixture.lun })
        let scratch = try TemporaryDirectory()
        let path = scratch.url.path + "/factura.xlsx"
        try writeInvoice(invoice, site: Fixture.sites()[1], header: Fixture.invoiceHeader, language: .spanish, to: path)

        let book = try await XLSXReader.read(path)
        #expect(book.sheetNames == ["Factura"])
        let sheet = try #require(book.sheets["Factura"])
        #expect(sheet.texts(row: 2) == ["Factura para", "Casa Luna"])
        #expect(sheet.texts(row: 6) == ["Fecha de entrega", "2026-11-30"])
        expectHeaderRow(
            sheet, row: 8,
            [
                "Proveedor", "Código", "Descripción", "Empaque", "Pedido", "Asignado",
                "Importe", "Nota",
            ])
        // Lines: milk 54.00, rice 26.67, apples 20.00; credit −4.50; fees 7.15 + 8.00.
        expectMoney(sheet, "G9", 54.00)
        #expect(sheet["H9"]?.text?.hasPrefix("1 menos: el pedido llegó incompleto") == true)
        expectMoney(sheet, "G10", 26.67)
        expectMoney(sheet, "G11", 20.00)
        #expect(sheet["C12"]?.text == "Crédito por recepción: Whole milk")
        expectMoney(sheet, "G12", -4.50)
        #expect(sheet.texts(row: 13) == ["Shamrock Foods", "Parte del cargo de entrega"])
        expectMoney(sheet, "G13", 7.15)
        #expect(sheet.texts(row: 14) == ["Valley Produce", "Parte del cargo de entrega"])
        expectMoney(sheet, "G14", 8.00)
        expectFormula(sheet, "G15", "=SUM(G9:G14)", 111.32)
        #expect(sheet["F15"]?.text == "Total")
        #expect(sheet["F17"]?.text == "Costo comprando solo")
        #expect(sheet["A19"]?.text == "Ahorró $34.18 al comprar con la alianza.")
    }

    @Test func anUnwritablePathThrows() throws {
        let invoice = try Fixture.consolidation().invoices[0]
        #expect(throws: SheetError.self) {
            try writeInvoice(
                invoice, site: Fixture.sites()[0], header: Fixture.invoiceHeader, language: .english,
                to: "/nonexistent-comal-dir/invoice.xlsx")
        }
    }
}
