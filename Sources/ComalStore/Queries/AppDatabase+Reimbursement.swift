import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    /// Replaces the stored CACFP rates with a rates file's, all or nothing; returns how many.
    @discardableResult
    public func importRates(csv: String, file: String) throws -> Int {
        let rates = try ReimbursementRatesReader.read(csv, file: file)
        try pool.write { db in
            try db.execute(sql: "DELETE FROM reimbursementRate")
            for rate in rates {
                try db.execute(
                    sql: """
                        INSERT INTO reimbursementRate (programYear, siteKind, category, meal, cents, derived, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        rate.year.description, rate.siteKind.rawValue, rate.category.rawValue, rate.meal.rawValue, rate.rate.cents,
                        rate.derived, rate.source,
                    ])
            }
        }
        return rates.count
    }

    /// The stored CACFP rates.
    public func reimbursementRates() throws -> [ReimbursementRate] {
        let rows = try read { db in
            try Row.fetchAll(
                db, sql: "SELECT programYear, siteKind, category, meal, cents, derived, source FROM reimbursementRate ORDER BY 1, 2, 3, 4")
        }
        return try rows.map { row in
            let year: String = row[0], kind: String = row[1], category: String = row[2], meal: String = row[3]
            guard let programYear = ProgramYear(parsing: year), let siteKind = Site.Kind(rawValue: kind),
                let rateCategory = ReimbursementRate.Category(rawValue: category), let rateMeal = ReimbursementRate.Meal(rawValue: meal)
            else {
                throw StoreError.unreadableStoredValue(table: "reimbursementRate", column: "programYear", value: "\(year) \(kind) \(category) \(meal)")
            }
            return ReimbursementRate(
                year: programYear, siteKind: siteKind, category: rateCategory, meal: rateMeal, rate: Money(cents: row[4]),
                derived: row[5], source: row[6])
        }
    }

    /// Stores a claiming file's terms, site by site (sites not in the file keep theirs), all or nothing;
    /// every site it names must exist.
    @discardableResult
    public func importClaimingTerms(csv: String, file: String) throws -> Int {
        let terms = try ClaimingTermsReader.read(csv, file: file)
        var column = JSONColumn<ClaimingTerms>(table: "claimingTerms", column: "terms")
        let texts = try terms.values.sorted { $0.site.rawValue < $1.site.rawValue }.map { ($0.site, try column.text($0)) }
        try pool.write { db in
            for (site, text) in texts {
                guard try SiteRecord.exists(db, key: site.rawValue) else { throw MenuStoreError.unknownSite(site) }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO claimingTerms (siteId, terms) VALUES (?, ?)", arguments: [site.rawValue, text])
            }
        }
        return terms.count
    }

    /// How `site` claims, or nil when no claiming file named it.
    public func claimingTerms(site: Site.ID) throws -> ClaimingTerms? {
        guard let text = try read({ db in
            try String.fetchOne(db, sql: "SELECT terms FROM claimingTerms WHERE siteId = ?", arguments: [site.rawValue])
        }) else { return nil }
        var column = JSONColumn<ClaimingTerms>(table: "claimingTerms", column: "terms")
        return try column.value(text)
    }
}
