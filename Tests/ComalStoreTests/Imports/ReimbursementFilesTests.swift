import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The shipped CACFP rates file and the claiming file a margin reads.
@Suite struct ReimbursementFilesTests {
    @Test func theShippedRatesFileReadsWithItsDerivedRatesMarked() throws {
        let path = ProcessRunner.packageRoot().appendingPathComponent("rates/cacfp-rates.csv")
        let rates = try ReimbursementRatesReader.read(String(contentsOf: path, encoding: .utf8), file: "cacfp-rates.csv")
        let lunch = rates.first {
            $0.year == ProgramYear(startYear: 2024) && $0.siteKind == .center && $0.category == .free && $0.meal == .lunchSupper
        }
        #expect(lunch?.rate == Money(cents: 443))
        #expect(lunch?.derived == false)
        // 2025-26's center rates are worked out from the school rates by statute, so marked derived.
        let centers2025 = rates.filter { $0.year == ProgramYear(startYear: 2025) && $0.siteKind == .center }
        #expect(!centers2025.isEmpty && centers2025.allSatisfy(\.derived))
        #expect(rates.allSatisfy { !$0.source.isEmpty })
    }

    @Test func aBadRatesRowIsNamedByLineAndColumn() {
        let text = """
            \(ReimbursementRatesReader.columns.joined(separator: ","))
            2024-26,center,free,lunch_supper,4.43,no,NY DOH
            2024-25,school,free,lunch,four,maybe,
            2024-25,center,free,snack,1.21,no,NY DOH
            2024-25,center,free,snack,1.22,no,NY DOH
            """
        let error = #expect(throws: ImportError.self) { try ReimbursementRatesReader.read(text, file: "rates.csv") }
        #expect(
            error?.problems.map(\.description) == [
                "rates.csv:2: column program_year: \"2024-26\" is not a program year like 2025-26",
                "rates.csv:3: column site_type: \"school\" is not one of center, home",
                "rates.csv:3: column meal: \"lunch\" is not one of breakfast, lunch_supper, snack, cash_in_lieu",
                "rates.csv:3: column rate: \"four\" is not a price above zero and at most $100,000.00 in dollars, like 27.50",
                "rates.csv:3: column derived: \"maybe\" is not one of yes, no",
                "rates.csv:3: column source: is empty",
                "rates.csv:5: column meal: 2024-25 center free snack is listed twice",
            ])
    }

    @Test func claimingTermsAreCheckedSiteBySite() throws {
        let header = ClaimingTermsReader.columns.joined(separator: ",")
        let good = "\(header)\nESP-01,blended_rate,60,10,30,10,yes\nCHI-01,tier1,,,,0,no\n"
        let terms = try ClaimingTermsReader.read(good, file: "claiming.csv")
        #expect(terms[Site.ID("ESP-01")]?.method == .blendedRate)
        #expect(terms[Site.ID("ESP-01")]?.cashInLieu == true)
        #expect(terms[Site.ID("CHI-01")]?.method == .tier1)
        let bad = "\(header)\nESP-01,blended_rate,60,10,20,20,yes\nESP-01,tier3,,,,0,no\n"
        let error = #expect(throws: ImportError.self) { try ClaimingTermsReader.read(bad, file: "claiming.csv") }
        #expect(
            error?.problems.map(\.description) == [
                "claiming.csv:2: column sponsor_pct: \"20\" is not a whole number from 0 to 15",
                "claiming.csv:3: column site_id: \"ESP-01\" is already on line 2; list each site once",
                "claiming.csv:3: column method: \"tier3\" is not one of actual_counts, claiming_percentages, blended_rate, tier1, tier2",
            ])
    }

    @Test func ratesAndTermsAreStoredAllOrNothing() throws {
        let fixture = try StoreFixture()
        try fixture.database.importSites(csv: Fixtures.sitesCSV, file: "sites.csv")
        let path = ProcessRunner.packageRoot().appendingPathComponent("rates/cacfp-rates.csv")
        let count = try fixture.database.importRates(csv: String(contentsOf: path, encoding: .utf8), file: "cacfp-rates.csv")
        #expect(try fixture.database.reimbursementRates().count == count)
        // A bad file replaces nothing.
        #expect(throws: ImportError.self) {
            try fixture.database.importRates(csv: ReimbursementRatesReader.columns.joined(separator: ",") + "\nx,,,,,,\n", file: "bad.csv")
        }
        #expect(try fixture.database.reimbursementRates().count == count)
        let header = ClaimingTermsReader.columns.joined(separator: ",")
        try fixture.database.importClaimingTerms(csv: "\(header)\nSOL-02,tier2,,,,0,no\n", file: "claiming.csv")
        #expect(try fixture.database.claimingTerms(site: Site.ID("SOL-02"))?.method == .tier2)
        #expect(try fixture.database.claimingTerms(site: Site.ID("ESP-01")) == nil)
        #expect(throws: MenuStoreError.unknownSite(Site.ID("XYZ-09"))) {
            try fixture.database.importClaimingTerms(
                csv: "\(header)\nESP-01,blended_rate,60,10,30,10,yes\nXYZ-09,tier1,,,,0,no\n", file: "claiming.csv")
        }
        #expect(try fixture.database.claimingTerms(site: Site.ID("ESP-01")) == nil)
    }
}
