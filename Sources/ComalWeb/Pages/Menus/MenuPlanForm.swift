import ComalCore
import ComalPlanner
import ComalWeek

/// The cook's request for a planned menu, as the menus page shows and posts it: weeks, the time the
/// solver may take, spacing, the site's recipes to keep every week, allergens to avoid.
struct MenuPlanForm: Sendable, Encodable {
    struct Choice: Sendable, Encodable {
        var name, label: String
        var checked: Bool
    }

    struct TimeOption: Sendable, Encodable {
        var seconds: Int
        var selected: Bool
    }

    struct MonthOption: Sendable, Encodable {
        var number: Int
        var name: String
        var selected: Bool
    }

    var l: MenuPlanLabels
    var action: String
    var weeks, spacing: Int
    var times: [TimeOption]
    var keep: [Choice]
    var avoid: [Choice]
    var problems: [String]
    var hasKeep, hasProblems: Bool
    /// The months to plan produce in season for, when the alliance has stored its seasons.
    var months: [MonthOption]
    var hasSeasons: Bool

    /// The time limits a cook chooses among: a search of minutes at most, while a page waits.
    static let timeLimits = [30, 60, 120, 300]

    init(
        site: Site.ID, recipes: [Recipe], hasSeasons: Bool, posted: FormData?, problems: [String] = [], language: Language
    ) {
        l = MenuPlanLabels(language)
        action = "/sites/\(site)/menu-plans"
        weeks = posted.flatMap { $0["weeks"] }.flatMap { Int($0) } ?? 4
        spacing = posted.flatMap { $0["spacing"] }.flatMap { Int($0) } ?? 2
        let time = posted.flatMap { $0["time"] }.flatMap { Int($0) } ?? 120
        times = Self.timeLimits.map { TimeOption(seconds: $0, selected: $0 == time) }
        keep = recipes.map {
            Choice(name: "keep_\($0.id)", label: $0.name.text(in: language), checked: posted?["keep_\($0.id)"] == "1")
        }
        avoid = Allergen.allCases.map {
            Choice(name: "avoid_\($0.rawValue)", label: $0.label.text(in: language), checked: posted?["avoid_\($0.rawValue)"] == "1")
        }
        self.problems = problems
        self.hasSeasons = hasSeasons
        let month = posted.flatMap { $0["season"] }.flatMap { Int($0) }
        months = MenuPlanLabels.monthNames(language).enumerated().map {
            MonthOption(number: $0.offset + 1, name: $0.element, selected: $0.offset + 1 == month)
        }
        hasKeep = !keep.isEmpty
        hasProblems = !problems.isEmpty
    }

    /// The wishes a posted form asks for, or the problems with it, each naming its field.
    static func wishes(_ form: FormData, recipes: [Recipe], language: Language) -> Result<MenuPlanning.Wishes, Refusal> {
        let l = MenuPlanLabels(language)
        var problems: [String] = []
        let weeks = Int(form["weeks"] ?? "").filter { (1...MenuPlanRequest.largestWeeks).contains($0) }
        if weeks == nil { problems.append(l.weeksProblem) }
        let spacing = Int(form["spacing"] ?? "").filter { (1...MenuPlanRequest.largestSpacingDays).contains($0) }
        if spacing == nil { problems.append(l.spacingProblem) }
        let time = Int(form["time"] ?? "").filter { timeLimits.contains($0) }
        if time == nil { problems.append(l.timeProblem) }
        let season = form["season"] ?? ""
        let month = Int(season).filter { (1...12).contains($0) }
        if !season.isEmpty, month == nil { problems.append(l.seasonProblem) }
        guard let weeks, let spacing, let time else { return .failure(Refusal(problems: problems)) }
        return .success(
            MenuPlanning.Wishes(
                weeks: weeks, keep: recipes.filter { form["keep_\($0.id)"] == "1" }.map(\.id.rawValue),
                avoiding: Set(Allergen.allCases.filter { form["avoid_\($0.rawValue)"] == "1" }), spacingDays: spacing,
                inSeason: month, timeLimit: .seconds(time)))
    }

    struct Refusal: Error {
        var problems: [String]
    }
}

extension Optional where Wrapped == Int {
    fileprivate func filter(_ keep: (Int) -> Bool) -> Int? { flatMap { keep($0) ? $0 : nil } }
}

/// The plan form's texts in the reader's language.
struct MenuPlanLabels: Sendable, Encodable {
    static func monthNames(_ language: Language) -> [String] {
        language == .spanish
            ? ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    }

    let title, intro, weeks, time, seconds, spacing, spacingHelp, keep, avoid, plan: String
    let weeksProblem, spacingProblem, timeProblem, planned, season, anyMonth, seasonProblem: String

    init(_ language: Language) {
        func t(_ english: String, _ spanish: String) -> String { BilingualText(english: english, spanish: spanish).text(in: language) }
        title = t("Plan a cheaper menu", "Planear un menú más económico")
        intro = t(
            "Comal chooses among the items of this site's menus the least-cost cycle at the alliance's prices that meets the CACFP meal pattern at every meal for every age group, with no dish twice a week at one meal, checks it, and adds it to the site's menus; the current menus stay as they are.",
            "Comal elige entre los platillos de los menús de este sitio el ciclo de menor costo a los precios de la alianza que cumple el patrón de comidas de CACFP en cada comida para cada grupo de edad, sin repetir un platillo en la semana en una misma comida, lo revisa y lo agrega a los menús del sitio; los menús actuales quedan como están.")
        weeks = t("Weeks in the cycle (1 to 12)", "Semanas del ciclo (1 a 12)")
        time = t("Time the search may take", "Tiempo que puede tomar la búsqueda")
        seconds = t("seconds", "segundos")
        spacing = t("Days between two servings of a dish (1 to 10)", "Días entre dos veces que se sirve un platillo (1 a 10)")
        spacingHelp = t("2 keeps a dish off two days in a row.", "2 evita servir un platillo dos días seguidos.")
        keep = t("Keep every week", "Conservar cada semana")
        avoid = t("Leave out foods with", "Dejar fuera alimentos con")
        plan = t("Plan the menu", "Planear el menú")
        weeksProblem = t("Weeks: give a whole number from 1 to 12.", "Semanas: indique un número entero de 1 a 12.")
        spacingProblem = t("Days between servings: give a whole number from 1 to 10.", "Días entre porciones: indique un número entero de 1 a 10.")
        timeProblem = t("Time: choose one of the times offered.", "Tiempo: elija uno de los tiempos ofrecidos.")
        season = t("Fresh produce only in its local season in", "Productos frescos solo de temporada local en")
        anyMonth = t("any month", "cualquier mes")
        seasonProblem = t("Season: choose a month from the list.", "Temporada: elija un mes de la lista.")
        planned = t(
            "The planned menu passed the CACFP check and is now one of the site's menus, with its cost beside the others'.",
            "El menú planeado pasó la revisión de CACFP y ya es uno de los menús del sitio, con su costo junto al de los demás.")
    }
}
