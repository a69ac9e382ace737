import ComalCore
import GRDB

/// The single row of `alliance`.
struct AllianceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "alliance"

    var id = 1
    var name: String
    var buyer: String
    var hubName: String
    var hubAddress: String
    var hubCity: String
    var hubLatitude: Double
    var hubLongitude: Double
    var consolidationRule: CaseRoundingRule
    var timezone: String

    init(_ alliance: Alliance) {
        name = alliance.name
        buyer = alliance.buyer
        hubName = alliance.hub.name
        hubAddress = alliance.hub.address
        hubCity = alliance.hub.city
        hubLatitude = alliance.hub.coordinate.latitude
        hubLongitude = alliance.hub.coordinate.longitude
        consolidationRule = alliance.consolidationRule
        timezone = alliance.timezone
    }

    var alliance: Alliance {
        Alliance(
            name: name, buyer: buyer,
            hub: .init(
                name: hubName, address: hubAddress, city: hubCity,
                coordinate: GeoPoint(latitude: hubLatitude, longitude: hubLongitude)),
            consolidationRule: consolidationRule, timezone: timezone)
    }
}
