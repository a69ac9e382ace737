import ComalCore
import ComalPages
import ComalStore
import Foundation
import Hummingbird

/// The cook's menu pages: the site's menus, a week with its CACFP check, the form that changes an
/// item, and the printable wall menu and production record. Every route checks `SiteAccess` first.
struct MenuController<Repository: MenuRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    /// The item form, read and checked against the menu and the food table before anything is stored.
    struct ItemInput {
        var dish: MenuItem.Dish
        var serve: [MenuItem.AgeGroupServing]

        /// Every problem at once, in the reader's language.
        init(_ form: FormData, view: SiteMenuView, language: Language) throws(ItemFormError) {
            let english = language == .english
            var problems: [String] = []
            let raw = (form["dish"] ?? "").trimmingCharacters(in: .whitespaces)
            var dish: MenuItem.Dish?
            if raw.isEmpty {
                problems.append(english ? "Choose a food or a recipe." : "Elija un alimento o una receta.")
            } else if raw.hasPrefix("recipe:") {
                let id = Recipe.ID(String(raw.dropFirst("recipe:".count)))
                if view.menu.recipes.contains(where: { $0.id == id }) {
                    dish = .recipe(id)
                } else {
                    problems.append(
                        english
                            ? "\"\(id)\" is not a recipe of this menu; choose one from the list."
                            : "\"\(id)\" no es una receta de este menú; elija una de la lista.")
                }
            } else {
                let id = Food.ID(raw.hasPrefix("food:") ? String(raw.dropFirst("food:".count)) : raw)
                if view.foods[id] != nil {
                    dish = .food(id)
                } else {
                    problems.append(
                        english
                            ? "\"\(id)\" is not a food in the food table; choose one from the list."
                            : "\"\(id)\" no es un alimento de la tabla de alimentos; elija uno de la lista.")
                }
            }
            var serve: [MenuItem.AgeGroupServing] = []
            var unreadable = false
            for ageGroup in view.menu.ageGroups {
                let text = (form["serve_\(ageGroup.rawValue)"] ?? "").trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { continue }
                guard let serving = Serving(parsing: text), serving.amount > 0 else {
                    unreadable = true
                    let label = ageGroup.label.text(in: language)
                    problems.append(
                        english
                            ? "\(label): \"\(text)\" is not a serving; write an amount and a unit, like 1/2 cup, 6 fl_oz or 1 oz_eq."
                            : "\(label): \"\(text)\" no es una porción; escriba una cantidad y una unidad, como 1/2 cup, 6 fl_oz o 1 oz_eq."
                    )
                    continue
                }
                serve.append(MenuItem.AgeGroupServing(ageGroup: ageGroup, serving: serving))
            }
            if serve.isEmpty, !unreadable {
                problems.append(
                    english
                        ? "Give a serving for at least one age group."
                        : "Indique la porción de al menos un grupo de edad.")
            }
            guard problems.isEmpty, let dish else { throw ItemFormError(problems: problems) }
            self.dish = dish
            self.serve = serve
        }
    }

    /// Why the item form was refused: every problem, for the page to list.
    struct ItemFormError: Error {
        var problems: [String]
    }

    /// Where an item is, from the path: the week, day and meal, and the item (nil: a new one).
    struct ItemPlace {
        var week: MenuWeek
        var dayIndex, mealIndex: Int
        var item: Int?
        var day: MenuDay { week.days[dayIndex] }
        var meal: MenuMeal { day.meals[mealIndex] }
        var editorPlace: MenuEditor.Place { MenuEditor.Place(week: week.number, day: dayIndex, meal: mealIndex) }
    }

    func addRoutes(to router: Router<WebContext>) {
        let menus = router.group("sites/:site/menus")
        menus.get("") { _, context in try listPage(context) }
        menus.get(":menu/weeks/:week") { request, context in
            let access = try authorize(context, changing: .nothing)
            let view = try load(access, context)
            let week = try week(of: view, context)
            let saved = request.uri.queryParameters["saved"] != nil
            let notice =
                saved
                ? (context.language == .english
                    ? "The menu was saved and checked again." : "El menú se guardó y se revisó otra vez.") : nil
            return renderer.render(
                try MenuWeekPage(access: access, view: view, week: week, asOf: try asOf(), notice: notice, context: context))
        }
        let item: RouterPath = ":menu/weeks/:week/days/:day/meals/:meal/items/:item"
        menus.get(item) { _, context in
            let access = try authorize(context, changing: .menus)
            let view = try load(access, context)
            let place = try place(in: view, context)
            var dish = ""
            var serve: [MealPatternAgeGroup: String] = [:]
            if let index = place.item {
                let stored = place.meal.items[index]
                switch stored.dish {
                case .food(let id): dish = "food:\(id)"
                case .recipe(let id): dish = "recipe:\(id)"
                }
                for serving in stored.servings { serve[serving.ageGroup] = serving.serving.menuText }
            }
            return renderer.render(itemPage(access, view, place, context, dish: dish, serve: serve, problems: []))
        }
        menus.post(item) { _, context in try saveItem(context) }
        menus.get(":menu/weeks/:week/print") { request, context in
            let access = try authorize(context, changing: .nothing)
            let view = try load(access, context)
            let week = try week(of: view, context)
            let languages: [Language] =
                switch request.uri.queryParameters["lang"].map(String.init) {
                case "en": [.english]
                case "es": [.spanish]
                case "both": [.english, .spanish]
                default: [context.language]
                }
            var allergens: [Food.ID: Set<Allergen>] = [:]
            for product in try repository.allProducts() {
                allergens[Food.ID(product.food), default: []].formUnion(product.allergens)
            }
            let printed = try PrintedMenu.make(menu: view.menu, week: week.number, foods: view.foods, allergens: allergens)
            return Self.printable(PrintedMenuPage.render(printed, languages: languages))
        }
        menus.get(":menu/weeks/:week/production") { request, context in
            let access = try authorize(context, changing: .nothing)
            let view = try load(access, context)
            let week = try week(of: view, context)
            let language: Language =
                switch request.uri.queryParameters["lang"].map(String.init) {
                case "en": .english
                case "es": .spanish
                default: context.language
                }
            let (plan, _) = ServingPlan.enrollment(of: access.site, for: view.menu)
            let record = try ProductionRecord.make(menu: view.menu, week: week.number, plan: plan, foods: view.foods)
            return Self.printable(ProductionPage.render(record, site: access.site, language: language))
        }
    }

    /// A printable page: its own inline stylesheet is allowed, nothing else (no script, no fetches).
    static func printable(_ html: String) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        headers[.init("Content-Security-Policy")!] =
            "default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func authorize(_ context: WebContext, changing change: SiteAccess.Change) throws -> SiteAccess {
        try SiteAccess(context, siteID: context.parameters.get("site") ?? "", sites: repository.sites(), changing: change)
    }

    private func asOf() throws -> CalendarDate { try repository.localDateTime(at: configuration.now()).date }

    /// The site's menu named in the path, read against the stored food table; 404 when there is none.
    private func load(_ access: SiteAccess, _ context: WebContext) throws -> SiteMenuView {
        guard let id = context.parameters.get("menu"),
            let stored = try repository.siteMenu(site: access.site.id, menu: Menu.ID(id)),
            let foods = try repository.foods()
        else { throw WebError.notFound }
        return SiteMenuView(
            stored: stored, menu: try MenuReader.read(stored.source, file: stored.file, foods: foods), foods: foods)
    }

    private func week(of view: SiteMenuView, _ context: WebContext) throws -> MenuWeek {
        guard let number = context.parameters.get("week").flatMap(Int.init),
            let week = view.menu.weeks.first(where: { $0.number == number })
        else { throw WebError.notFound }
        return week
    }

    private func place(in view: SiteMenuView, _ context: WebContext) throws -> ItemPlace {
        let week = try week(of: view, context)
        guard let day = context.parameters.get("day").flatMap(Int.init), week.days.indices.contains(day - 1),
            let meal = context.parameters.get("meal").flatMap(Int.init), week.days[day - 1].meals.indices.contains(meal - 1)
        else { throw WebError.notFound }
        let items = week.days[day - 1].meals[meal - 1].items
        let raw = context.parameters.get("item") ?? ""
        if raw == "new" { return ItemPlace(week: week, dayIndex: day - 1, mealIndex: meal - 1, item: nil) }
        guard let item = Int(raw), items.indices.contains(item - 1) else { throw WebError.notFound }
        return ItemPlace(week: week, dayIndex: day - 1, mealIndex: meal - 1, item: item - 1)
    }

    private func itemPage(
        _ access: SiteAccess, _ view: SiteMenuView, _ place: ItemPlace, _ context: WebContext, dish: String,
        serve: [MealPatternAgeGroup: String], problems: [String]
    ) -> MenuItemPage {
        let base = SiteMenuView.weekPath(site: access.site.id, menu: view.menu.id, week: place.week.number)
        let formPath =
            "\(base)/days/\(place.dayIndex + 1)/meals/\(place.mealIndex + 1)/items/\(place.item.map { String($0 + 1) } ?? "new")"
        return MenuItemPage(
            access: access, view: view, week: place.week.number, day: place.day, meal: place.meal, formPath: formPath,
            isNew: place.item == nil, dish: dish, serve: serve, problems: problems, context: context)
    }

    private func listPage(_ context: WebContext) throws -> Response {
        let access = try authorize(context, changing: .nothing)
        var views: [SiteMenuView] = []
        if let foods = try repository.foods() {
            for stored in try repository.siteMenus(site: access.site.id) {
                views.append(
                    SiteMenuView(
                        stored: stored, menu: try MenuReader.read(stored.source, file: stored.file, foods: foods), foods: foods))
            }
        }
        return renderer.render(try MenuListPage(site: access.site, menus: views, asOf: try asOf(), context: context))
    }

    private func saveItem(_ context: WebContext) throws -> Response {
        let access = try authorize(context, changing: .menus)
        let view = try load(access, context)
        let place = try place(in: view, context)
        let language = context.language
        let form = context.form
        let posted = Dictionary(
            uniqueKeysWithValues: view.menu.ageGroups.map { ($0, (form["serve_\($0.rawValue)"] ?? "")) })
        func refused(_ problems: [String], _ status: HTTPResponse.Status) -> Response {
            renderer.render(
                itemPage(access, view, place, context, dish: form["dish"] ?? "", serve: posted, problems: problems),
                status: status)
        }
        let edit: MenuEditor.Edit
        let detail: String
        let where_ = "week \(place.week.number) \(place.day.label) \(place.meal.type.rawValue)"
        if form["action"] == "remove" {
            guard let index = place.item else { throw WebError.notFound }
            edit = .remove(index: index)
            detail = "\(where_): removed item \(index + 1) (\(view.name(of: place.meal.items[index], .english)))"
        } else {
            let input: ItemInput
            do { input = try ItemInput(form, view: view, language: language) } catch {
                return refused(error.problems, .unprocessableContent)
            }
            edit = .set(index: place.item, dish: input.dish, serve: input.serve)
            let item = MenuItem(dish: input.dish, servings: input.serve)
            detail =
                "\(where_): \(place.item.map { "item \($0 + 1)" } ?? "new item") \(view.name(of: item, .english)) \(view.servings(of: item, .english))"
        }
        do {
            let yaml = try MenuEditor.apply(edit, at: place.editorPlace, to: view.stored.source)
            try repository.saveSiteMenu(
                site: access.site.id, menu: view.menu.id, yaml: yaml, now: repository.localDateTime(at: configuration.now()),
                actor: access.account.username, detail: detail)
        } catch let error as MenuInputError {
            return refused([error.description], .unprocessableContent)
        } catch let error as MenuResolutionError {
            return refused([error.explanation.text(in: language)], .unprocessableContent)
        } catch let error as MenuEditor.EditError {
            return refused([error.description], .conflict)
        } catch let error as MenuStoreError {
            return refused([error.description], .conflict)
        }
        return .redirect(
            to: SiteMenuView.weekPath(site: access.site.id, menu: view.menu.id, week: place.week.number) + "?saved=1")
    }
}
