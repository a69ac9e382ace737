import ComalCore
import ComalStore
import Foundation

/// What the menu pages and the menu API both do with a site's menus: read them against the stored
/// food table, and change one item through `MenuEditor`, re-read, re-check and audit it.
extension MenuRepository {
    /// The site's menu `id`, read against the stored food table; not found when there is none.
    func siteMenuView(site: Site.ID, menu id: String?) throws -> SiteMenuView {
        guard let id, let stored = try siteMenu(site: site, menu: Menu.ID(id)), let foods = try foods() else {
            throw WebError.notFound
        }
        return SiteMenuView(
            stored: stored, menu: try menu(stored), foods: foods)
    }

    /// Every menu of the site, by id; none before a food table is imported.
    func siteMenuViews(site: Site.ID) throws -> [SiteMenuView] {
        guard let foods = try foods() else { return [] }
        return try siteMenus(site: site).map {
            SiteMenuView(stored: $0, menu: try menu($0), foods: foods)
        }
    }

    /// Sets (`input`) or removes (nil) the item at `place` of the site's menu and stores the menu
    /// when it still reads and resolves for the check, with an `edit menu` audit entry by `actor`.
    /// Throws `MenuInputError` or `MenuResolutionError` when the changed menu would not read (bad
    /// input), `MenuEditor.EditError` or `MenuStoreError` when the stored menu changed under the
    /// request; nothing is stored then. The change is made to the menu as `view` read it, and refused
    /// with `StoreError.changedSinceRead` when the stored menu has since changed, or when the user's
    /// `seen` version (the page's or the client's) is not the one `view` read.
    func changeItem(
        _ input: MenuItemInput?, at place: MenuItemPlace, of view: SiteMenuView, site: Site.ID, actor: String, now: Date,
        seen: ContentVersion?
    ) throws {
        let read = ContentVersion(of: view.stored.source)
        if let seen, seen != read { throw StoreError.changedSinceRead(what: .menu(site, view.menu.id)) }
        let edit: MenuEditor.Edit
        let detail: String
        if let input {
            edit = .set(index: place.item, dish: input.dish, serve: input.serve)
            let item = MenuItem(dish: input.dish, servings: input.serve)
            detail =
                "\(place.auditText): \(place.item.map { "item \($0 + 1)" } ?? "new item") \(view.name(of: item, .english)) \(view.servings(of: item, .english))"
        } else {
            guard let index = place.item else { throw WebError.notFound }
            edit = .remove(index: index)
            detail = "\(place.auditText): removed item \(index + 1) (\(view.name(of: place.meal.items[index], .english)))"
        }
        let yaml = try MenuEditor.apply(edit, at: place.editorPlace, to: view.stored.source)
        try saveSiteMenu(
            site: site, menu: view.menu.id, yaml: yaml, now: localDateTime(at: now), actor: actor, detail: detail,
            basedOn: read)
    }
}
