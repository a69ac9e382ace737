import ComalCore
import ComalStore
import ComalWeek
import Foundation

/// What the route pages read and change: the saved plan of a window, its stops' events, and the
/// two delivery steps (`DeliveryDay`): planning the routes and recording a stop.
protocol RouteRepository: WeekRepository, JobRepository {
    func plannedRoutes(window id: OrderWindow.ID) throws -> [PlannedRoute]
    func plannedStops(window id: OrderWindow.ID) throws -> [PlannedStop]
    func deliveryEvents(window id: OrderWindow.ID) throws -> [DeliveryEvent]
    func planRoutes(
        window: OrderWindow.ID, vehicles: [Vehicle], timeLimit: Duration, language: Language, directory: String, actor: String,
        now: LocalDateTime, searching: @escaping @Sendable (Duration, Duration) -> Void
    ) throws
    func recordStop(
        _ kind: DeliveryEvent.Kind, window: OrderWindow.ID, site: Site.ID, goods: DeliveryDay.Goods?, note: String?,
        actor: String, now: LocalDateTime
    ) throws
    func planFleet(window id: OrderWindow.ID) throws -> (vehicles: [Vehicle], roads: RoadEstimate)?
    func moveStop(
        _ site: Site.ID, to vehicle: Vehicle.ID, window: OrderWindow.ID, language: Language, directory: String, actor: String,
        now: LocalDateTime
    ) throws
}

extension AppDatabase: RouteRepository {
    func moveStop(
        _ site: Site.ID, to vehicle: Vehicle.ID, window: OrderWindow.ID, language: Language, directory: String, actor: String,
        now: LocalDateTime
    ) throws {
        try DeliveryDay(database: self, window: window).moveStop(
            site, to: vehicle, language: language, directory: directory, actor: actor, now: now)
    }

    func planRoutes(
        window: OrderWindow.ID, vehicles: [Vehicle], timeLimit: Duration, language: Language, directory: String, actor: String,
        now: LocalDateTime, searching: @escaping @Sendable (Duration, Duration) -> Void
    ) throws {
        _ = try DeliveryDay(database: self, window: window).plan(
            vehicles: vehicles, roads: RoadEstimate(), timeLimit: timeLimit, seed: 1, language: language, directory: directory,
            actor: actor, now: now, searching: searching)
    }

    func recordStop(
        _ kind: DeliveryEvent.Kind, window: OrderWindow.ID, site: Site.ID, goods: DeliveryDay.Goods?, note: String?,
        actor: String, now: LocalDateTime
    ) throws {
        try DeliveryDay(database: self, window: window).record(kind, at: site, goods: goods, note: note, actor: actor, now: now)
    }
}
