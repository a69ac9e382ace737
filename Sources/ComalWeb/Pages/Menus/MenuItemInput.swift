import ComalCore

/// One menu item as a cook asks for it, checked against the menu and the food table before
/// anything is stored. The item form and the API's JSON body both read into it, so that both say
/// the same things about the same mistakes.
struct MenuItemInput {
    /// What the cook chose to serve, as written: a food id, or a recipe id of the menu.
    enum Choice {
        case food(String)
        case recipe(String)
    }

    /// One thing wrong with the item, and which part of it.
    struct Problem: Error, Equatable {
        enum Part: Equatable {
            /// The food or recipe.
            case dish
            /// One age group's serving.
            case serving(MealPatternAgeGroup)
            /// The servings as a whole (none was given).
            case servings
        }

        var part: Part
        var message: BilingualText
    }

    /// Every problem found, in the order the form shows its fields.
    struct Refusal: Error {
        var problems: [Problem]
    }

    var dish: MenuItem.Dish
    var serve: [MenuItem.AgeGroupServing]

    /// Reads `choice` (nil: none made) and the serving texts of the menu's age groups (an empty or
    /// missing text: that group is not served the item), every problem at once.
    init(choice: Choice?, serve texts: [MealPatternAgeGroup: String], view: SiteMenuView) throws(Refusal) {
        var problems: [Problem] = []
        var dish: MenuItem.Dish?
        switch choice {
        case nil:
            problems.append(
                Problem(
                    part: .dish,
                    message: BilingualText(english: "Choose a food or a recipe.", spanish: "Elija un alimento o una receta.")))
        case .recipe(let raw):
            let id = Recipe.ID(raw)
            if view.menu.recipes.contains(where: { $0.id == id }) {
                dish = .recipe(id)
            } else {
                problems.append(
                    Problem(
                        part: .dish,
                        message: BilingualText(
                            english: "\"\(id)\" is not a recipe of this menu; choose one from the list.",
                            spanish: "\"\(id)\" no es una receta de este menú; elija una de la lista.")))
            }
        case .food(let raw):
            let id = Food.ID(raw)
            if view.foods[id] != nil {
                dish = .food(id)
            } else {
                problems.append(
                    Problem(
                        part: .dish,
                        message: BilingualText(
                            english: "\"\(id)\" is not a food in the food table; choose one from the list.",
                            spanish: "\"\(id)\" no es un alimento de la tabla de alimentos; elija uno de la lista.")))
            }
        }
        var serve: [MenuItem.AgeGroupServing] = []
        var unreadable = false
        for ageGroup in view.menu.ageGroups {
            let text = (texts[ageGroup] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            guard let serving = Serving(parsing: text), serving.amount > 0 else {
                unreadable = true
                let label = ageGroup.label
                problems.append(
                    Problem(
                        part: .serving(ageGroup),
                        message: BilingualText(
                            english:
                                "\(label.english): \"\(text)\" is not a serving; write an amount up to \(Serving.largestAmount) and a unit, like 1/2 cup, 6 fl_oz or 1 oz_eq.",
                            spanish:
                                "\(label.spanish): \"\(text)\" no es una porción; escriba una cantidad de hasta \(Serving.largestAmount) y una unidad, como 1/2 cup, 6 fl_oz o 1 oz_eq."
                        )))
                continue
            }
            serve.append(MenuItem.AgeGroupServing(ageGroup: ageGroup, serving: serving))
        }
        if serve.isEmpty, !unreadable {
            problems.append(
                Problem(
                    part: .servings,
                    message: BilingualText(
                        english: "Give a serving for at least one age group.",
                        spanish: "Indique la porción de al menos un grupo de edad.")))
        }
        guard problems.isEmpty, let dish else { throw Refusal(problems: problems) }
        self.dish = dish
        self.serve = serve
    }
}
