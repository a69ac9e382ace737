import ComalCore
import GRDB

extension AppDatabase {
    /// The columns of a sites file, in the order the template lists them.
    public static let siteColumns = [
        "site_id", "name", "kind", "address", "city", "lat", "lon", "window_start", "window_end",
        "enroll_infant", "enroll_1_2", "enroll_3_5", "enroll_6_12", "enroll_13_18", "enroll_adult",
    ]

    /// Columns a sites file may leave out: how many of `enroll_infant` are under six months (0 when absent).
    public static let siteOptionalColumns = ["enroll_infant_0_5mo"]

    /// The enrollment column of a sites file for each age group.
    private static let enrollmentColumns: [(AgeGroup, String)] = [
        (.infant, "enroll_infant"), (.ages1to2, "enroll_1_2"), (.ages3to5, "enroll_3_5"),
        (.ages6to12, "enroll_6_12"), (.ages13to18, "enroll_13_18"), (.adult, "enroll_adult"),
    ]

    /// Adds the sites of a sites file and updates those already known by `site_id`, all or nothing.
    public func importSites(csv: String, file: String) throws -> ImportSummary {
        let sites = try Self.parseSites(csv: csv, file: file)
        return try pool.write { db in
            var summary = ImportSummary()
            for site in sites {
                let record = SiteRecord(site)
                if let existing = try SiteRecord.fetchOne(db, key: record.id) {
                    guard existing != record else { summary.unchanged += 1; continue }
                    try record.update(db)
                    summary.updated += 1
                } else {
                    try record.insert(db)
                    summary.added += 1
                }
            }
            return summary
        }
    }

    /// Every site, by id.
    public func sites() throws -> [Site] {
        try read { db in try SiteRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM site ORDER BY id")).map { try $0.site() } }
    }

    /// One site, or nil.
    public func site(_ id: Site.ID) throws -> Site? {
        try read { db in try SiteRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM site WHERE id = ?"), arguments: [id.rawValue])?.site() }
    }

    private static func parseSites(csv: String, file: String) throws(ImportError) -> [Site] {
        let table = CSVTable(text: csv, file: file, columns: siteColumns, optional: siteOptionalColumns)
        var problems = table.problems
        var sites: [Site] = []
        var firstLines = FirstLines(column: "site_id", thing: ("site", "sitio"))
        for row in table.rows {
            let id = problems.text(row, "site_id")
            firstLines.note(id, at: row, &problems)
            let name = problems.text(row, "name"), address = problems.text(row, "address"), city = problems.text(row, "city")
            let kind = problems.choice(row, "kind", Site.Kind.self)
            let latitude = problems.degrees(row, "lat", name: "latitude", limit: 90)
            let longitude = problems.degrees(row, "lon", name: "longitude", limit: 180)
            let start = problems.clockTime(row, "window_start"), end = problems.clockTime(row, "window_end")
            var window: ClockWindow?
            if let start, let end {
                window = ClockWindow(start: start, end: end)
                if window == nil {
                    problems.add(
                        line: row.line, column: "window_end",
                        "the delivery window ends at \(end), which is not after its start \(start)",
                        "el horario de entrega termina a las \(end), que no es después de su inicio a las \(start)")
                }
            }
            var enrollment: [AgeGroup: Int] = [:]
            for (group, column) in enrollmentColumns {
                enrollment[group] = problems.integer(row, column, largest: Site.largestEnrollment)
            }
            let underSix = problems.integer(row, "enroll_infant_0_5mo", largest: Site.largestEnrollment, emptyValue: 0)
            if let underSix, let infants = enrollment[.infant], underSix > infants {
                problems.add(
                    row, "enroll_infant_0_5mo", "\(underSix) infants under six months is more than the \(infants) in enroll_infant",
                    "\(underSix) bebés menores de seis meses son más que los \(infants) de enroll_infant")
            }
            guard let id, let name, let address, let city, let kind, let latitude, let longitude, let window,
                enrollment.count == enrollmentColumns.count, let underSix
            else { continue }
            sites.append(
                Site(
                    id: Site.ID(id), name: name, kind: kind, address: address, city: city,
                    coordinate: GeoPoint(latitude: latitude, longitude: longitude),
                    deliveryWindow: window, enrollment: enrollment, infantsUnderSixMonths: underSix))
        }
        try problems.throwIfAny()
        return sites
    }
}
