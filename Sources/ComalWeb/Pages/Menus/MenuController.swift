import ComalCore
import ComalPages
import ComalStore
import ComalWeek
import Foundation
import Hummingbird

/// The cook's menu pages: the site's menus, a week with its CACFP check, the form that changes an
/// item, and the printable wall menu and production record. Every route checks `SiteAccess` first.
struct MenuController<Repository: MenuRepository> {
    let repository: Repository
    let renderer: PageRenderer
    let configuration: WebConfiguration
    let jobs: JobRunner<Repository>

    /// The item form's fields as the shared input reads them: `dish` is `food:ID`, `recipe:ID` or
    /// a bare food id; `serve_AGE` is the serving of each of the menu's age groups.
    static func input(_ form: FormData, view: SiteMenuView) throws(MenuItemInput.Refusal) -> MenuItemInput {
        let raw = (form["dish"] ?? "").trimmingCharacters(in: .whitespaces)
        let choice: MenuItemInput.Choice? =
            raw.isEmpty
            ? nil
            : raw.hasPrefix("recipe:")
                ? .recipe(String(raw.dropFirst("recipe:".count)))
                : .food(raw.hasPrefix("food:") ? String(raw.dropFirst("food:".count)) : raw)
        let serve = Dictionary(uniqueKeysWithValues: view.menu.ageGroups.map { ($0, form["serve_\($0.rawValue)"] ?? "") })
        return try MenuItemInput(choice: choice, serve: serve, view: view)
    }

    func addRoutes(to router: Router<WebContext>) {
        let menus = router.group("sites/:site/menus")
        menus.get("") { request, context in
            try listPage(context, planned: request.uri.queryParameters["planned"] != nil)
        }
        menus.get(":menu/weeks/:week") { request, context in
            let access = try authorize(context, changing: .nothing)
            let view = try load(access, context)
            let week = try view.week(context.parameters.get("week"))
            let saved = request.uri.queryParameters["saved"] != nil
            let notice = saved ? MenuLabels(context.language).savedAndChecked : nil
            return try renderer.render(
                try MenuWeekPage(access: access, view: view, week: week, asOf: try asOf(), notice: notice, context: context))
        }
        let item: RouterPath = ":menu/weeks/:week/days/:day/meals/:meal/items/:item"
        menus.get(item) { _, context in
            let access = try authorize(context, changing: .menus)
            let view = try load(access, context)
            return try renderer.render(storedItemPage(access, view, try place(in: view, context), context, problems: []))
        }
        menus.post(item) { _, context in try saveItem(context) }
        menus.get(":menu/substitutes") { request, context in
            let access = try authorize(context, changing: .menus)
            let view = try load(access, context)
            let id = Food.ID(String((request.uri.queryParameters["food"] ?? "").prefix(80)))
            return try substitutesPage(access, view, food: id, context)
        }
        menus.post(":menu/substitutes") { _, context in try substitute(context) }
        // Planning a menu runs `comal menu plan` as a job the cook follows; the plan becomes one more menu.
        let plans = router.group("sites/:site/menu-plans")
        plans.post("") { _, context in try startPlan(context) }
        plans.get(":job") { _, context in
            let access = try authorize(context, changing: .menus)
            guard let id = context.parameters.get("job").flatMap(Int64.init), let job = try repository.job(Job.ID(id)),
                job.kind == .planMenu, job.site == access.site.id
            else { throw WebError.notFound }
            if job.state == .done { return Response.redirect(to: "/sites/\(access.site.id)/menus?planned=\(job.id)") }
            return try renderer.render(JobPage(job, context: context))
        }
        menus.get(":menu/weeks/:week/print") { request, context in
            let access = try authorize(context, changing: .nothing)
            let view = try load(access, context)
            let week = try view.week(context.parameters.get("week"))
            let languages =
                request.uri.queryParameters["lang"].flatMap { MenuPageLanguages(rawValue: String($0)) }?.languages
                ?? [context.language]
            let printed = try PrintedMenu.make(
                menu: view.menu, week: week.number, foods: view.foods,
                allergens: PrintedMenu.allergensByFood(try repository.allProducts()))
            return PrintableResponse.html(PrintedMenuPage.render(printed, languages: languages))
        }
        menus.get(":menu/weeks/:week/production") { request, context in
            let access = try authorize(context, changing: .nothing)
            let view = try load(access, context)
            let week = try view.week(context.parameters.get("week"))
            let language: Language =
                switch request.uri.queryParameters["lang"].map(String.init) {
                case "en": .english
                case "es": .spanish
                default: context.language
                }
            let record = try view.productionRecord(week: week, site: access.site)
            return PrintableResponse.html(ProductionPage.render(record, site: access.site, language: language))
        }
    }

    private func authorize(_ context: WebContext, changing change: SiteAccess.Change) throws -> SiteAccess {
        try repository.siteAccess(context, changing: change)
    }

    private func asOf() throws -> CalendarDate { try repository.localDateTime(at: configuration.now()).date }

    /// The site's menu named in the path, read against the stored food table; 404 when there is none.
    private func load(_ access: SiteAccess, _ context: WebContext) throws -> SiteMenuView {
        try repository.siteMenuView(site: access.site.id, menu: context.parameters.get("menu"))
    }

    /// The item the path names; `new` is a new one.
    private func place(in view: SiteMenuView, _ context: WebContext) throws -> MenuItemPlace {
        let item = context.parameters.get("item") ?? ""
        return try MenuItemPlace(
            in: view, week: context.parameters.get("week"), day: context.parameters.get("day"),
            meal: context.parameters.get("meal"), item: item == "new" ? nil : item)
    }

    /// The item form filled with the item as the menu stores it (empty for a new one).
    private func storedItemPage(
        _ access: SiteAccess, _ view: SiteMenuView, _ place: MenuItemPlace, _ context: WebContext, problems: [String]
    ) -> MenuItemPage {
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
        return itemPage(access, view, place, context, dish: dish, serve: serve, problems: problems)
    }

    private func itemPage(
        _ access: SiteAccess, _ view: SiteMenuView, _ place: MenuItemPlace, _ context: WebContext, dish: String,
        serve: [MealPatternAgeGroup: String], problems: [String]
    ) -> MenuItemPage {
        let base = SiteMenuView.weekPath(site: access.site.id, menu: view.menu.id, week: place.week.number)
        let formPath =
            "\(base)/days/\(place.dayIndex + 1)/meals/\(place.mealIndex + 1)/items/\(place.item.map { String($0 + 1) } ?? "new")"
        return MenuItemPage(
            access: access, view: view, week: place.week.number, day: place.day, meal: place.meal, formPath: formPath,
            isNew: place.item == nil, dish: dish, serve: serve, problems: problems, context: context)
    }

    /// Starts a plan from the posted form, or shows the menus again with what is wrong with it.
    private func startPlan(_ context: WebContext) throws -> Response {
        let access = try authorize(context, changing: .menus)
        guard let executable = configuration.plannerExecutable else { throw WebError.notFound }
        let recipes = try Self.recipes(try repository.siteMenuViews(site: access.site.id))
        switch MenuPlanForm.wishes(context.form, recipes: recipes, language: context.language) {
        case .failure(let refusal):
            return try listPage(context, posted: context.form, problems: refusal.problems, status: .unprocessableContent)
        case .success(let wishes):
            let process = MenuPlanProcess(executable: executable, database: configuration.databasePath)
            let (site, actor) = (access.site.id, access.account.username)
            let job: Job
            do {
                job = try jobs.start(.planMenu, site: site, actor: actor) { progress in
                    try process.run(site: site, wishes: wishes, actor: actor, progress: progress)
                }
            } catch let error as StoreError {
                return try listPage(
                    context, posted: context.form, problems: [error.explanation.text(in: context.language)], status: .conflict)
            }
            return .redirect(to: "/sites/\(site)/menu-plans/\(job.id)")
        }
    }

    /// The recipes of the site's menus, once each: the dishes a cook may keep in a plan.
    private static func recipes(_ views: [SiteMenuView]) -> [Recipe] {
        var seen = Set<Recipe.ID>()
        return views.flatMap(\.menu.recipes).filter { seen.insert($0.id).inserted }
    }

    private func listPage(
        _ context: WebContext, posted: FormData? = nil, problems: [String] = [], planned: Bool = false,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let access = try authorize(context, changing: .nothing)
        let views = try repository.siteMenuViews(site: access.site.id)
        let today = try asOf()
        let (products, suppliers) = (try repository.allProducts(), try repository.suppliers())
        let rates = try repository.reimbursementRates()
        let terms = try repository.claimingTerms(site: access.site.id)
        var economics: [Menu.ID: MenuListPage.Economics] = [:]
        for view in views {
            let cost = MenuCost.make(menu: view.menu, site: access.site, foods: view.foods, products: products, suppliers: suppliers)
            // Without stored rates or terms, or with a rate missing, the page shows the cost alone.
            let margin = terms.flatMap {
                try? MenuMargin.make(menu: view.menu, cost: cost, site: access.site, terms: $0, rates: rates, year: nil, today: today)
            }
            economics[view.menu.id] = MenuListPage.Economics(cost: cost, margin: margin)
        }
        let plan =
            access.canEditMenus && configuration.plannerExecutable != nil && !views.isEmpty
            ? MenuPlanForm(
                site: access.site.id, recipes: Self.recipes(views), hasSeasons: !(try repository.produceSeasons()).isEmpty, posted: posted,
                problems: problems, language: context.language)
            : nil
        return try renderer.render(
            try MenuListPage(
                site: access.site, menus: views, economics: economics, asOf: today, plan: plan,
                notice: planned ? MenuPlanLabels(context.language).planned : nil,
                shorts: access.canEditMenus ? try repository.shortAtReceiving(site: access.site.id) : [], context: context),
            status: status)
    }

    private func substitutesPage(
        _ access: SiteAccess, _ view: SiteMenuView, food id: Food.ID, _ context: WebContext, problems: [String] = [],
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        guard let food = view.foods[id] else { throw WebError.notFound }
        let options: [Substitution]
        do {
            options = try repository.substitutes(site: access.site.id, menu: view.menu.id, food: id, asOf: try asOf())
        } catch is SubstitutionError {
            throw WebError.notFound
        }
        return try renderer.render(
            SubstitutesPage(access: access, view: view, food: food, options: options, problems: problems, context: context),
            status: status)
    }

    /// Puts the chosen substitute on the site's menu, only if it is still one of the options.
    private func substitute(_ context: WebContext) throws -> Response {
        let access = try authorize(context, changing: .menus)
        let view = try load(access, context)
        let form = context.form
        let food = Food.ID(String((form["food"] ?? "").prefix(80)))
        let chosen = Food.ID(String((form["use"] ?? "").prefix(80)))
        let reason = String((form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(120))
        do {
            try repository.substitute(
                site: access.site.id, menu: view.menu.id, food: food, with: chosen,
                reason: reason.isEmpty ? "short or out of stock" : reason, actor: access.account.username,
                now: try repository.localDateTime(at: configuration.now()))
        } catch let error as SubstitutionError {
            guard view.foods[food] != nil else { throw WebError.notFound }
            return try substitutesPage(access, view, food: food, context, problems: [error.description], status: .conflict)
        }
        return .redirect(to: "/sites/\(access.site.id)/menus")
    }

    private func saveItem(_ context: WebContext) throws -> Response {
        let access = try authorize(context, changing: .menus)
        let view = try load(access, context)
        let place = try place(in: view, context)
        let language = context.language
        let form = context.form
        let posted = Dictionary(
            uniqueKeysWithValues: view.menu.ageGroups.map { ($0, (form["serve_\($0.rawValue)"] ?? "")) })
        func refused(_ problems: [String], _ status: HTTPResponse.Status) throws -> Response {
            try renderer.render(
                itemPage(access, view, place, context, dish: form["dish"] ?? "", serve: posted, problems: problems),
                status: status)
        }
        var input: MenuItemInput?
        if form["action"] != "remove" {
            do { input = try Self.input(form, view: view) } catch {
                return try refused(error.problems.map { $0.message.text(in: language) }, .unprocessableContent)
            }
        }
        do {
            try repository.changeItem(
                input, at: place, of: view, site: access.site.id, actor: access.account.username, now: configuration.now(),
                seen: form.seenVersion)
        } catch let error as StoreError where error.isChangedSinceRead {
            // Someone else changed the menu since this form was shown: show the item as it is now.
            let current = try load(access, context)
            return try renderer.render(
                storedItemPage(
                    access, current, try self.place(in: current, context), context,
                    problems: [error.explanation.text(in: language)]),
                status: .conflict)
        } catch let error as MenuInputError {
            return try refused([error.description], .unprocessableContent)
        } catch let error as MenuResolutionError {
            return try refused([error.explanation.text(in: language)], .unprocessableContent)
        } catch let error as MenuEditor.EditError {
            return try refused([error.description], .conflict)
        } catch let error as MenuStoreError {
            return try refused([error.description], .conflict)
        }
        return .redirect(
            to: SiteMenuView.weekPath(site: access.site.id, menu: view.menu.id, week: place.week.number) + "?saved=1")
    }
}
