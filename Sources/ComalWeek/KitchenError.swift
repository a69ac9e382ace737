import ComalCore

/// Why a kitchen step cannot run, in words the cook or the buyer can act on.
public enum KitchenError: Error, Sendable, Equatable, CustomStringConvertible {
    case noKitchen
    case unknownKitchen(String, known: [String])
    case severalKitchens([String])
    case unknownSite(Site.ID, kitchen: Kitchen.ID)
    case notASatellite(Site.ID)
    /// No order window's delivery week holds the date, so the menus' cycle week is unknown.
    case noWindow(CalendarDate)
    case noCookingDay(from: CalendarDate)
    case kitchenAtHub(Kitchen.ID)
    case foodTableMissing
    /// A site's counts for a day came in after the kitchen's deadline.
    case countsClosed(due: LocalDateTime)

    public var description: String {
        switch self {
        case .noKitchen:
            "the alliance has no kitchen; name one under `kitchens:` in the alliance file and load it with `comal alliance load`"
        case .unknownKitchen(let id, let known):
            "there is no kitchen \"\(id)\"; the kitchens are \(known.joined(separator: ", "))"
        case .severalKitchens(let known):
            "the alliance has several kitchens (\(known.joined(separator: ", "))); name one with --kitchen"
        case .unknownSite(let site, let kitchen):
            "kitchen \(kitchen) cooks for \(site), which is not a site; import it with `comal import sites` or fix the alliance file"
        case .notASatellite(let site):
            "no kitchen cooks for \(site); the alliance file lists each kitchen's satellites"
        case .noWindow(let date):
            "no order window's delivery week holds \(date), so the menus' cycle week is unknown; open the window for that week with `comal window open`"
        case .noCookingDay(let from):
            "the kitchen's satellites have none of their meals on their menus in the two weeks from \(from)"
        case .kitchenAtHub(let kitchen):
            "kitchen \(kitchen) is at the hub, which orders for no site; put it at a site (`at:` in the alliance file) to order its food"
        case .countsClosed(let due):
            "the kitchen's deadline for these counts was \(due); call the kitchen to change them"
        case .foodTableMissing:
            "no food table has been imported; run `comal import foods catalogs/foods.csv` first"
        }
    }
}
