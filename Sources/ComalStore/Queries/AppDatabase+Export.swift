import ComalCore
import Foundation
import ZIPFoundation

extension AppDatabase {
    /// Everything the alliance keeps, as one `.zip` of CSV files a spreadsheet opens: the sites
    /// and each supplier's catalog in the files their imports read (so they load into another
    /// Comal as they are), then per window its orders (the order import's columns), invoices,
    /// receipts and lots; the CACFP rates, the sites' claiming terms and the produce seasons when
    /// stored, in their import files too. Made from one read, so the files agree with each other.
    public func exportArchive() throws -> Data {
        let files: [(String, String)] = try reading {
            var files: [(String, String)] = [("sites.csv", Self.sitesCSV(try sites()))]
            let products = try self.products()
            for supplier in try suppliers() {
                let listed = products.filter { $0.supplier == supplier.id }
                files.append(("catalog-\(Self.fileSafe(supplier.name)).csv", Self.catalogCSV(listed)))
            }
            let rates = try reimbursementRates()
            if !rates.isEmpty { files.append(("cacfp-rates.csv", Self.ratesCSV(rates))) }
            let terms = try sites().compactMap { try claimingTerms(site: $0.id) }
            if !terms.isEmpty { files.append(("claiming.csv", Self.claimingCSV(terms))) }
            let seasons = try produceSeasons()
            if !seasons.isEmpty { files.append(("seasons.csv", Self.seasonsCSV(seasons))) }
            let skus = Dictionary(products.map { ($0.id, $0.sku) }, uniquingKeysWith: { first, _ in first })
            for window in try windows().sorted(by: { $0.delivery < $1.delivery }) {
                let prefix = "window-\(window.delivery)"
                let lines = try orderLines(window: window.id).sorted { ($0.site.rawValue, skus[$0.product] ?? "") < ($1.site.rawValue, skus[$1.product] ?? "") }
                files.append(("\(prefix)-orders.csv", OrderCSV.render(lines.map { ($0, skus[$0.product] ?? "\($0.product)") })))
                if let consolidation = try consolidation(window: window.id) {
                    files.append(("\(prefix)-invoices.csv", Self.invoicesCSV(consolidation.invoices)))
                }
                let receipts = try receipts(window: window.id)
                if !receipts.isEmpty {
                    var text = CSVField.row(Self.receiptColumns)
                    for receipt in receipts {
                        text += CSVField.row([skus[receipt.product] ?? "\(receipt.product)", "\(receipt.receivedEaches)", receipt.reason.rawValue])
                    }
                    files.append(("\(prefix)-receipts.csv", text))
                }
                let lots = try receivedLots(window: window.id)
                if !lots.isEmpty {
                    files.append(
                        ("\(prefix)-lots.csv", CSVField.row(Self.lotColumns) + lots.map { CSVField.row([$0.sku, $0.lot, $0.packDate?.description ?? ""]) }.joined()))
                }
            }
            return files
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, text) in files {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static func sitesCSV(_ sites: [Site]) -> String {
        var text = CSVField.row(siteColumns + siteOptionalColumns)
        for site in sites {
            text += CSVField.row(
                [
                    site.id.rawValue, site.name, site.kind.rawValue, site.address, site.city, "\(site.coordinate.latitude)",
                    "\(site.coordinate.longitude)", site.deliveryWindow.start.description, site.deliveryWindow.end.description,
                ] + AgeGroup.allCases.map { "\(site.enrollment[$0] ?? 0)" } + ["\(site.infantsUnderSixMonths)"])
        }
        return text
    }

    private static func catalogCSV(_ products: [Product]) -> String {
        var text = CSVField.row(catalogColumns)
        for product in products {
            text += CSVField.row([
                product.sku, product.description, product.pack.description, product.casePrice.plainDollars,
                product.eachPrice?.plainDollars ?? "",
                product.tiers.map { "\($0.minimumCases):\($0.casePrice.plainDollars)" }.joined(separator: ";"),
                product.storage.rawValue, product.food, product.allergens.map(\.rawValue).joined(separator: ";"),
                product.minimumCases == 0 ? "" : "\(product.minimumCases)",
            ])
        }
        return text
    }

    private static func ratesCSV(_ rates: [ReimbursementRate]) -> String {
        CSVField.row(ReimbursementRatesReader.columns)
            + rates.map {
                CSVField.row([
                    $0.year.description, $0.siteKind.rawValue, $0.category.rawValue, $0.meal.rawValue, $0.rate.plainDollars,
                    $0.derived ? "yes" : "no", $0.source,
                ])
            }.joined()
    }

    private static func claimingCSV(_ terms: [ClaimingTerms]) -> String {
        CSVField.row(ClaimingTermsReader.columns)
            + terms.map { terms in
                let method = ClaimingTermsReader.Method.allCases.first { $0.method == terms.method }?.rawValue ?? ""
                let isCenter = terms.method != .tier1 && terms.method != .tier2
                return CSVField.row(
                    [terms.site.rawValue, method]
                        + (isCenter ? [terms.freePercent, terms.reducedPercent, terms.paidPercent].map(String.init) : ["", "", ""])
                        + ["\(terms.sponsorPercent)", terms.cashInLieu ? "yes" : "no"])
            }.joined()
    }

    private static func seasonsCSV(_ seasons: [ProduceSeason]) -> String {
        CSVField.row(ProduceSeasonsReader.columns)
            + seasons.map { CSVField.row([$0.food.rawValue, $0.months.sorted().map(String.init).joined(separator: ";"), $0.source]) }
                .joined()
    }

    private static func invoicesCSV(_ invoices: [SiteInvoice]) -> String {
        var text = CSVField.row(["site_id", "goods", "fees", "credits", "total", "alone", "saved"])
        for invoice in invoices.sorted(by: { $0.site.rawValue < $1.site.rawValue }) {
            text += CSVField.row([
                invoice.site.rawValue, invoice.goodsTotal.plainDollars, invoice.feeTotal.plainDollars, invoice.creditTotal.plainDollars,
                invoice.total.plainDollars, invoice.standaloneCost.plainDollars, invoice.savings.plainDollars,
            ])
        }
        return text
    }

    /// A supplier's name as part of a file name: letters and digits, the rest dashes.
    private static func fileSafe(_ name: String) -> String {
        let kept = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(kept).split(separator: "-").joined(separator: "-")
    }
}
