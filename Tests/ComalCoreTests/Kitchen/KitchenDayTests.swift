import ComalCore
import Foundation
import Testing

/// Kitchen-day arithmetic worked by hand from `KitchenFixture`: T-02 eats 4 (1-2), 10 (3-5), 6 (6-12);
/// T-03 eats 5 (3-5).
@Suite struct KitchenDayTests {
    let day = KitchenFixture.day()

    func amount(_ value: String, _ unit: String) -> KitchenAmount { KitchenAmount(value: Decimal(string: value)!, unit: unit) }

    func item(_ site: String, _ food: String) -> KitchenDay.Item? {
        day.sites.first { $0.site.id.rawValue == site }?.meals.first?.items.first { $0.dish.id == food }
    }

    func batch(_ food: String) -> KitchenDay.BatchLine? { day.batch.first { $0.dish.id == food } }

    @Test func containersAreServingsTimesTheServingSizeInKitchenUnits() {
        // Milk: 4 × 4 fl oz = 2 cups, 10 × 6 fl oz = 7.5 cups, 6 × 8 fl oz = 6 cups.
        #expect(item("T-02", "milk")?.containers.map(\.amount) == [amount("2", "CUP"), amount("7.5", "CUP"), amount("6", "CUP")])
        #expect(item("T-02", "milk")?.amounts == [amount("15.5", "CUP")])
        #expect(item("T-02", "milk")?.containers.map(\.servings) == [4, 10, 6])
        // Tortillas by the piece: 4 × 1/2 + 10 × 1 + 6 × 2.
        #expect(item("T-02", "tortilla")?.amounts == [amount("24", "EA")])
        // Cheese by weight, each container rounded up to the hundredth of a pound: 10 oz = 0.625 → 0.63 LB.
        #expect(item("T-02", "cheese")?.containers.map(\.amount) == [amount("0.63", "LB"), amount("0.38", "LB")])
        #expect(item("T-03", "cheese")?.containers.map(\.amount) == [amount("0.32", "LB")])
        // T-03 gets only the 3-5 containers.
        #expect(item("T-03", "milk")?.containers.map(\.ageGroup) == [.ages3to5])
        #expect(item("T-03", "milk")?.amounts == [amount("3.75", "CUP")])
    }

    @Test func eachBatchLineIsTheSumOfTheSitesLines() {
        for line in day.batch {
            let sum = day.sites.flatMap(\.meals).filter { $0.meal == line.meal }.flatMap(\.items).filter { $0.dish == line.dish }
                .flatMap(\.amounts).filter { $0.unit == line.amount.unit }.reduce(Decimal(0)) { $0 + $1.value }
            #expect(sum == line.amount.value, "\(line.name.english)")
        }
        #expect(batch("milk")?.amount == amount("19.25", "CUP"))
        #expect(batch("milk")?.servings == 25)
        // Per-container rounding makes the batch a little more than the exact 21 oz: 0.63 + 0.38 + 0.32.
        #expect(batch("cheese")?.amount == amount("1.33", "LB"))
        #expect(batch("tortilla")?.amount == amount("29", "EA"))
    }

    @Test func purchaseGoesThroughTheYieldAndRoundsUpOnce() {
        // Milk: 124 + 30 = 154 fl oz = 19.25 servings of 8 fl oz at 16 a gallon = 1.203125 → 1.21 GAL.
        #expect(batch("milk")?.purchase.map(\.toBuy) == [Quantity(Decimal(string: "1.21")!, .gallon)])
        // Cheese served as is: 21 oz at 16 per LB = 1.3125 → 1.32 LB, from the exact servings.
        #expect(batch("cheese")?.purchase.map(\.toBuy) == [Quantity(Decimal(string: "1.32")!, .pound)])
        // Jicama: 25 servings of 1/4 cup at 10 per LB.
        #expect(batch("jicama")?.purchase.map(\.toBuy) == [Quantity(Decimal(string: "2.5")!, .pound)])
    }

    @Test func recipesAreScaledIntoTheirFoods() {
        // Portions of 1/2 cup: T-02 4 × 1/2 + 10 × 1 + 6 × 2 = 24, T-03 5: 29 / 20 = 1.45 batches.
        let filling = batch("bean-cheese")
        #expect(filling?.recipeBatches == Decimal(string: "1.45"))
        #expect(filling?.amount == amount("14.5", "CUP"))
        let bought = Dictionary(uniqueKeysWithValues: (filling?.purchase ?? []).map { ($0.food.id.rawValue, $0.toBuy) })
        #expect(bought["beans"] == Quantity(2, .can10))  // 1.45 cans, bought whole
        #expect(bought["cheese"] == Quantity(Decimal(string: "2.9")!, .pound))
        #expect(bought["oil"] == Quantity(Decimal(string: "5.8")!, .ounce))
    }

    @Test func itemsCarryComponentsTemperatureAndAllergens() {
        #expect(item("T-02", "milk")?.temperature == .cold)
        #expect(item("T-02", "bean-cheese")?.temperature == .hot)
        #expect(item("T-02", "tortilla")?.temperature == .ambient)
        #expect(item("T-02", "bean-cheese")?.components == [.meatsMeatAlternates, .vegetables])
        #expect(item("T-02", "bean-cheese")?.allergens == [.milk])
        #expect(item("T-02", "milk")?.components == [.milk])
    }

    @Test func enrolledTheMenuDoesNotServeAreReportedAndInfantsSplitAtSixMonths() {
        #expect(day.sites[0].notOnMenu == [.infant6to11Months: 2])
        var site = KitchenFixture.bigSite
        site.infantsUnderSixMonths = 1
        #expect(site.mealPatternEnrollment[.infant0to5Months] == 1)
        #expect(site.mealPatternEnrollment[.infant6to11Months] == 1)
    }

    @Test func aDayTheMenuHasNoMealOnIsReported() {
        let tuesday = CalendarDate(year: 2026, month: 12, day: 8)!
        let day = KitchenFixture.day(date: tuesday)
        #expect(KitchenDay.dayLabel(tuesday) == "Tue")
        #expect(day.batch.isEmpty)
        #expect(day.problems.contains(.noMeal(Site.ID("T-02"), day: "Tue", meal: .lunch)))
    }
}
