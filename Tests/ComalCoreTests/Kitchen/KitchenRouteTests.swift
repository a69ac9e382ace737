import ComalCore
import Foundation
import Testing

/// Each stop's window on the kitchen's route closes at the earlier of its meal time and the end of its
/// food's holding time from the departure (09:30 in `KitchenFixture`).
@Suite struct KitchenRouteTests {
    func stop(_ route: KitchenRoute, _ site: String) -> KitchenRoute.Stop? { route.stops.first { $0.site.rawValue == site } }

    @Test func theMealTimeClosesTheWindowWhenItComesFirst() throws {
        let route = KitchenRoute(day: KitchenFixture.day(), departure: KitchenFixture.time("09:30"))
        let first = try #require(stop(route, "T-02"))
        #expect(first.latestArrival == KitchenFixture.time("11:30"))
        #expect(first.limit == .mealTime(.lunch))
        #expect(first.containers == 14)  // milk 3, filling 3, tortilla 3, cheese 2, jicama 3
        #expect(route.problems.isEmpty)
    }

    @Test func hotHoldingTimeClosesTheWindowAndALateMealIsReported() throws {
        // Hot carriers hold 4 h: food leaving at 09:30 must be served by 13:30; T-02 eats at 14:00.
        let kitchen = KitchenFixture.kitchen(serveAt: ["T-02": "14:00", "T-03": "11:00"])
        let route = KitchenRoute(day: KitchenFixture.day(kitchen), departure: KitchenFixture.time("09:30"))
        let late = try #require(stop(route, "T-02"))
        #expect(late.latestArrival == KitchenFixture.time("13:30"))
        #expect(late.limit == .holding(.hot, HoldLimit(minutes: 240, timeIsTheControl: false)))
        #expect(stop(route, "T-03")?.latestArrival == KitchenFixture.time("11:00"))
        #expect(
            route.problems == [
                .servedAfterHolding(
                    site: Site.ID("T-02"), meal: .lunch, serveAt: KitchenFixture.time("14:00"), temperature: .hot,
                    limit: HoldLimit(minutes: 240, timeIsTheControl: false))
            ])
    }

    @Test func withoutEquipmentTimeIsTheControlForFourHours() throws {
        // No hot carriers and 3 h cold ones: the cold food (12:30) runs out before the hot (13:30).
        let kitchen = KitchenFixture.kitchen(serveAt: ["T-02": "13:45", "T-03": "11:00"], hot: nil, cold: 180)
        let route = KitchenRoute(day: KitchenFixture.day(kitchen), departure: KitchenFixture.time("09:30"))
        #expect(stop(route, "T-02")?.latestArrival == KitchenFixture.time("12:30"))
        #expect(HoldLimit.of(.hot, kitchen: kitchen) == HoldLimit(minutes: 240, timeIsTheControl: true))
        #expect(HoldLimit.of(.ambient, kitchen: kitchen) == nil)
    }

    @Test func theSolverArrivesWithinEveryWindowAndLeavesOutASiteTooFarForTheHoldingTime() throws {
        // T-04 is near Carlsbad, about 450 km of road from Española: past any 11:30 lunch from a 09:30 start.
        let far = KitchenFixture.site("T-04", latitude: 32.42, longitude: -104.23, enrollment: [.ages3to5: 5])
        var kitchen = KitchenFixture.kitchen()
        kitchen.satellites.append(
            Kitchen.Satellite(site: far.id, meals: [Kitchen.SatelliteMeal(meal: .lunch, serveAt: KitchenFixture.time("11:30"))]))
        let day = KitchenFixture.day(kitchen, sites: [KitchenFixture.bigSite, KitchenFixture.smallSite, far])
        let route = KitchenRoute(day: day, departure: KitchenFixture.time("09:30"))
        let planner = try route.planner(
            depot: PlateFixture.site.coordinate, sites: [KitchenFixture.bigSite, KitchenFixture.smallSite, far],
            vehicles: kitchen.vehicles)
        let windows = planner.problem.stops.map(\.windows)
        #expect(windows[0] == [TimeWindow(open: 9 * 3600 + 1800, close: 11 * 3600 + 1800)])
        let plan = planner.plan(from: RoutingSolver().solve(planner.problem, seed: 7))
        #expect(plan.unserved.map(\.site) == [far.id])
        let visits = plan.routes.flatMap(\.stops)
        #expect(Set(visits.map(\.site)) == [KitchenFixture.bigSite.id, KitchenFixture.smallSite.id])
        for visit in visits {
            #expect(visit.arrival <= stop(route, visit.site.rawValue)!.latestArrival)
            #expect(visit.arrival >= KitchenFixture.time("09:30"))
        }
    }
}
