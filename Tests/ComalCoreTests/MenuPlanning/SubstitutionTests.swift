import ComalCore
import Foundation
import Testing

/// Substitutes on `PlateFixture`'s Monday lunch.
@Suite struct SubstitutionTests {
    func options(_ food: String) -> [Substitution] {
        Substitution.options(
            for: Food.ID(food), in: PlateFixture.menu, weeks: nil, site: PlateFixture.site, foods: PlateFixture.foods,
            products: PlateFixture.products, suppliers: [PlateFixture.alpha, PlateFixture.bravo], asOf: CalendarDate(year: 2026, month: 10, day: 15)!)
    }

    @Test func aSubstituteIsAPricedFoodOfTheSameComponentThatKeepsTheMealCompliant() throws {
        // Jicama (a vegetable, 1/4 cup each) has no product; canned pinto beans are the only priced
        // vegetable, and 1/4 cup of them credits as the vegetable.
        let found = options("jicama")
        #expect(found.map(\.food.id.rawValue) == ["beans"])
        let beans = try #require(found.first)
        #expect(beans.places == [Substitution.Place(week: 1, day: 0, meal: 0, item: 4)])
        let item = beans.menu.weeks[0].days[0].meals[0].items[4]
        #expect(item.dish == .food(Food.ID("beans")))
        #expect(item.servings == PlateFixture.menu.weeks[0].days[0].meals[0].items[4].servings)
    }

    @Test func noFoodOfTheSameComponentMeansNoSubstitute() {
        // Milk is the only milk in the food table; cheese (a meat alternate) is not offered for it.
        #expect(options("milk").isEmpty)
        #expect(options("not-a-food").isEmpty)
    }
}
