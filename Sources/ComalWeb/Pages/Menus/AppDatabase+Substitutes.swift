import ComalCore
import ComalStore
import ComalWeek

extension AppDatabase {
    func substitutes(site: Site.ID, menu: Menu.ID, food: Food.ID, asOf: CalendarDate) throws -> [Substitution] {
        try MenuSubstitution(database: self).options(site: site, menu: menu, food: food, weeks: nil, asOf: asOf)
    }

    func shortAtReceiving(site: Site.ID) throws -> [MenuSubstitution.ShortAtReceiving] {
        try MenuSubstitution(database: self).shortAtReceiving(site: site)
    }

    func substitute(
        site: Site.ID, menu: Menu.ID, food: Food.ID, with substitute: Food.ID, reason: String, actor: String, now: LocalDateTime
    ) throws {
        try MenuSubstitution(database: self).apply(
            site: site, menu: menu, food: food, substitute: substitute, weeks: nil, reason: reason, actor: actor, now: now)
    }
}
