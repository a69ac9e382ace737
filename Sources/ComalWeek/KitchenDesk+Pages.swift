import ComalCore
import ComalPages
import ComalStore
import Foundation

extension KitchenDesk {
    /// One printable page of a kitchen day: its file name stem and how it is drawn in a language.
    struct Page {
        var name: String
        var render: (Language) -> String
    }

    /// Writes the day's pages into `directory`, English and Spanish: the batch sheet, the tickets, the
    /// container labels, the temperature log (with readings taken so far) and the receipts (with those
    /// signed so far); and each as PDF when Chromium is installed. All or nothing, as a consolidation's
    /// workbooks are: written into a staging folder, then moved into place.
    public func writePages(_ day: KitchenDay, directory: String) async throws -> [String] {
        let readings = try database.kitchenTemperatures(kitchen: day.kitchen.id, date: day.date)
        let receipts = try database.kitchenReceipts(kitchen: day.kitchen.id, date: day.date)
        let pages = [
            Page(name: "batch") { KitchenBatchPage.render(day, receipts: receipts, language: $0) },
            Page(name: "tickets") { KitchenTicketPage.render(day, language: $0) },
            Page(name: "labels") { KitchenLabelPage.render(day, language: $0) },
            Page(name: "temperature-log") { TemperatureLogPage.render(day, readings: readings, language: $0) },
            Page(name: "receipts") { KitchenReceiptPage.render(day, receipts: receipts, language: $0) },
        ]
        let folder = WorkbookFolder(path: directory)
        return try await folder.withLockedStaging { staging in
            var staged: [String] = []
            for page in pages {
                for language in Language.allCases {
                    let html = "\(staging)/kitchen-\(day.date)-\(page.name)-\(language.rawValue).html"
                    try WholeFile.write(page.render(language), to: html)
                    staged.append(html)
                }
            }
            var printed: [String] = []
            for html in staged {
                let pdf = String(html.dropLast(".html".count)) + ".pdf"
                guard try await PagePrinter.printPDF(html: html, pdf: pdf) else { break }
                printed.append(pdf)
            }
            return try folder.publish(staged + printed)
        }
    }
}
