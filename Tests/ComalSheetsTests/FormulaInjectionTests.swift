import ComalCore
import Foundation
import ComalTestSupport
import Testing
@testable import ComalSheets

/// Names typed by users go into every workbook; a name that starts with `=`, `+`, `-` or `@` must come
/// back as that exact text, never as a formula a spreadsheet would run.
@Suite("Formula injection")
struct FormulaInjectionTests {
    let names = Fixture.hostileNames

    @Test func namesInEveryWorkbookStayText() async throws {
        let consolidation = try Fixture.consolidation(hostile: true)
        let sites = Fixture.sites(hostile: true)
        let scratch = try TemporaryDirectory()
        let directory = scratch.url.path
        try writePurchaseOrder(
            consolidation.purchases[0], header: Fixture.poHeader, language: .english,
            to: directory + "/po.xlsx")
        try writeAllocation(consolidation, sites: sites, language: .english, to: directory + "/allocation.xlsx")
        try writeInvoice(
            consolidation.invoices[0], site: sites[0], header: Fixture.invoiceHeader, language: .english,
            to: directory + "/invoice.xlsx")

        let po = try #require(try await XLSXReader.read(directory + "/po.xlsx").sheets["Purchase order"])
        expectText(po, "B4", names.supplier)
        expectText(po, "B11", names.milk)
        expectText(po, "B12", names.rice)
        expectText(po, "B13", names.peaches)

        let allocation = try await XLSXReader.read(directory + "/allocation.xlsx")
        let products = try #require(allocation.sheets["Allocation"])
        expectText(products, "A2", names.supplier)
        expectText(products, "C2", names.milk)
        expectText(products, "C3", names.rice)
        expectText(products, "C4", names.peaches)
        expectText(try #require(allocation.sheets["Savings"]), "B2", names.site)
        let why = try #require(allocation.sheets["Why"])
        expectText(why, "B2", names.site)
        expectText(why, "C2", names.supplier)
        expectText(why, "E2", names.milk)

        let invoice = try #require(try await XLSXReader.read(directory + "/invoice.xlsx").sheets["Invoice"])
        expectText(invoice, "B2", names.site)
        expectText(invoice, "A9", names.supplier)
        expectText(invoice, "C9", names.milk)
        expectText(invoice, "C10", names.rice)
        expectText(invoice, "C11", names.peaches)
        expectText(invoice, "A14", names.supplier)
        // The only formulas anywhere are the ones the writers build from cell references.
        for sheet in [po, products, invoice] {
            for (coordinate, cell) in sheet.cells where cell.formula != nil {
                #expect(
                    cell.formula?.hasPrefix("=SUM(") == true || cell.formula?.first == "=" && cell.dataType == "n",
                    "\(coordinate)")
                #expect(!(cell.formula ?? "").contains("HYPERLINK"))
            }
        }
    }

    private func expectText(
        _ sheet: XLSXReader.Sheet, _ coordinate: String, _ text: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sheet[coordinate]?.text == text, "\(coordinate)", sourceLocation: sourceLocation)
        #expect(sheet[coordinate]?.dataType == "s", "\(coordinate)", sourceLocation: sourceLocation)
        #expect(sheet[coordinate]?.formula == nil, "\(coordinate)", sourceLocation: sourceLocation)
    }
}
