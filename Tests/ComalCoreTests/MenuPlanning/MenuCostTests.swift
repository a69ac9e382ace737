import ComalCore
import Foundation
import Testing

/// `PlateFixture`'s Monday lunch costed by hand at the alliance's prices: each need rounded up to
/// whole eaches at that share of the case price (milk 1 of 4 gallons of $14.00 = $3.50; beans 2 of 6
/// cans of $48.00 = $16.00; cheese one 5-lb each of $40.00 / 4 = $10.00, tied with two 2-lb eaches of
/// $30.00 / 6 and taken by SKU; tortillas 24 of 48 of $9.60 = $4.80): $34.30, shared back by exact amounts.
@Suite struct MenuCostTests {
    let cost = MenuCost.make(
        menu: PlateFixture.menu, site: PlateFixture.site, foods: PlateFixture.foods, products: PlateFixture.products,
        suppliers: [PlateFixture.alpha, PlateFixture.bravo])

    func item(_ id: String) -> MenuCost.Item? { cost.items.first { $0.dish.id == id } }

    @Test func theWeekCostsItsEachesAtTheirShareOfTheCasePrice() {
        #expect(cost.total == Money(cents: 350 + 1600 + 1000 + 480))
        #expect(cost.items.map(\.cost).sum() == cost.total)
        #expect(cost.meals.map(\.cost).sum() == cost.total)
        #expect(cost.ageGroups.map(\.cost).sum() == cost.total)
    }

    @Test func eachFoodsCostIsSharedByExactAmountsToTheCent() {
        #expect(item("milk")?.cost == Money(cents: 350))
        #expect(item("tortilla")?.cost == Money(cents: 480))
        // Cheese, $10.00, goes 2.4 LB to the filling (0.2 + 1.0 + 1.2 by age group) and 1 LB served as is
        // (10 oz + 6 oz): 58.82 + 294.12 + 352.94 + 183.82 + 110.29 cents; the three cents left go to
        // the largest remainders (352.94, then the tied 58.82 and 183.82): the filling gets
        // 59 + 294 + 353 = 706, the cheese 184 + 110 = 294.
        #expect(item("cheese")?.cost == Money(cents: 294))
        #expect(item("bean-cheese")?.cost == Money(cents: 1600 + 706))
        #expect(item("milk")?.perServing == Money(cents: 18))  // $3.50 / 20 = 17.5 cents, half up
    }

    @Test func perChildDayIsWeightedByEnrollmentInTheMenusAgeGroups() {
        // One menu day for 4 + 10 + 6 children (the 2 infants are not on the menu): $34.30 / 20.
        #expect(cost.childDays == 20)
        #expect(cost.perChildDay == Money(cents: 172))
        #expect(cost.perWeek == Money(cents: 3430))
        #expect(cost.meals.first?.perChild == Money(cents: 172))
        #expect(cost.ageGroups.map(\.childDays) == [4, 10, 6])
        #expect(cost.problems.contains(.enrolledNotServed(.infant, count: 2)))
    }

    @Test func foodsWithNoPricedProductAreListedNotCosted() {
        #expect(cost.unpriced.map(\.need.food.id.rawValue).sorted() == ["jicama", "oil"])
        #expect(item("jicama")?.cost == .zero)
        #expect(item("jicama")?.isPartlyUnpriced == true)
        #expect(item("bean-cheese")?.isPartlyUnpriced == true)  // the oil
        #expect(item("milk")?.isPartlyUnpriced == false)
    }
}
