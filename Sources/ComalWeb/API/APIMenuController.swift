import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// The cook's menu actions in the JSON API: the site's menus, a week with its CACFP check, and
/// changing, adding and removing an item. The same rule (`SiteAccess`, `changing: .menus`), the
/// same reading of the menu and the same edit as the pages (`MenuRepository+SiteMenus`,
/// `MenuItemInput`), so an API change is audited exactly like one made in the form.
struct APIMenuController<Repository: MenuRepository> {
    let repository: Repository
    let configuration: WebConfiguration

    /// The body of `PUT …/items/{item}` and `POST …/items`: `{"food": ID, "serve": {"3-5": "1/2 cup"}}`,
    /// or `recipe` instead of `food`. Shape problems (wrong types, unknown fields or age groups)
    /// are found here; what the values mean is `MenuItemInput`'s to judge.
    struct ItemBody {
        var choice: MenuItemInput.Choice?
        var serve: [MealPatternAgeGroup: String]

        init(_ object: [String: JSONValue], ageGroups: [MealPatternAgeGroup]) throws(APIError) {
            var problems: [APIProblem] = []
            for key in object.keys.sorted() where !["food", "recipe", "serve"].contains(key) {
                problems.append(
                    .init(field: key, english: "is not a field of a menu item", spanish: "no es un campo de un platillo del menú")
                )
            }
            func id(_ field: String) -> String? {
                guard let value = object[field] else { return nil }
                guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    problems.append(
                        .init(
                            field: field, english: "must be an id from the food table or the menu's recipes",
                            spanish: "debe ser un id de la tabla de alimentos o de las recetas del menú"))
                    return nil
                }
                return text.trimmingCharacters(in: .whitespaces)
            }
            let food = id("food")
            let recipe = id("recipe")
            if object["food"] != nil, object["recipe"] != nil {
                problems.append(
                    .init(
                        field: "recipe", english: "give a food or a recipe, not both",
                        spanish: "indique un alimento o una receta, no ambos"))
            }
            choice = food.map(MenuItemInput.Choice.food) ?? recipe.map(MenuItemInput.Choice.recipe)
            serve = [:]
            switch object["serve"] {
            case nil: break
            case .object(let servings):
                let groups = ageGroups.map(\.rawValue).joined(separator: ", ")
                for key in servings.keys.sorted() {
                    guard let group = MealPatternAgeGroup(rawValue: key), ageGroups.contains(group) else {
                        problems.append(
                            .init(
                                field: "serve.\(key)", english: "is not an age group of this menu; its age groups are \(groups)",
                                spanish: "no es un grupo de edad de este menú; sus grupos son \(groups)"))
                        continue
                    }
                    guard let text = servings[key]?.string else {
                        problems.append(
                            .init(
                                field: "serve.\(key)", english: "must be a serving as text, like \"1/2 cup\"",
                                spanish: "debe ser una porción en texto, como \"1/2 cup\""))
                        continue
                    }
                    serve[group] = text
                }
            default:
                problems.append(
                    .init(
                        field: "serve", english: "must be an object of servings by age group, like {\"3-5\": \"1/2 cup\"}",
                        spanish: "debe ser un objeto de porciones por grupo de edad, como {\"3-5\": \"1/2 cup\"}"))
            }
            guard problems.isEmpty else { throw .invalid(problems) }
        }

        /// The item, checked against the menu and the food table; each problem names its field.
        func input(_ view: SiteMenuView) throws(APIError) -> MenuItemInput {
            do {
                return try MenuItemInput(choice: choice, serve: serve, view: view)
            } catch {
                let dishField = if case .recipe = choice { "recipe" } else { "food" }
                throw .invalid(
                    error.problems.map { problem in
                        let field =
                            switch problem.part {
                            case .dish: dishField
                            case .serving(let group): "serve.\(group.rawValue)"
                            case .servings: "serve"
                            }
                        return APIProblem(field: field, message: problem.message)
                    })
            }
        }
    }

    func addRoutes(to api: APIRoutes) {
        api.get("sites/:site/menus") { _, context in
            let access = try authorize(context, changing: .nothing)
            return API.json(
                try APIModels.MenuList(
                    site: access.site, views: try repository.siteMenuViews(site: access.site.id), asOf: try asOf()))
        }
        let week = "sites/:site/menus/:menu/weeks/:week"
        api.get(week) { _, context in
            let access = try authorize(context, changing: .nothing)
            let view = try repository.siteMenuView(site: access.site.id, menu: context.parameters.get("menu"))
            return try weekReply(access, view, try view.week(context.parameters.get("week")), context)
        }
        api.get("\(week)/production") { _, context in
            let access = try authorize(context, changing: .nothing)
            let view = try repository.siteMenuView(site: access.site.id, menu: context.parameters.get("menu"))
            let record = try view.productionRecord(week: try view.week(context.parameters.get("week")), site: access.site)
            return API.json(APIModels.Production(record, site: access.site, menu: view.menu.id, language: context.language))
        }
        let items = "\(week)/days/:day/meals/:meal/items"
        api.post(items) { request, context in try change(request, context, item: nil, remove: false) }
        api.put("\(items)/:item") { request, context in
            try change(request, context, item: context.parameters.get("item") ?? "", remove: false)
        }
        api.delete("\(items)/:item") { request, context in
            try change(request, context, item: context.parameters.get("item") ?? "", remove: true)
        }
    }

    private func authorize(_ context: WebContext, changing change: SiteAccess.Change) throws -> SiteAccess {
        try repository.siteAccess(context, changing: change)
    }

    private func asOf() throws -> CalendarDate { try repository.localDateTime(at: configuration.now()).date }

    private func weekReply(
        _ access: SiteAccess, _ view: SiteMenuView, _ week: MenuWeek, _ context: WebContext,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        API.tagged(
            API.json(
                try APIModels.MenuWeekDetail(access: access, view: view, week: week, asOf: try asOf(), language: context.language),
                status: status),
            ContentVersion(of: view.stored.source))
    }

    /// Sets item `item` (nil: adds one) or removes it, then answers with the week checked again.
    private func change(_ request: Request, _ context: WebContext, item: String?, remove: Bool) throws -> Response {
        let access = try authorize(context, changing: .menus)
        let view = try repository.siteMenuView(site: access.site.id, menu: context.parameters.get("menu"))
        let place = try MenuItemPlace(
            in: view, week: context.parameters.get("week"), day: context.parameters.get("day"),
            meal: context.parameters.get("meal"), item: item)
        let input =
            remove ? nil : try ItemBody(try API.object(context.apiBody), ageGroups: view.menu.ageGroups).input(view)
        do {
            try repository.changeItem(
                input, at: place, of: view, site: access.site.id, actor: access.account.username, now: configuration.now(),
                seen: try API.ifMatch(request))
        } catch let error as MenuInputError {
            // The menu reader's own words are English only, as on the pages.
            throw APIError.invalid([APIProblem(field: "item", english: error.description, spanish: error.description)])
        } catch let error as MenuResolutionError {
            throw APIError.invalid([APIProblem(field: "item", message: error.explanation)])
        } catch let error as MenuEditor.EditError {
            throw APIError.conflict(BilingualText(english: error.description, spanish: error.description))
        } catch let error as MenuStoreError {
            throw APIError.conflict(BilingualText(english: error.description, spanish: error.description))
        }
        let changed = try repository.siteMenuView(site: access.site.id, menu: view.menu.id.rawValue)
        return try weekReply(
            access, changed, try changed.week(String(place.week.number)), context, status: item == nil ? .created : .ok)
    }
}
