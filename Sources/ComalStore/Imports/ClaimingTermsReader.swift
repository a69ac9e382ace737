import ComalCore

/// Reads a claiming file: `site_id,method,free_pct,reduced_pct,paid_pct,sponsor_pct,cash_in_lieu`, how
/// each site claims (`actual_counts`, `claiming_percentages`, `blended_rate` for centers, whose three
/// shares add up to 100; `tier1` or `tier2` for homes), what its sponsor keeps (0 to 15 %), and
/// whether it takes cash in lieu of USDA Foods (`yes` or `no`).
public enum ClaimingTermsReader {
    public static let columns = ["site_id", "method", "free_pct", "reduced_pct", "paid_pct", "sponsor_pct", "cash_in_lieu"]

    enum Method: String, CaseIterable {
        case actualCounts = "actual_counts", claimingPercentages = "claiming_percentages", blendedRate = "blended_rate"
        case tier1, tier2

        var method: ClaimingTerms.Method {
            switch self {
            case .actualCounts: .actualCounts
            case .claimingPercentages: .claimingPercentages
            case .blendedRate: .blendedRate
            case .tier1: .tier1
            case .tier2: .tier2
            }
        }
    }

    public static func read(_ text: String, file: String) throws(ImportError) -> [Site.ID: ClaimingTerms] {
        let table = CSVTable(text: text, file: file, columns: columns)
        var problems = table.problems
        var terms: [Site.ID: ClaimingTerms] = [:]
        var firstLines = FirstLines(column: "site_id", thing: ("site", "sitio"))
        for row in table.rows {
            let id = problems.text(row, "site_id")
            firstLines.note(id, at: row, &problems)
            let method = problems.choice(row, "method", Method.self)
            let free = problems.integer(row, "free_pct", largest: 100, emptyValue: 0)
            let reduced = problems.integer(row, "reduced_pct", largest: 100, emptyValue: 0)
            let paid = problems.integer(row, "paid_pct", largest: 100, emptyValue: 0)
            let sponsor = problems.integer(row, "sponsor_pct", largest: ClaimingTerms.largestSponsorPercent, emptyValue: 0)
            let cash = problems.choice(row, "cash_in_lieu", YesNo.self)
            guard let id, let method, let free, let reduced, let paid, let sponsor, let cash else { continue }
            let isCenter = method != .tier1 && method != .tier2
            if isCenter, free + reduced + paid != 100 {
                problems.add(
                    row, "paid_pct", "the shares add up to \(free + reduced + paid), not 100",
                    "los porcentajes suman \(free + reduced + paid), no 100")
                continue
            }
            terms[Site.ID(id)] = ClaimingTerms(
                site: Site.ID(id), method: method.method, freePercent: free, reducedPercent: reduced, paidPercent: paid,
                sponsorPercent: sponsor, cashInLieu: cash == .yes)
        }
        try problems.throwIfAny()
        return terms
    }
}
