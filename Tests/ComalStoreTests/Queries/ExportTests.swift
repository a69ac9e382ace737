@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import Testing
import ZIPFoundation

/// The export is every CSV the alliance would want, and the sites and catalogs in it load into a
/// new Comal as they are.
@Suite struct ExportTests {
    static func unzip(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var files: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            files[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return files
    }

    @Test func everyFileIsThereAndSitesAndCatalogsReimportAsTheyWere() throws {
        let (fixture, window, consolidation) = try ConsolidationRecordTests.consolidated(rule: .fill)
        _ = try fixture.database.recordLots(
            csv: "sku,lot,pack_date\nBN-10,CS-55402,2026-08-09\n", file: "lots.csv", window: window.id, actor: "Marisol",
            now: StoreFixture.afterCutoff)
        let files = try Self.unzip(try fixture.database.exportArchive())
        let prefix = "window-\(window.delivery)"
        #expect(Set(files.keys) == ["sites.csv", "catalog-sysco.csv", "\(prefix)-orders.csv", "\(prefix)-invoices.csv", "\(prefix)-receipts.csv", "\(prefix)-lots.csv"])
        #expect(files["\(prefix)-receipts.csv"] == "sku,received_eaches,reason\nBN-10,10,damaged\n")
        #expect(files["\(prefix)-lots.csv"] == "sku,lot,pack_date\nBN-10,CS-55402,2026-08-09\n")
        let invoiceLines = files["\(prefix)-invoices.csv"]?.split(separator: "\n") ?? []
        #expect(invoiceLines.count == consolidation.invoices.count + 1)
        let total = consolidation.invoices.map(\.total).sum()
        let exported = invoiceLines.dropFirst().compactMap { Money(dollars: String($0.split(separator: ",")[4])) }.sum()
        #expect(exported == total, "the invoices add up to the week's")

        // Into a new database: the same sites, products and orders.
        let fresh = try StoreFixture()
        _ = try fresh.database.importSites(csv: files["sites.csv"]!, file: "sites.csv")
        let sysco = try fresh.database.addSupplier(name: "Sysco", deliveryFee: .zero, minimumOrder: .zero)
        _ = try fresh.database.importCatalog(csv: files["catalog-sysco.csv"]!, file: "catalog-sysco.csv", supplier: sysco.id)
        #expect(try fresh.database.sites() == (try fixture.database.sites()))
        let strip = { (products: [Product]) in products.map { product -> Product in var product = product; product.id = Product.ID(0); product.supplier = Supplier.ID(0); return product } }
        #expect(strip(try fresh.database.products()) == strip(try fixture.database.products()))
        let again = try fresh.database.openWindow(delivery: StoreFixture.delivery, cutoff: StoreFixture.cutoff)
        _ = try fresh.database.importOrders(
            csv: files["\(prefix)-orders.csv"]!, file: "orders.csv", window: again.id, now: StoreFixture.beforeCutoff, buyer: nil)
        #expect(try fresh.database.orderLines(window: again.id).count == (try fixture.database.orderLines(window: window.id).count))
    }

    @Test func ratesClaimingTermsAndSeasonsAreExportedInTheFilesTheirImportsRead() throws {
        let (fixture, _, _) = try ConsolidationRecordTests.consolidated(rule: .fill)
        let root = ProcessRunner.packageRoot()
        let rates = try String(contentsOf: root.appendingPathComponent("rates/cacfp-rates.csv"), encoding: .utf8)
        let seasons = try String(contentsOf: root.appendingPathComponent("seasons/nm-produce-seasons.csv"), encoding: .utf8)
        _ = try fixture.database.importRates(csv: rates, file: "cacfp-rates.csv")
        _ = try fixture.database.importClaimingTerms(
            csv: "\(ClaimingTermsReader.columns.joined(separator: ","))\nESP-01,blended_rate,62,11,27,10,yes\nSOL-02,tier1,,,,5,no\n",
            file: "claiming.csv")
        _ = try fixture.database.importProduceSeasons(csv: seasons, file: "seasons.csv")
        let files = try Self.unzip(try fixture.database.exportArchive())
        let fresh = try StoreFixture()
        _ = try fresh.database.importSites(csv: files["sites.csv"]!, file: "sites.csv")
        _ = try fresh.database.importRates(csv: try #require(files["cacfp-rates.csv"]), file: "cacfp-rates.csv")
        _ = try fresh.database.importClaimingTerms(csv: try #require(files["claiming.csv"]), file: "claiming.csv")
        _ = try fresh.database.importProduceSeasons(csv: try #require(files["seasons.csv"]), file: "seasons.csv")
        #expect(try fresh.database.reimbursementRates() == (try fixture.database.reimbursementRates()))
        for site in ["ESP-01", "SOL-02"].map(Site.ID.init) {
            #expect(try fresh.database.claimingTerms(site: site) == (try fixture.database.claimingTerms(site: site)))
        }
        #expect(try fresh.database.produceSeasons() == (try fixture.database.produceSeasons()))
        #expect(try fixture.database.produceSeasons().count == 27)
    }
}
