import ComalCore
import Foundation
import ComalTestSupport
import Testing
@testable import ComalSheets

/// LibreOffice does not recalculate an `.xlsx` on load (STACK G1), so what it prints is the cached
/// results the writers computed; this checks a second independent reader shows the same totals,
/// formatted as a user sees them. Skipped (and reported so) where LibreOffice is not installed.
@Suite("LibreOffice reads the workbooks")
struct LibreOfficeTests {
    static let office = LibreOffice.executable

    @Test(.enabled(if: office != nil, "LibreOffice (soffice/libreoffice) is not on PATH; CSV check skipped"))
    func everySheetExportsToCSVWithTheTotalsAsShown() async throws {
        let scratch = try TemporaryDirectory()
        let directory = scratch.url.path
        let consolidation = try Fixture.consolidation()
        try writeAllocation(consolidation, sites: Fixture.sites(), language: .english, to: directory + "/allocation.xlsx")
        try writeInvoice(
            consolidation.invoices[0], site: Fixture.sites()[0], header: Fixture.invoiceHeader,
            language: .english, to: directory + "/invoice.xlsx")

        let csv = try await LibreOffice.convertToCSV(["allocation.xlsx", "invoice.xlsx"], in: directory)
        let invoice = try #require(csv["invoice-Invoice.csv"])
        #expect(invoice.contains(",,,,,Total,$151.39,"))
        #expect(invoice.contains("Receiving credit: Whole milk,,,,-$9.00,"))
        let savings = try #require(csv["allocation-Savings.csv"])
        #expect(savings.contains("Total,,$307.00,$35.00,$342.00,$491.00,$149.00"))
        #expect(savings.contains("ESP-01,Escuelita del Sol,$147.33,$13.06,$160.39,$205.00,$44.61"))
        let allocation = try #require(csv["allocation-Allocation.csv"])
        #expect(allocation.hasPrefix("Supplier,SKU,Description,Pack,Bought (eaches),ESP-01,LUN-02,MON-03,"))
        #expect(csv["allocation-Why.csv"] != nil)
    }
}
