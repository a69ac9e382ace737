/// The kitchen's deliveries for one departure as a routing problem: the kitchen is the depot, each
/// satellite a stop whose window opens at the departure and closes at the earliest of its meal times
/// and the end of the holding time of the food it gets (the equipment's for hot and cold food held at
/// temperature, 4 hours where time is the control).
public struct KitchenRoute: Sendable {
    /// One satellite's stop: what it gets, and the latest the vehicle may arrive, with the reason.
    public struct Stop: Hashable, Sendable {
        public var site: Site.ID
        public var meals: [MealType]
        public var containers: Int
        public var latestArrival: ClockTime
        public var limit: Limit
    }

    /// What closes a stop's window.
    public enum Limit: Hashable, Sendable {
        /// The site sits down to eat `meal` then.
        case mealTime(MealType)
        /// `temperature` food's holding time from the departure runs out then.
        case holding(ServingTemperature, HoldLimit)

        public var label: BilingualText {
            switch self {
            case .mealTime(let meal):
                BilingualText(english: "\(meal.label.english) is served", spanish: "se sirve el \(meal.label.spanish)")
            case .holding(let temperature, let limit) where limit.timeIsTheControl:
                BilingualText(
                    english: "\(temperature.label.english) food's 4 hours of time as the control end",
                    spanish: "terminan las 4 horas de control por tiempo de la comida \(temperature.label.spanish)")
            case .holding(let temperature, let limit):
                BilingualText(
                    english: "\(temperature.label.english) holding ends (\(limit.minutes / 60) h \(limit.minutes % 60) min)",
                    spanish: "termina la conservación \(temperature.label.spanish) (\(limit.minutes / 60) h \(limit.minutes % 60) min)")
            }
        }
    }

    /// Parking, carrying in and signing the receipt, and checking temperatures: per stop and per container.
    public static let serviceSeconds = (fixed: 300, perContainer: 30)

    public var departure: ClockTime
    public var stops: [Stop]
    /// Satellites whose meal cannot be served within the holding time even if driven straight to.
    public var problems: [KitchenRouteProblem]

    /// The stops of the meals of `day` leaving at `departure`.
    public init(day: KitchenDay, departure: ClockTime) {
        self.departure = departure
        stops = []
        problems = []
        for service in day.sites {
            let meals = service.meals.filter { $0.departure == departure && !$0.items.isEmpty }
            guard !meals.isEmpty else { continue }
            var latest = (time: Int.max, limit: Limit.mealTime(meals[0].meal))
            var containers = 0
            for meal in meals {
                if meal.serveAt.minutes < latest.time { latest = (meal.serveAt.minutes, .mealTime(meal.meal)) }
                for item in meal.items {
                    containers += item.containers.count
                    guard let hold = HoldLimit.of(item.temperature, kitchen: day.kitchen) else { continue }
                    let end = departure.minutes + hold.minutes
                    if end < latest.time { latest = (end, .holding(item.temperature, hold)) }
                    if meal.serveAt.minutes > end {
                        let problem = KitchenRouteProblem.servedAfterHolding(
                            site: service.site.id, meal: meal.meal, serveAt: meal.serveAt, temperature: item.temperature, limit: hold)
                        if !problems.contains(problem) { problems.append(problem) }
                    }
                }
            }
            guard latest.time > departure.minutes, let close = ClockTime(minutes: min(latest.time, 24 * 60 - 1)) else {
                problems.append(.mealBeforeDeparture(site: service.site.id, departure: departure))
                continue
            }
            stops.append(
                Stop(site: service.site.id, meals: meals.map(\.meal), containers: containers, latestArrival: close, limit: latest.limit))
        }
    }

    /// The planner for these stops from `depot` with the kitchen's vehicles, each leaving at the departure.
    public func planner(depot: GeoPoint, sites: [Site], vehicles: [Vehicle], roads: RoadEstimate = RoadEstimate())
        throws(DeliveryPlanError) -> DeliveryPlanner
    {
        var terms: [Site.ID: DeliveryPlanner.StopTerms] = [:]
        let deliveries = stops.map { stop in
            terms[stop.site] = DeliveryPlanner.StopTerms(
                window: ClockWindow(start: departure, end: stop.latestArrival)!,
                serviceSeconds: Self.serviceSeconds.fixed + Self.serviceSeconds.perContainer * stop.containers)
            return SiteDelivery(site: stop.site, items: [], load: DeliveryLoad(cases: stop.containers))
        }
        let leaving = vehicles.map { vehicle in
            var leaving = vehicle
            if let shift = ClockWindow(start: max(vehicle.shift.start, departure), end: vehicle.shift.end) { leaving.shift = shift }
            return leaving
        }
        return try DeliveryPlanner(hub: depot, sites: sites, deliveries: deliveries, vehicles: leaving, roads: roads, terms: terms)
    }
}

/// A satellite's meal that no route can bring in time, with what to change.
public enum KitchenRouteProblem: Hashable, Sendable {
    case servedAfterHolding(site: Site.ID, meal: MealType, serveAt: ClockTime, temperature: ServingTemperature, limit: HoldLimit)
    case mealBeforeDeparture(site: Site.ID, departure: ClockTime)

    public var message: BilingualText {
        switch self {
        case .servedAfterHolding(let site, let meal, let serveAt, let temperature, let limit):
            BilingualText(
                english:
                    "\(site) serves \(meal.label.english) at \(serveAt), past the \(limit.minutes / 60) h \(limit.minutes % 60) min the \(temperature.label.english) food may be held after it leaves: send it later or serve earlier",
                spanish:
                    "\(site) sirve el \(meal.label.spanish) a las \(serveAt), después de las \(limit.minutes / 60) h \(limit.minutes % 60) min que la comida \(temperature.label.spanish) puede esperar desde que sale: envíela más tarde o sirva antes"
            )
        case .mealBeforeDeparture(let site, let departure):
            BilingualText(
                english: "\(site) serves before the meals leave at \(departure): move its meal time or the departure",
                spanish: "\(site) sirve antes de que la comida salga a las \(departure): cambie su hora de comida o la salida")
        }
    }
}
