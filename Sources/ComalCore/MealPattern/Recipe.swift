import Foundation

/// A dish made from foods: ingredients by quantity as purchased, and the number of portions it yields,
/// from which each portion's crediting follows.
public struct Recipe: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Tagged<Recipe, String>

    public var id: ID
    public var name: BilingualText
    public var ingredients: [Ingredient]
    /// Portions the recipe makes.
    public var servings: Decimal
    /// The size of one portion (`1 cup`), so a menu can serve part or more of one.
    public var portion: Serving

    /// One food in the recipe, by quantity as purchased.
    public struct Ingredient: Hashable, Sendable, Codable {
        public var food: Food.ID
        public var quantity: Quantity
        /// The component it credits toward in this dish, when the food may credit toward more than one.
        public var creditAs: FoodComponent?

        /// Creates an ingredient.
        public init(food: Food.ID, quantity: Quantity, creditAs: FoodComponent? = nil) {
            self.food = food
            self.quantity = quantity
            self.creditAs = creditAs
        }
    }

    /// Creates a recipe.
    public init(id: ID, name: BilingualText, ingredients: [Ingredient], servings: Decimal, portion: Serving) {
        self.id = id
        self.name = name
        self.ingredients = ingredients
        self.servings = servings
        self.portion = portion
    }
}
