import ComalCore

/// A site's own copy of a menu: the YAML as last saved, and who saved it when.
public struct SiteMenu: Hashable, Sendable {
    public var site: Site.ID
    public var menu: Menu.ID
    /// The menu YAML (format in `docs/menus.md`); read it with `MenuReader` and the stored food table.
    public var source: String
    /// The file it was first assigned from, to name it in messages.
    public var file: String
    public var updatedAt: LocalDateTime
    public var updatedBy: String

    public init(site: Site.ID, menu: Menu.ID, source: String, file: String, updatedAt: LocalDateTime, updatedBy: String) {
        self.site = site
        self.menu = menu
        self.source = source
        self.file = file
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// Why a menu could not be assigned or saved.
public enum MenuStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No food table has been imported, so no menu can be read.
    case noFoodTable
    case unknownSite(Site.ID)
    case noSites
    case unknownMenu(site: Site.ID, menu: Menu.ID)
    /// An edit tried to change the menu's id, which names the site's copy.
    case menuIDChanged(from: Menu.ID, to: Menu.ID)
    /// The stored food table no longer reads a food a site's menu names.
    case menusNeedFoods([String])

    public var description: String {
        switch self {
        case .noFoodTable:
            "no food table has been imported; run `comal import foods catalogs/foods.csv` first"
        case .unknownSite(let site):
            "there is no site \"\(site)\"; import it with `comal import sites`"
        case .noSites:
            "no site matches; name sites with --site, or import sites first"
        case .unknownMenu(let site, let menu):
            "site \(site) has no menu \"\(menu)\""
        case .menuIDChanged(let from, let to):
            "the menu's id changed from \(from) to \(to); a site's menu keeps its id"
        case .menusNeedFoods(let problems):
            "the new food table cannot read menus sites already have: \(problems.joined(separator: "; "))"
        }
    }
}
