import ComalCore
import Foundation
import Testing

/// R-JUICE-ONCE-DAILY, R-VEG-FOR-FRUIT, R-LEAFY, R-DRIED-FRUIT, R-BEANS-ONE-COMPONENT, R-MIN-CREDITABLE.
@Suite struct ProduceRuleTests {
    let juice = item("Apple juice", .fruits, "1/2 cup") { $0.juice = true }

    @Test func juiceCreditsAtOneEatingOccasionADay() {
        let breakfast = Meal(day: "Mon", type: .breakfast, items: [milk("6 fl_oz"), juice, wholeGrainBread("1/2 oz_eq")])
        let snack = Meal(day: "Mon", type: .pmSnack, items: [juice, wholeGrainBread("1/2 oz_eq")])
        #expect(rules(request(.ages3to5, [breakfast])) == [])
        #expect(rules(request(.ages3to5, [breakfast, snack])) == ["R-JUICE-ONCE-DAILY", "R-SNACK-COMPONENTS"])
        let findings = MealPatternCheck.findings(for: request(.ages3to5, [breakfast, snack]))
        #expect(findings.first?.meal == .pmSnack)
        // On another day it counts again.
        var tuesday = snack
        tuesday.day = "Tue"
        #expect(rules(request(.ages3to5, [breakfast, tuesday])) == [])
    }

    /// A day that names the same snack twice, both with juice, is told once per later occasion,
    /// each at its own place in the order.
    @Test func eachLaterJuiceIsReportedOnceEvenWhenAMealTypeRepeats() {
        let breakfast = Meal(day: "Mon", type: .breakfast, items: [milk("6 fl_oz"), juice, wholeGrainBread("1/2 oz_eq")])
        let snack = Meal(day: "Mon", type: .pmSnack, items: [juice, wholeGrainBread("1/2 oz_eq")])
        let findings = MealPatternCheck.findings(for: request(.ages3to5, [breakfast, snack, snack]))
        #expect(findings.filter { $0.rule == .juiceOnceDaily }.count == 2)
        let juiceBreakfastFirst = MealPatternCheck.findings(for: request(.ages3to5, [snack, breakfast, snack]))
        #expect(juiceBreakfastFirst.filter { $0.rule == .juiceOnceDaily }.map(\.meal) == [.breakfast, .pmSnack])
    }

    @Test func aSecondKindOfVegetableMayReplaceTheFruit() {
        let items = replacing(lunchItems(ages35), named: "Apples", with: nil)
        let corn = item("Corn", .vegetables, "1/4 cup") { $0.vegetableKind = "corn" }
        #expect(lunchRules(.ages3to5, items + [corn]) == [])
        // The second kind must reach the fruit minimum (1/4 cup for 3-5).
        var littleCorn = corn
        littleCorn.serving = serving("3/16 cup")
        #expect(lunchRules(.ages3to5, items + [littleCorn]) == ["R-VEG-FOR-FRUIT"])
        // More of the same kind is one kind.
        let moreCarrots = item("Carrots, steamed", .vegetables, "1/4 cup") { $0.vegetableKind = "carrots" }
        #expect(lunchRules(.ages3to5, items + [moreCarrots]) == ["R-VEG-FOR-FRUIT"])
    }

    @Test func rawLeafyGreensCountHalf() {
        let lettuce = { (amount: String) in item("Romaine", .vegetables, amount) { $0.leafyGreenRaw = true } }
        #expect(lunchRules(.ages3to5, replacing(lunchItems(ages35), named: "Carrots", with: lettuce("1/2 cup"))) == [])
        #expect(lunchRules(.ages3to5, replacing(lunchItems(ages35), named: "Carrots", with: lettuce("7/16 cup"))) == ["R-LEAFY"])
    }

    @Test func driedFruitCountsDouble() {
        let raisins = { (amount: String) in item("Raisins", .fruits, amount) { $0.driedFruit = true } }
        #expect(lunchRules(.ages3to5, replacing(lunchItems(ages35), named: "Apples", with: raisins("1/8 cup"))) == [])
        #expect(
            lunchRules(.ages3to5, replacing(lunchItems(ages35), named: "Apples", with: raisins("1/16 cup"))) == ["R-DRIED-FRUIT"])
    }

    @Test func beansCreditAsOneComponentPerDishFrom2024AndPerMealBefore() {
        let beansMeat = item("Pinto beans", .meatsMeatAlternates, "1/4 cup") {
            $0.vegetableKind = VegetableKind.beansPeasLentils
            $0.dishID = "burrito"
        }
        let sideBeans = item("Black beans", .vegetables, "1/4 cup") {
            $0.vegetableKind = VegetableKind.beansPeasLentils
            $0.dishID = "side"
        }
        let base = replacing(
            replacing(lunchItems(ages35), named: "Chicken", with: item("Chicken", .meatsMeatAlternates, "1.25 oz")),
            named: "Carrots", with: sideBeans)
        // 1/4 cup beans = 1 oz eq, with 1 1/4 oz chicken: more than 1 1/2 oz eq.
        #expect(lunchRules(.ages3to5, base + [beansMeat], asOf: date("2024-07-01")) == [])
        #expect(lunchRules(.ages3to5, base + [beansMeat], asOf: date("2024-06-30")) == ["R-BEANS-ONE-COMPONENT", "R-COMP-LUNCH-SUPPER"])
        var sameDish = sideBeans
        sameDish.attributes.dishID = "burrito"
        #expect(
            lunchRules(.ages3to5, replacing(base, named: "Black beans", with: sameDish) + [beansMeat]) == [
                "R-BEANS-ONE-COMPONENT", "R-COMP-LUNCH-SUPPER",
            ])
    }

    @Test func vegetablesAndFruitsUnderAnEighthCupCreditNothing() {
        let withSalsa = lunchItems(ages35) + [item("Salsa", .vegetables, "1 tbsp")]
        #expect(lunchRules(.ages3to5, withSalsa) == [])
        let onlySalsa = replacing(lunchItems(ages35), named: "Carrots", with: item("Salsa", .vegetables, "1 tbsp"))
        #expect(lunchRules(.ages3to5, onlySalsa) == ["R-MIN-CREDITABLE"])
        // Two items of 1/8 cup each credit 1/4 cup; two of 7/64 credit nothing.
        let twoEighths =
            replacing(lunchItems(ages35), named: "Carrots", with: item("Corn", .vegetables, "1/8 cup"))
            + [item("Peas", .vegetables, "1/8 cup")]
        #expect(lunchRules(.ages3to5, twoEighths) == [])
        let meatBits =
            replacing(lunchItems(ages35), named: "Chicken", with: item("Chicken", .meatsMeatAlternates, "1.3 oz"))
            + [item("Bacon bits", .meatsMeatAlternates, "0.2 oz")]
        #expect(lunchRules(.ages3to5, meatBits) == ["R-MIN-CREDITABLE"])
        let meatQuarter = replacing(meatBits, named: "Bacon bits", with: item("Ham", .meatsMeatAlternates, "0.25 oz"))
        #expect(lunchRules(.ages3to5, meatQuarter) == [])
    }
}
