import ComalCore
import Foundation

/// Every workbook of a consolidated window, written together into one folder: a purchase order per
/// supplier, the buyer's allocation, an invoice per site.
public struct WeekWorkbooks {
    public var alliance: Alliance?
    public var window: OrderWindow
    public var sites: [Site]
    public var language: Language

    public init(alliance: Alliance?, window: OrderWindow, sites: [Site], language: Language) {
        self.alliance = alliance
        self.window = window
        self.sites = sites
        self.language = language
    }

    /// What was written: the files' paths and how many cells each holds, in the same order.
    public struct Written: Sendable {
        public var files: [String] = []
        public var cellCounts: [CellCount] = []
        public var cells: Int { cellCounts.map(\.total).reduce(0, +) }
    }

    /// How many workbooks `write` writes for `consolidation`, for a progress bar.
    public static func count(for consolidation: Consolidation) -> Int {
        consolidation.purchases.count + 1 + consolidation.invoices.count
    }

    /// Writes every workbook of `consolidation` into `directory` (created if missing), telling
    /// `wrote` after each how many are written.
    ///
    /// Each workbook is complete or absent: the wrapper writes a file only when it closes cleanly.
    public func write(
        _ consolidation: Consolidation, to directory: String, wrote: (Int) throws -> Void = { _ in }
    ) throws -> Written {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let allianceName = alliance?.name ?? ""
        var written = Written()
        func record(_ name: String, _ write: (String) throws -> CellCount) throws {
            let path = (directory as NSString).appendingPathComponent(name)
            written.cellCounts.append(try write(path))
            written.files.append(path)
            try wrote(written.files.count)
        }
        for purchase in consolidation.purchases {
            let header = PurchaseOrderHeader(
                allianceName: allianceName, buyer: alliance?.buyer ?? "",
                poNumber: "W\(window.id)-S\(purchase.supplier.id)", windowID: window.id, deliveryDate: window.delivery,
                deliveryName: alliance?.hub.name ?? "", deliveryAddress: alliance?.hub.address ?? "",
                deliveryCity: alliance?.hub.city ?? "")
            try record(SheetFileName.purchaseOrder(for: purchase.supplier)) { path in
                try writePurchaseOrder(purchase, header: header, language: language, to: path)
            }
        }
        try record(SheetFileName.allocation) { path in
            try writeAllocation(consolidation, sites: sites, language: language, to: path)
        }
        let sitesByID = Dictionary(sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let header = InvoiceHeader(allianceName: allianceName, windowID: window.id, deliveryDate: window.delivery)
        for invoice in consolidation.invoices {
            guard let site = sitesByID[invoice.site] else { throw WeekWorkbooksError.unknownSite(invoice.site) }
            try record(SheetFileName.invoice(for: invoice.site)) { path in
                try writeInvoice(invoice, site: site, header: header, language: language, to: path)
            }
        }
        return written
    }
}

/// Why the week's workbooks could not be written.
public enum WeekWorkbooksError: Error, Equatable, CustomStringConvertible {
    case unknownSite(Site.ID)

    public var description: String {
        switch self {
        case .unknownSite(let id): "site \(id) has orders but is not in the site list; import it with `comal import sites`"
        }
    }
}
