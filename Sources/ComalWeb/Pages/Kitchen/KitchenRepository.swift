import ComalCore
import ComalStore
import ComalWeek

/// What the kitchen's pages read and change: the day from `KitchenDesk`, and the records it keeps.
protocol KitchenRepository: WeekRepository {
    var kitchenDesk: KitchenDesk { get }
    func kitchens() throws -> [Kitchen]
    func kitchenTemperatures(kitchen: Kitchen.ID, date: CalendarDate) throws -> [Site.ID: [TemperatureReading]]
    func kitchenReceipts(kitchen: Kitchen.ID, date: CalendarDate) throws -> [Site.ID: KitchenReceipt]
}

extension AppDatabase: KitchenRepository {
    var kitchenDesk: KitchenDesk { KitchenDesk(database: self) }
}
