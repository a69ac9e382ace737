import ComalCore
import Foundation
import Testing

/// R-GRAIN-CREDIT, R-WGR-DAILY, R-GBD, R-CEREAL-SUGAR, R-BKFST-MMA-SUB-3X, R-VEG-SUB-GRAIN.
@Suite struct GrainRuleTests {
    func grain(
        _ name: String, _ amount: String, group: CreditingAttributes.ExhibitAGroup? = nil,
        _ configure: (inout CreditingAttributes) -> Void = { _ in }
    ) -> MealItem {
        item(name, .grains, amount) {
            $0.wholeGrainRich = true
            $0.exhibitAGroup = group
            configure(&$0)
        }
    }

    func grainRules(_ grainItem: MealItem, minimums: Minimums = lunchMinimums[2]) -> [String] {
        lunchRules(minimums.age, replacing(lunchItems(minimums), named: "Whole wheat bread", with: grainItem))
    }

    @Test func exhibitAWeightsRoundDownToQuarterOunceEquivalents() {
        // 6-12 need 1 oz eq. Group A 22 g, B 28 g, C 34 g, D 55 g, E 69 g, F 82 g (F, G are desserts in practice).
        for (group, grams) in [
            (CreditingAttributes.ExhibitAGroup.a, 22), (.b, 28), (.c, 34), (.d, 55), (.e, 69), (.f, 82), (.g, 125), (.h, 28),
            (.i, 28),
        ] {
            #expect(grainRules(grain("Grain", "\(grams) g", group: group)) == [], "\(group) at \(grams) g")
            #expect(
                grainRules(grain("Grain", "\(grams - 1) g", group: group)) == ["R-GRAIN-CREDIT"], "\(group) at \(grams - 1) g")
        }
        // 57 g English muffin ÷ 28 g = 2.03 → 2 oz eq: enough for an adult lunch (2), which 55 g (1.96 → 1.75) is not.
        #expect(grainRules(grain("English muffin", "57 g", group: .b), minimums: lunchMinimums[4]) == [])
        #expect(grainRules(grain("English muffin", "55 g", group: .b), minimums: lunchMinimums[4]) == ["R-GRAIN-CREDIT"])
    }

    @Test func creditableGrainGramsAndVolumes() {
        // Baked goods: 16 g of creditable grain = 1 oz eq.
        #expect(grainRules(grain("Biscuit", "1 each") { $0.creditableGrainGrams = 16 }) == [])
        #expect(grainRules(grain("Biscuit", "1 each") { $0.creditableGrainGrams = 15 }) == ["R-GRAIN-CREDIT"])
        // Group H: 1/2 cup cooked = 1 oz eq; group I: 1 cup flakes = 1 oz eq.
        #expect(grainRules(grain("Brown rice", "1/2 cup", group: .h)) == [])
        #expect(grainRules(grain("Brown rice", "7/16 cup", group: .h)) == ["R-GRAIN-CREDIT"])
        #expect(
            grainRules(
                grain("Oat rounds", "1 cup", group: .i) {
                    $0.breakfastCereal = true
                    $0.addedSugarGramsPerOunce = 1
                }) == [])
        // A grain with no way to count its ounce equivalents is reported, not guessed.
        #expect(grainRules(grain("Mystery roll", "1 each")) == ["R-GRAIN-CREDIT", "R-COMP-LUNCH-SUPPER"])
    }

    @Test func oneWholeGrainRichGrainADay() {
        let enriched = item("White rice", .grains, "1/2 oz_eq") { $0.wholeGrainRich = false }
        let day = [lunch(replacing(lunchItems(ages35), named: "Whole wheat bread", with: enriched))]
        #expect(rules(request(.ages3to5, day)) == ["R-WGR-DAILY"])
        let snack = Meal(day: "Mon", type: .pmSnack, items: [item("Apple", .fruits, "1/2 cup"), wholeGrainBread("1/2 oz_eq")])
        #expect(rules(request(.ages3to5, day + [snack])) == [])
        // The whole grain-rich item must credit: a dessert does not.
        let cookie = item("Cookie", .grains, "1 oz_eq") {
            $0.wholeGrainRich = true
            $0.grainBasedDessert = true
        }
        let dessertSnack = Meal(day: "Mon", type: .pmSnack, items: [item("Apple", .fruits, "1/2 cup"), cookie])
        #expect(rules(request(.ages3to5, day + [dessertSnack])) == ["R-GBD", "R-SNACK-COMPONENTS", "R-WGR-DAILY"])
    }

    @Test func grainBasedDessertsNeverCredit() {
        let graham = grain("Graham crackers", "1 oz_eq") { $0.grainBasedDessert = true }
        #expect(grainRules(graham) == ["R-GBD", "R-COMP-LUNCH-SUPPER"])
        #expect(grainRules(grain("Saltines", "1 oz_eq") { $0.grainBasedDessert = false }) == [])
        // Served beside a creditable grain, a dessert still is reported: the menu lists it as a grain.
        let both = lunchItems(lunchMinimums[2]) + [graham]
        #expect(lunchRules(.ages6to12, both) == ["R-GBD"])
    }

    @Test func cerealSugarLimitIsAddedSugarsFromOctober2025() {
        let cereal = { (added: Decimal?, total: Decimal?) in
            item("Cereal", .grains, "1 cup") {
                $0.exhibitAGroup = .i
                $0.wholeGrainRich = true
                $0.breakfastCereal = true
                $0.addedSugarGramsPerOunce = added
                $0.totalSugarGramsPerOunce = total
            }
        }
        let at = { (cerealItem: MealItem, asOf: String) in
            lunchRules(
                .ages6to12, replacing(lunchItems(lunchMinimums[2]), named: "Whole wheat bread", with: cerealItem),
                asOf: date(asOf))
        }
        #expect(at(cereal(6, 9), "2025-10-01") == [])
        #expect(at(cereal(Decimal(string: "6.01"), 1), "2025-10-01") == ["R-CEREAL-SUGAR", "R-COMP-LUNCH-SUPPER"])
        #expect(at(cereal(1, 6), "2025-09-30") == [])
        #expect(at(cereal(1, Decimal(string: "6.01")), "2025-09-30") == ["R-CEREAL-SUGAR", "R-COMP-LUNCH-SUPPER"])
        #expect(at(cereal(nil, 3), "2025-10-01") == ["R-CEREAL-SUGAR", "R-COMP-LUNCH-SUPPER"])
    }

    @Test func meatAlternateMayReplaceBreakfastGrainsThreeTimesAWeek() {
        let breakfast = { (day: String) in
            Meal(
                day: day, type: .breakfast,
                items: [
                    milk("6 fl_oz"), item("Peaches", .fruits, "1/2 cup"),
                    item("Egg", .meatsMeatAlternates, "1/4 large_egg"),
                ])
        }
        let wgrSnack = { (day: String) in
            Meal(day: day, type: .pmSnack, items: [item("Apple", .fruits, "1/2 cup"), wholeGrainBread("1/2 oz_eq")])
        }
        let days = ["Mon", "Tue", "Wed", "Thu"]
        let three = days.prefix(3).flatMap { [breakfast($0), wgrSnack($0)] }
        #expect(rules(request(.ages3to5, three)) == [])
        let four = days.flatMap { [breakfast($0), wgrSnack($0)] }
        #expect(rules(request(.ages3to5, four)) == ["R-BKFST-MMA-SUB-3X"])
        #expect(MealPatternCheck.findings(for: request(.ages3to5, four)).first?.day == "Thu")
        // A quarter egg (1/2 oz eq) is short of nothing for 3-5 grains (1/2 oz eq); less is short.
        let short = Meal(
            day: "Mon", type: .breakfast,
            items: [
                milk("6 fl_oz"), item("Peaches", .fruits, "1/2 cup"),
                item("Cheese", .meatsMeatAlternates, "0.25 oz"),
            ])
        #expect(rules(request(.ages3to5, [short])) == ["R-QTY-MIN"])
        // Only at breakfast.
        let lunchSwap = replacing(
            lunchItems(ages35), named: "Whole wheat bread",
            with: item("Ham", .meatsMeatAlternates, "1 oz") { $0.replacesGrains = true })
        #expect(lunchRules(.ages3to5, lunchSwap) == ["R-BKFST-MMA-SUB-3X", "R-COMP-LUNCH-SUPPER"])
    }

    @Test func vegetablesForGrainsOnlyWhereEligible() {
        let squash = item("Squash for grain", .vegetables, "1/2 cup") { $0.substitutesFor = .grains }
        let items = replacing(lunchItems(lunchMinimums[2]), named: "Whole wheat bread", with: squash)
        #expect(rules(request(.ages6to12, [lunch(items)]) { $0.eligibleForVegetableGrainSubstitution = true }) == [])
        #expect(rules(request(.ages6to12, [lunch(items)])) == ["R-VEG-SUB-GRAIN", "R-COMP-LUNCH-SUPPER"])
        var less = squash
        less.serving = serving("3/8 cup")
        #expect(
            rules(
                request(.ages6to12, [lunch(replacing(items, named: "Squash for grain", with: less))]) {
                    $0.eligibleForVegetableGrainSubstitution = true
                }) == ["R-QTY-MIN"])
    }
}
