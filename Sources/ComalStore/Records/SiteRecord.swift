import ComalCore
import GRDB

/// A row of `site`: a member site, with its enrollment in one column per age group.
struct SiteRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "site"

    var id: String
    var name: String
    var kind: Site.Kind
    var address: String
    var city: String
    var latitude: Double
    var longitude: Double
    var windowStartMinutes: Int
    var windowEndMinutes: Int
    var enrollInfant: Int
    var enroll1to2: Int
    var enroll3to5: Int
    var enroll6to12: Int
    var enroll13to18: Int
    var enrollAdult: Int
    var enrollInfant0to5: Int

    init(_ site: Site) {
        id = site.id.rawValue
        name = site.name
        kind = site.kind
        address = site.address
        city = site.city
        latitude = site.coordinate.latitude
        longitude = site.coordinate.longitude
        windowStartMinutes = site.deliveryWindow.start.minutes
        windowEndMinutes = site.deliveryWindow.end.minutes
        enrollInfant = site.enrollment[.infant] ?? 0
        enroll1to2 = site.enrollment[.ages1to2] ?? 0
        enroll3to5 = site.enrollment[.ages3to5] ?? 0
        enroll6to12 = site.enrollment[.ages6to12] ?? 0
        enroll13to18 = site.enrollment[.ages13to18] ?? 0
        enrollAdult = site.enrollment[.adult] ?? 0
        enrollInfant0to5 = site.infantsUnderSixMonths
    }

    func site() throws -> Site {
        guard let start = ClockTime(minutes: windowStartMinutes), let end = ClockTime(minutes: windowEndMinutes),
            let window = ClockWindow(start: start, end: end)
        else {
            throw StoreError.unreadableStoredValue(
                table: "site", column: "windowStartMinutes",
                value: "\(windowStartMinutes)–\(windowEndMinutes)")
        }
        return Site(
            id: Site.ID(id), name: name, kind: kind, address: address, city: city,
            coordinate: GeoPoint(latitude: latitude, longitude: longitude), deliveryWindow: window,
            enrollment: [
                .infant: enrollInfant, .ages1to2: enroll1to2, .ages3to5: enroll3to5,
                .ages6to12: enroll6to12, .ages13to18: enroll13to18, .adult: enrollAdult,
            ], infantsUnderSixMonths: enrollInfant0to5)
    }
}

extension SiteRecord {
    /// The table's columns in their order, which `init(row:)` reads by position; a test holds the
    /// table to it, so a migration that adds a column must add it here too.
    static let columnOrder = [
        "id", "name", "kind", "address", "city", "latitude", "longitude", "windowStartMinutes", "windowEndMinutes",
        "enrollInfant", "enroll1to2", "enroll3to5", "enroll6to12", "enroll13to18", "enrollAdult", "enrollInfant0to5",
    ]

    /// Read by position rather than through `Decodable` or by name: the buyer's board reads every
    /// site, and finding fifteen columns by name in each of 2,000 rows hashed 30,000 strings a view.
    init(row: Row) throws {
        id = row[0]
        name = row[1]
        kind = try Site.Kind(stored: row[2], table: "site", column: "kind")
        address = row[3]
        city = row[4]
        latitude = row[5]
        longitude = row[6]
        windowStartMinutes = row[7]
        windowEndMinutes = row[8]
        enrollInfant = row[9]
        enroll1to2 = row[10]
        enroll3to5 = row[11]
        enroll6to12 = row[12]
        enroll13to18 = row[13]
        enrollAdult = row[14]
        enrollInfant0to5 = row[15]
    }
}
