import ComalCore
import Foundation
import Testing

/// Needs worked by hand from `PlateFixture`: 4 children 1-2, 10 children 3-5, 6 children 6-12.
@Suite struct MenuNeedsTests {
    let needs = MenuNeeds.compute(
        menu: PlateFixture.menu, week: PlateFixture.menu.weeks[0], plan: PlateFixture.plan, foods: PlateFixture.foods)

    func need(_ id: String) -> FoodNeed? { needs.needs.first { $0.food.id.rawValue == id } }

    @Test func recipeScaledAcrossThreeAgeGroups() {
        // Portions of 1/2 cup: 4 × 1/2 + 10 × 1 + 6 × 2 = 24, so 24 / 20 = 1.2 batches of the recipe.
        #expect(need("beans")?.exact == Quantity(Decimal(string: "1.2")!, .can10))
        #expect(need("oil")?.exact == Quantity(Decimal(string: "4.8")!, .ounce))
        // Cheese: 1.2 × 2 LB in the recipe, plus 16 servings of 1 oz served as is (16 per LB): 2.4 + 1.
        #expect(need("cheese")?.exact == Quantity(Decimal(string: "3.4")!, .pound))
        #expect(need("cheese")?.dishes.map(\.english) == ["Bean and cheese filling", "Cheddar cheese"])
    }

    @Test func boughtByTheCanThePoundAndTheCount() {
        #expect(need("beans")?.toBuy == Quantity(2, .can10))  // 1.2 cans: cans are bought whole
        #expect(need("cheese")?.toBuy == Quantity(Decimal(string: "3.4")!, .pound))
        // Tortillas by the piece: 4 × 1/2 + 10 × 1 + 6 × 2 = 24.
        #expect(need("tortilla")?.toBuy == Quantity(24, .each))
        // Milk: 4 × 4 + 10 × 6 + 6 × 8 = 124 fl oz = 15.5 servings of 8 fl oz, / 16 per GAL = 0.96875.
        #expect(need("milk")?.exact == Quantity(Decimal(string: "0.96875")!, .gallon))
        #expect(need("milk")?.toBuy == Quantity(Decimal(string: "0.97")!, .gallon))
        // Jicama: 20 servings of 1/4 cup at 10 per LB.
        #expect(need("jicama")?.toBuy == Quantity(2, .pound))
        #expect(needs.needs.map(\.food.id.rawValue) == ["milk", "beans", "cheese", "oil", "tortilla", "jicama"])
        #expect(needs.problems.isEmpty)
    }

    @Test func purchaseNeedRoundsUpNeverDown() {
        #expect(PurchaseMeasure.roundedUp(Quantity(Decimal(string: "2.001")!, .can10)) == Quantity(3, .can10))
        #expect(
            PurchaseMeasure.roundedUp(Quantity(Decimal(string: "2.001")!, .pound)) == Quantity(Decimal(string: "2.01")!, .pound))
        // 17.5 eggs is 18 eggs: a dozen and a half.
        let eggs = PurchaseMeasure.roundedUp(Quantity(Decimal(string: "17.5")! / 12, .dozen))
        #expect(eggs.converted(to: .each).map { Int(truncating: NSDecimalNumber(decimal: $0.amount)) } == 18)
    }

    @Test func servingsThatCannotBeConvertedAreReported() {
        var menu = PlateFixture.menu
        menu.weeks[0].days[0].meals[0].items = [PlateFixture.serve(.food(Food.ID("cheese")), [(.ages3to5, "1/2 cup")])]
        let result = MenuNeeds.compute(menu: menu, week: menu.weeks[0], plan: PlateFixture.plan, foods: PlateFixture.foods)
        #expect(result.needs.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message.english.contains("cannot be turned into its purchase unit LB") == true)
    }

    @Test func plannedAttendanceReplacesEnrollmentAtOneMeal() {
        var plan = PlateFixture.plan
        plan.planned[ServingPlan.Occasion(day: "Mon", meal: .lunch)] = [.ages3to5: 8]
        let result = MenuNeeds.compute(
            menu: PlateFixture.menu, week: PlateFixture.menu.weeks[0], plan: plan, foods: PlateFixture.foods)
        // 8 × 1 tortilla.
        #expect(result.needs.first { $0.food.id.rawValue == "tortilla" }?.toBuy == Quantity(8, .each))
    }

    @Test func enrolledInfantsTheMenuDoesNotServeAreReported() {
        let (plan, notServed) = ServingPlan.enrollment(of: PlateFixture.site, for: PlateFixture.menu)
        #expect(plan == PlateFixture.plan)
        #expect(notServed == [.infant: 2])
    }
}
