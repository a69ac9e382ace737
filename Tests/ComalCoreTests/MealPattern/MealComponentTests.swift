import ComalCore
import Foundation
import Testing

/// R-COMP-BREAKFAST, R-COMP-LUNCH-SUPPER, R-QTY-MIN: each component at its minimum passes, a step below fails.
@Suite struct MealComponentTests {
    @Test(arguments: lunchMinimums)
    func lunchAtEveryMinimumComplies(_ m: Minimums) {
        #expect(lunchRules(m.age, lunchItems(m)) == [])
    }

    @Test(arguments: lunchMinimums)
    func lunchOneStepBelowEachMinimumFails(_ m: Minimums) {
        let items = lunchItems(m)
        let below: [(String, MealItem, String)] = [
            (
                "Milk",
                milk(
                    "\(Decimal(fractionText: m.milk)! - Decimal(string: "0.5")!) fl_oz",
                    fat: m.age == .ages1to2 ? .whole : .lowFat), "R-QTY-MIN"
            ),
            (
                "Chicken",
                item("Chicken", .meatsMeatAlternates, "\(Decimal(fractionText: m.meat)! - Decimal(string: "0.25")!) oz"),
                "R-QTY-MIN"
            ),
            // 1/8 cup is both the 1-2 minimum and the least that credits: one step below credits nothing.
            (
                "Carrots",
                item("Carrots", .vegetables, "\(Decimal(fractionText: m.vegetable)! - Decimal(string: "0.0625")!) cup"),
                m.age == .ages1to2 ? "R-MIN-CREDITABLE" : "R-QTY-MIN"
            ),
            (
                "Apples", item("Apples", .fruits, "\(Decimal(fractionText: m.fruit)! - Decimal(string: "0.0625")!) cup"),
                m.age == .ages1to2 ? "R-MIN-CREDITABLE" : "R-QTY-MIN"
            ),
            (
                "Whole wheat bread", wholeGrainBread("\(Decimal(fractionText: m.grain)! - Decimal(string: "0.25")!) oz_eq"),
                "R-QTY-MIN"
            ),
        ]
        for (name, replacement, rule) in below {
            #expect(lunchRules(m.age, replacing(items, named: name, with: replacement)) == [rule], "\(name)")
        }
    }

    @Test(arguments: lunchMinimums)
    func lunchMissingAComponentFails(_ m: Minimums) {
        for name in ["Milk", "Chicken", "Carrots", "Apples"] {
            #expect(lunchRules(m.age, replacing(lunchItems(m), named: name, with: nil)) == ["R-COMP-LUNCH-SUPPER"], "\(name)")
        }
        // Without its only grain the day also has no whole grain-rich grain, but no grain is served: one finding.
        #expect(lunchRules(m.age, replacing(lunchItems(m), named: "Whole wheat bread", with: nil)) == ["R-COMP-LUNCH-SUPPER"])
    }

    @Test(arguments: breakfastMinimums)
    func breakfastAtMinimumCompliesAndBelowFails(_ m: Minimums) {
        let items = breakfastItems(m)
        let meal = { (items: [MealItem]) in rules(request(m.age, [Meal(day: "Mon", type: .breakfast, items: items)])) }
        #expect(meal(items) == [])
        // Vegetables and fruits together make the one breakfast minimum.
        let half = Decimal(fractionText: m.vegetable)! / 2
        #expect(
            meal(
                replacing(items, named: "Peaches", with: item("Peaches", .fruits, "\(half) cup"))
                    + [item("Squash", .vegetables, "\(half) cup")]) == [])
        #expect(
            meal(
                replacing(
                    items, named: "Peaches",
                    with: item("Peaches", .fruits, "\(Decimal(fractionText: m.vegetable)! - Decimal(string: "0.0625")!) cup")))
                == ["R-QTY-MIN"])
        #expect(
            meal(
                replacing(
                    items, named: "Whole wheat bread",
                    with: wholeGrainBread("\(Decimal(fractionText: m.grain)! - Decimal(string: "0.25")!) oz_eq")))
                == ["R-QTY-MIN"])
        for name in ["Milk", "Peaches"] {
            #expect(meal(replacing(items, named: name, with: nil)) == ["R-COMP-BREAKFAST"], "\(name)")
        }
    }

    @Test func breakfastWithoutGrainOrMeatAlternateFails() {
        let items = replacing(breakfastItems(breakfastMinimums[1]), named: "Whole wheat bread", with: nil)
        #expect(rules(request(.ages3to5, [Meal(day: "Mon", type: .breakfast, items: items)])) == ["R-COMP-BREAKFAST"])
    }

    @Test func supperUsesTheLunchPattern() {
        let supper = Meal(day: "Mon", type: .supper, items: replacing(lunchItems(ages35), named: "Apples", with: nil))
        #expect(rules(request(.ages3to5, [supper])) == ["R-COMP-LUNCH-SUPPER"])
    }
}

/// R-SNACK-COMPONENTS and R-SNACK-ONE-BEVERAGE.
@Suite struct SnackTests {
    func snack(_ age: MealPatternAgeGroup, _ items: [MealItem]) -> [String] {
        rules(request(age, [Meal(day: "Mon", type: .pmSnack, items: items)]))
    }

    @Test(arguments: snackMinimums)
    func anyTwoComponentsAtTheirMinimumsComply(_ m: Minimums) {
        let fat: CreditingAttributes.MilkFat = m.age == .ages1to2 ? .whole : .lowFat
        let pieces: [MealItem] = [
            milk("\(m.milk) fl_oz", fat: fat), item("Cheese", .meatsMeatAlternates, "\(m.meat) oz"),
            item("Jicama", .vegetables, "\(m.vegetable) cup"), item("Orange", .fruits, "\(m.fruit) cup"),
            wholeGrainBread("\(m.grain) oz_eq"),
        ]
        for first in pieces.indices {
            for second in pieces.indices where second > first {
                #expect(snack(m.age, [pieces[first], pieces[second]]) == [], "\(pieces[first].name) + \(pieces[second].name)")
            }
        }
        // One of the two a step under its minimum: the snack is short of that component.
        #expect(
            snack(m.age, [pieces[3], wholeGrainBread("\(Decimal(fractionText: m.grain)! - Decimal(string: "0.25")!) oz_eq")]) == [
                "R-QTY-MIN"
            ])
    }

    @Test func twoFruitsAreOneComponent() {
        #expect(
            snack(.ages3to5, [item("Apple", .fruits, "1/2 cup"), item("Pear", .fruits, "1/2 cup")]) == ["R-SNACK-COMPONENTS"])
        #expect(snack(.ages3to5, [item("Apple", .fruits, "1/2 cup"), item("Carrots", .vegetables, "1/2 cup")]) == [])
    }

    @Test func milkAndJuiceIsNotASnack() {
        let juice = item("Orange juice", .fruits, "1/2 cup") { $0.juice = true }
        #expect(snack(.ages3to5, [milk("4 fl_oz"), juice]) == ["R-SNACK-ONE-BEVERAGE"])
        #expect(snack(.ages3to5, [milk("4 fl_oz"), item("Orange", .fruits, "1/2 cup")]) == [])
        #expect(snack(.ages3to5, [juice, wholeGrainBread("1/2 oz_eq")]) == [])
        // Milk, juice and a food: the juice does not count, the milk and the food make the snack.
        #expect(snack(.ages3to5, [milk("4 fl_oz"), juice, wholeGrainBread("1/2 oz_eq")]) == [])
    }
}
