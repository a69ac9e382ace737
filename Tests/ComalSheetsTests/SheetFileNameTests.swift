import ComalCore
import Testing

@testable import ComalSheets

/// File names come from suppliers' names and site ids, which users type: only letters, digits,
/// underscores and single dashes may reach the output folder.
@Suite("Workbook file names keep to letters, digits and dashes")
struct SheetFileNameTests {
    @Test(arguments: [
        ("Sysco Albuquerque", true, "sysco-albuquerque"),
        ("Río Grande Produce, LLC.", true, "r-o-grande-produce-llc"),
        ("../../etc/passwd", false, "etc-passwd"),
        ("ESP-01", false, "ESP-01"),
        ("  --Taos_Co-op--  ", false, "Taos_Co-op"),
        ("Niños 🌶 Café", true, "ni-os-caf"),
        ("", true, ""),
    ])
    func slug(text: String, lowercased: Bool, expected: String) {
        #expect(SheetFileName.slug(text, lowercased: lowercased) == expected)
    }

    @Test func aSitesInvoiceIsNamedByItsId() {
        #expect(SheetFileName.invoice(for: Site.ID("SOL-02/../x")) == "invoice-SOL-02-x.xlsx")
    }
}

extension SheetFileNameTests {
    @Test func aSitesInvoiceIsKnownByItsNameAndOtherWorkbooksAreNot() {
        #expect(SheetFileName.isInvoice(SheetFileName.invoice(for: Site.ID("ESP-01"))))
        #expect(!SheetFileName.isInvoice(SheetFileName.allocation))
        #expect(!SheetFileName.isInvoice("purchase-order-1-sysco.xlsx"))
        #expect(!SheetFileName.isInvoice("invoice-ESP-01.html"))
    }
}
