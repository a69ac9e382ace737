import ComalCore
import Foundation

/// Reads a menu YAML file (format in `menus/menu.schema.json` and `docs/menus.md`) into a `Menu`,
/// refusing unknown keys, values, units, components and age groups, and checking that every food and
/// recipe it names exists.
public enum MenuReader {
    /// The menu in `text`; `foods` is the food table the menu's items must name.
    public static func read(_ text: String, file: String, foods: [Food.ID: Food]) throws(MenuInputError) -> Menu {
        let root = try DocumentField.root(of: text, file: file).mapping(allowed: [
            "id", "name", "setting", "age_groups", "recipes", "weeks",
        ])
        let ageGroups = try root.required("age_groups").sequence().map { field throws(MenuInputError) in
            try field.choice(MealPatternAgeGroup.self)
        }
        var recipes: [Recipe] = []
        for field in try root.optional("recipes")?.sequence() ?? [] {
            let recipe = try readRecipe(field, foods: foods)
            guard !recipes.contains(where: { $0.id == recipe.id }) else { throw field.error(.duplicate(recipe.id.rawValue)) }
            recipes.append(recipe)
        }
        var weeks: [MenuWeek] = []
        for field in try root.required("weeks").sequence() {
            weeks.append(try readWeek(field, ageGroups: ageGroups, recipes: recipes, foods: foods))
        }
        return Menu(
            id: Menu.ID(try root.required("id").text()), name: try root.required("name").bilingual(),
            setting: try root.required("setting").choice(CareSetting.self), ageGroups: ageGroups,
            recipes: recipes, weeks: weeks)
    }

    private static func readRecipe(_ field: DocumentField, foods: [Food.ID: Food]) throws(MenuInputError) -> Recipe {
        let mapping = try field.mapping(allowed: ["id", "name", "servings", "portion", "ingredients"])
        var ingredients: [Recipe.Ingredient] = []
        for ingredientField in try mapping.required("ingredients").sequence() {
            let ingredient = try ingredientField.mapping(allowed: ["food", "quantity", "credit_as"])
            let foodField = try ingredient.required("food")
            let food = Food.ID(try foodField.text())
            guard let known = foods[food] else { throw foodField.error(.unresolved("names no food in the food table: \(food)")) }
            let quantityField = try ingredient.required("quantity")
            let creditAs = try ingredient.optional("credit_as")?.choice(FoodComponent.self)
            if let creditAs, !known.components.contains(creditAs) {
                throw try ingredient.required("credit_as").error(
                    .unknownValue(creditAs.rawValue, allowed: known.components.map(\.rawValue)))
            }
            ingredients.append(Recipe.Ingredient(food: food, quantity: try quantity(quantityField), creditAs: creditAs))
        }
        let servingsField = try mapping.required("servings")
        let servings = try servingsField.number()
        guard servings > 0 else { throw servingsField.error(.wrongType(expected: "a positive number")) }
        return Recipe(
            id: Recipe.ID(try mapping.required("id").text()), name: try mapping.required("name").bilingual(),
            ingredients: ingredients, servings: servings, portion: try mapping.required("portion").serving())
    }

    /// `5 LB`, `2 #10 CN`.
    private static func quantity(_ field: DocumentField) throws(MenuInputError) -> Quantity {
        let raw = try field.label()
        let parts = raw.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let amount = Decimal(fractionText: parts[0]), amount > 0,
            let unit = MeasureUnit(rawValue: parts[1])
        else { throw field.error(.badQuantity(raw)) }
        return Quantity(amount, unit)
    }

    private static func readWeek(
        _ field: DocumentField, ageGroups: [MealPatternAgeGroup], recipes: [Recipe],
        foods: [Food.ID: Food]
    ) throws(MenuInputError) -> MenuWeek {
        let mapping = try field.mapping(allowed: ["week", "days"])
        var days: [MenuDay] = []
        for dayField in try mapping.required("days").sequence() {
            let day = try dayField.mapping(allowed: ["day", "meals"])
            var meals: [MenuMeal] = []
            for mealField in try day.required("meals").sequence() {
                let meal = try mealField.mapping(allowed: ["meal", "items"])
                var items: [MenuItem] = []
                for itemField in try meal.required("items").sequence() {
                    items.append(try readItem(itemField, ageGroups: ageGroups, recipes: recipes, foods: foods))
                }
                meals.append(MenuMeal(type: try meal.required("meal").choice(MealType.self), items: items))
            }
            days.append(MenuDay(label: try day.required("day").label(), meals: meals))
        }
        return MenuWeek(number: try mapping.required("week").integer(), days: days)
    }

    private static func readItem(
        _ field: DocumentField, ageGroups: [MealPatternAgeGroup], recipes: [Recipe],
        foods: [Food.ID: Food]
    ) throws(MenuInputError) -> MenuItem {
        let mapping = try field.mapping(allowed: ["food", "recipe", "serve", "credit_as", "attributes"])
        let dish: MenuItem.Dish
        var components: [FoodComponent] = []
        switch (mapping.optional("food"), mapping.optional("recipe")) {
        case (let foodField?, nil):
            let id = Food.ID(try foodField.text())
            guard let food = foods[id] else { throw foodField.error(.unresolved("names no food in the food table: \(id)")) }
            dish = .food(id)
            components = food.components
        case (nil, let recipeField?):
            let id = Recipe.ID(try recipeField.text())
            guard recipes.contains(where: { $0.id == id }) else {
                throw recipeField.error(.unresolved("names no recipe in this menu's recipes: \(id)"))
            }
            dish = .recipe(id)
        default:
            throw field.error(.unresolved("must name exactly one of food or recipe"))
        }
        let serveField = try mapping.required("serve")
        let serve = try serveField.mapping(allowed: ageGroups.map(\.rawValue))
        var servings: [MenuItem.AgeGroupServing] = []
        for (key, servingField) in serve.fields {
            servings.append(
                MenuItem.AgeGroupServing(ageGroup: MealPatternAgeGroup(rawValue: key)!, serving: try servingField.serving()))
        }
        servings.sort { $0.ageGroup < $1.ageGroup }
        let creditAs = try mapping.optional("credit_as")?.choice(FoodComponent.self)
        if let creditAs, case .food = dish, !components.contains(creditAs) {
            throw try mapping.required("credit_as").error(.unknownValue(creditAs.rawValue, allowed: components.map(\.rawValue)))
        }
        return MenuItem(
            dish: dish, servings: servings, creditAs: creditAs,
            attributes: try mapping.optional("attributes")?.attributes() ?? CreditingAttributes())
    }
}
