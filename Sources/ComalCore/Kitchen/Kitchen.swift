import Foundation

/// A licensed kitchen that cooks for other sites of the alliance (its **satellites**), which have no
/// kitchen staff: it sends each one its meals in bulk containers, family style, from a departure time,
/// in hot and cold holding equipment (`shared/kitchen.md`).
public struct Kitchen: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Tagged<Kitchen, String>

    /// Where the kitchen cooks and its route starts: a member site's kitchen, or the hub's.
    public enum Location: Hashable, Sendable, Codable {
        case site(Site.ID)
        case hub
    }

    /// A site the kitchen cooks for, the meals it sends there, and when the site serves each one.
    public struct Satellite: Hashable, Sendable, Codable {
        public var site: Site.ID
        public var meals: [SatelliteMeal]

        public init(site: Site.ID, meals: [SatelliteMeal]) {
            self.site = site
            self.meals = meals
        }
    }

    /// One meal a satellite receives and the time it sits down to eat it: hot food must still be in
    /// its holding time then.
    public struct SatelliteMeal: Hashable, Sendable, Codable {
        public var meal: MealType
        public var serveAt: ClockTime

        public init(meal: MealType, serveAt: ClockTime) {
            self.meal = meal
            self.serveAt = serveAt
        }
    }

    /// When the vehicles leave with a meal; meals leaving together share a route.
    public struct Departure: Hashable, Sendable, Codable {
        public var meal: MealType
        public var time: ClockTime

        public init(meal: MealType, time: ClockTime) {
            self.meal = meal
            self.time = time
        }
    }

    /// Insulated carriers or a heated cabinet: what keeps food hot or cold on the way, and for how long
    /// the maker says it holds (the kitchen's own tested figure).
    public struct HoldingEquipment: Hashable, Sendable, Codable {
        public var name: String
        public var holdMinutes: Int

        public init(name: String, holdMinutes: Int) {
            self.name = name
            self.holdMinutes = holdMinutes
        }
    }

    /// The longest a kitchen may say its equipment holds food: a working day.
    public static let longestHoldMinutes = 12 * 60
    /// Expected attendance as a share of enrollment, in whole percent.
    public static let attendanceRange = 1...100

    public var id: ID
    public var name: String
    public var location: Location
    public var satellites: [Satellite]
    public var departures: [Departure]
    public var hotHolding: HoldingEquipment?
    public var coldHolding: HoldingEquipment?
    /// The share of enrolled children expected to eat, in percent, until a site has actual counts.
    public var attendancePercent: Int
    /// The time on the day before by which a site confirms or corrects its counts.
    public var countsDue: ClockTime
    /// The vehicles that carry the meals; capacity counts containers (`cases`) and shifts bound the route.
    public var vehicles: [Vehicle]

    public init(
        id: ID, name: String, location: Location, satellites: [Satellite], departures: [Departure],
        hotHolding: HoldingEquipment?, coldHolding: HoldingEquipment?, attendancePercent: Int, countsDue: ClockTime,
        vehicles: [Vehicle]
    ) {
        self.id = id
        self.name = name
        self.location = location
        self.satellites = satellites
        self.departures = departures
        self.hotHolding = hotHolding
        self.coldHolding = coldHolding
        self.attendancePercent = attendancePercent
        self.countsDue = countsDue
        self.vehicles = vehicles
    }

    /// The satellite record of `site`, if the kitchen cooks for it.
    public func satellite(_ site: Site.ID) -> Satellite? { satellites.first { $0.site == site } }

    /// When `meal` leaves the kitchen; nil when the kitchen sends no such meal.
    public func departure(of meal: MealType) -> ClockTime? { departures.first { $0.meal == meal }?.time }

    /// Whether the kitchen's site is `site` (a kitchen at the hub belongs to no site).
    public func isAt(_ site: Site.ID) -> Bool { location == .site(site) }
}
