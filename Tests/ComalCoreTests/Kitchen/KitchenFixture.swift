import ComalCore
import Foundation

/// A kitchen at `PlateFixture.site` cooking Monday lunch of `PlateFixture.menu` for two satellites:
/// T-02 (4 children 1-2, 10 children 3-5, 6 children 6-12, 2 infants the menu does not serve) and
/// T-03 (5 children 3-5), every child expected (100% attendance) unless a test says otherwise.
enum KitchenFixture {
    static let monday = CalendarDate(year: 2026, month: 12, day: 7)!

    static func time(_ text: String) -> ClockTime { ClockTime(parsing: text)! }

    static func site(_ id: String, latitude: Double, longitude: Double, enrollment: [AgeGroup: Int]) -> Site {
        Site(
            id: Site.ID(id), name: "Satellite \(id)", kind: .home, address: "1 Camino", city: "Chimayó",
            coordinate: GeoPoint(latitude: latitude, longitude: longitude),
            deliveryWindow: ClockWindow(start: time("07:00"), end: time("17:00"))!, enrollment: enrollment)
    }

    static let bigSite = site(
        "T-02", latitude: 35.99, longitude: -105.93, enrollment: [.infant: 2, .ages1to2: 4, .ages3to5: 10, .ages6to12: 6])
    static let smallSite = site("T-03", latitude: 36.00, longitude: -105.95, enrollment: [.ages3to5: 5])

    static func kitchen(
        serveAt: [String: String] = ["T-02": "11:30", "T-03": "11:30"], hot: Int? = 240, cold: Int? = 360, percent: Int = 100
    ) -> Kitchen {
        Kitchen(
            id: Kitchen.ID("K"), name: "Test kitchen", location: .site(PlateFixture.site.id),
            satellites: ["T-02", "T-03"].map {
                Kitchen.Satellite(site: Site.ID($0), meals: [Kitchen.SatelliteMeal(meal: .lunch, serveAt: time(serveAt[$0]!))])
            },
            departures: [Kitchen.Departure(meal: .lunch, time: time("09:30"))],
            hotHolding: hot.map { Kitchen.HoldingEquipment(name: "Hot carriers", holdMinutes: $0) },
            coldHolding: cold.map { Kitchen.HoldingEquipment(name: "Cold carriers", holdMinutes: $0) },
            attendancePercent: percent, countsDue: time("14:00"),
            vehicles: [
                Vehicle(
                    id: Vehicle.ID("VAN"), name: "Van", capacity: DeliveryLoad(cases: 100, pounds: 1000, coldCases: 100, frozenCases: 100),
                    shift: ClockWindow(start: time("08:00"), end: time("17:00"))!)
            ])
    }

    /// Jicama and milk keep cold, cheese carries milk; the rest is shelf-stable.
    static let facts: [Food.ID: KitchenDay.FoodFacts] = [
        Food.ID("jicama"): .init(storage: .cold, allergens: []),
        Food.ID("milk"): .init(storage: .cold, allergens: [.milk]),
        Food.ID("cheese"): .init(storage: .cold, allergens: [.milk]),
        Food.ID("tortilla"): .init(storage: .dry, allergens: []),
        Food.ID("beans"): .init(storage: .dry, allergens: []),
    ]

    static func day(_ kitchen: Kitchen = kitchen(), sites: [Site] = [bigSite, smallSite], date: CalendarDate = monday) -> KitchenDay {
        let satellites = sites.map { site in
            KitchenDay.Satellite(
                site: site, menu: PlateFixture.menu, week: 1,
                counts: [
                    .lunch: MealCount.expected(
                        enrollment: site.mealPatternEnrollment, ageGroups: PlateFixture.menu.ageGroups,
                        attendancePercent: kitchen.attendancePercent, recentActuals: [], confirmed: nil)
                ])
        }
        return KitchenDay.make(kitchen: kitchen, date: date, satellites: satellites, foods: PlateFixture.foods, facts: facts)
    }
}
