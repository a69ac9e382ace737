import ComalCore
import Foundation
import Testing

/// Every rule id of `docs/cacfp.md`, each with a menu that keeps it and one that breaks it, written from
/// the rule's text (cited beside each). A rule that only grants a permission (milk optional at adult
/// supper) is broken by stepping outside it, which the rule it relaxes reports.
@Suite struct RuleByRuleTests {
    struct Case: Sendable, CustomStringConvertible {
        var rule: MealPatternRule
        var keeps: MealPatternCheckRequest
        var breaks: MealPatternCheckRequest
        /// The finding the broken menu gets, when not the rule's own.
        var reportedAs: MealPatternRule?
        var description: String { rule.rawValue }
    }

    static let kids = ages35
    static let baseLunch = lunchItems(kids)
    static func lunchWith(_ name: String, _ replacement: MealItem?) -> [MealItem] {
        replacing(baseLunch, named: name, with: replacement)
    }
    static func meal(_ type: MealType, _ items: [MealItem], day: String = "Mon") -> Meal { Meal(day: day, type: type, items: items) }
    static let breakfast35 = meal(.breakfast, breakfastItems(breakfastMinimums[1]))
    static let apple = item("Apple", .fruits, "1/2 cup")
    static let snack35 = meal(.pmSnack, [apple, wholeGrainBread("1/2 oz_eq")])
    static let juice = item("Apple juice", .fruits, "1/2 cup") { $0.juice = true }
    static func formula(_ amount: String, iron: Bool = true) -> MealItem {
        item("Formula", .breastmilkOrFormula, amount) {
            $0.infantFormula = true
            $0.ironFortified = iron
        }
    }
    static let infantCereal = item("Infant oatmeal", .grains, "2 tbsp") { $0.ironFortified = true }
    static let squash = item("Squash", .vegetables, "2 tbsp")

    static let cases: [Case] = [
        // 7 CFR 226.17(b)(4): at most two meals and one snack, or one meal and two snacks, a day.
        Case(
            rule: .maxMeals, keeps: request(.ages3to5, [breakfast35, lunch(baseLunch), snack35]),
            breaks: request(.ages3to5, [breakfast35, lunch(baseLunch), meal(.amSnack, snack35.items), snack35])),
        // 226.20(c)(1): breakfast is milk, vegetables or fruits, and grains.
        Case(
            rule: .breakfastComponents, keeps: request(.ages3to5, [breakfast35]),
            breaks: request(.ages3to5, [meal(.breakfast, [milk("6 fl_oz"), wholeGrainBread("1/2 oz_eq")])])),
        // 226.20(c)(2): lunch is milk, meat/meat alternate, vegetable, fruit and grain.
        Case(
            rule: .lunchSupperComponents, keeps: request(.ages3to5, [lunch(baseLunch)]),
            breaks: request(.ages3to5, [lunch(lunchWith("Carrots", nil))])),
        // 226.20(c)(3): a snack is two different components.
        Case(
            rule: .snackComponents, keeps: request(.ages3to5, [snack35]),
            breaks: request(.ages3to5, [meal(.pmSnack, [apple, item("Pear", .fruits, "1/2 cup")])])),
        // Crediting Handbook: only one snack component may be a beverage (milk and juice is not a snack).
        Case(
            rule: .snackOneBeverage, keeps: request(.ages3to5, [meal(.pmSnack, [milk("4 fl_oz"), apple])]),
            breaks: request(.ages3to5, [meal(.pmSnack, [milk("4 fl_oz"), juice])])),
        // Meal pattern tables: each component at least its minimum (3-5 lunch: 1 1/2 oz eq meat/meat alternate).
        Case(
            rule: .minimumQuantity, keeps: request(.ages3to5, [lunch(baseLunch)]),
            breaks: request(.ages3to5, [lunch(lunchWith("Chicken", item("Chicken", .meatsMeatAlternates, "1 oz")))])),
        // 226.20(a)(1): one-year-olds get unflavored whole milk.
        Case(
            rule: .milkAge1, keeps: request(.ages1to2, [lunch(lunchItems(lunchMinimums[0]))], months: 18),
            breaks: request(
                .ages1to2, [lunch(replacing(lunchItems(lunchMinimums[0]), named: "Milk", with: milk("4 fl_oz", fat: .lowFat)))],
                months: 18)),
        // 226.20(a)(1): children 2 through 5 get unflavored milk.
        Case(
            rule: .milk2to5, keeps: request(.ages3to5, [lunch(baseLunch)], months: 48),
            breaks: request(.ages3to5, [lunch(lunchWith("Milk", milk("6 fl_oz", fat: .fatFree, flavored: true)))], months: 48)),
        // 226.20(a)(1), before the fluid milk rule (2026-06-08): six and older get low-fat or fat-free milk.
        Case(
            rule: .milk6Plus,
            keeps: request(
                .ages6to12, [lunch(lunchItems(lunchMinimums[2]))], asOf: date("2026-06-07"), months: 72),
            breaks: request(
                .ages6to12, [lunch(replacing(lunchItems(lunchMinimums[2]), named: "Milk", with: milk("8 fl_oz", fat: .reducedFat)))],
                asOf: date("2026-06-07"), months: 72)),
        // 226.20(a)(1)(iv): yogurt may replace milk for adults only, once a day.
        Case(
            rule: .adultYogurtForMilk,
            keeps: request(.adult, [lunch(replacing(lunchItems(lunchMinimums[4]), named: "Milk", with: yogurtForMilk))]),
            breaks: request(.ages6to12, [lunch(replacing(lunchItems(lunchMinimums[2]), named: "Milk", with: yogurtForMilk))])),
        // Adult supper footnote: milk is optional at adult supper, and only there.
        Case(
            rule: .adultSupperMilk,
            keeps: request(.adult, [meal(.supper, replacing(lunchItems(lunchMinimums[4]), named: "Milk", with: nil))]),
            breaks: request(.adult, [lunch(replacing(lunchItems(lunchMinimums[4]), named: "Milk", with: nil))]),
            reportedAs: .lunchSupperComponents),
        // 226.20(a)(2)(ii), (a)(3)(ii): juice may credit at one eating occasion a day.
        Case(
            rule: .juiceOnceDaily,
            keeps: request(.ages3to5, [meal(.breakfast, [milk("6 fl_oz"), juice, wholeGrainBread("1/2 oz_eq")])]),
            breaks: request(
                .ages3to5,
                [
                    meal(.breakfast, [milk("6 fl_oz"), juice, wholeGrainBread("1/2 oz_eq")]),
                    meal(.pmSnack, [juice, wholeGrainBread("1/2 oz_eq")]),
                ])),
        // 226.20(a)(3)(i): a vegetable may replace the fruit only as a second, different kind at the fruit minimum.
        Case(
            rule: .vegetableForFruit,
            keeps: request(.ages3to5, [lunch(lunchWith("Apples", item("Corn", .vegetables, "1/4 cup") { $0.vegetableKind = "corn" }))]),
            breaks: request(
                .ages3to5,
                [lunch(lunchWith("Apples", item("More carrots", .vegetables, "1/4 cup") { $0.vegetableKind = "carrots" }))])),
        // Table footnotes: raw leafy greens credit half their volume.
        Case(
            rule: .leafyGreens,
            keeps: request(.ages3to5, [lunch(lunchWith("Carrots", item("Romaine", .vegetables, "1/2 cup") { $0.leafyGreenRaw = true }))]),
            breaks: request(
                .ages3to5, [lunch(lunchWith("Carrots", item("Romaine", .vegetables, "1/4 cup") { $0.leafyGreenRaw = true }))])),
        // Table footnotes: dried fruit credits double its volume.
        Case(
            rule: .driedFruit,
            keeps: request(.ages3to5, [lunch(lunchWith("Apples", item("Raisins", .fruits, "1/8 cup") { $0.driedFruit = true }))]),
            breaks: request(.ages3to5, [lunch(lunchWith("Apples", item("Raisins", .fruits, "1/16 cup") { $0.driedFruit = true }))])),
        // 226.20(a)(5)(iii): beans in one dish credit as a meat alternate or a vegetable, not both.
        Case(
            rule: .beansOneComponent, keeps: request(.ages3to5, [lunch(beanLunch(sameDish: false))]),
            breaks: request(.ages3to5, [lunch(beanLunch(sameDish: true))])),
        // Food Buying Guide: under 1/8 cup of a vegetable credits nothing.
        Case(
            rule: .minimumCreditable, keeps: request(.ages3to5, [lunch(baseLunch + [item("Salsa", .vegetables, "1 tbsp")])]),
            breaks: request(.ages3to5, [lunch(lunchWith("Carrots", item("Salsa", .vegetables, "1 tbsp")))])),
        // 226.20(a)(4)(i): at least one grain a day is whole grain-rich.
        Case(
            rule: .wholeGrainRichDaily, keeps: request(.ages3to5, [lunch(baseLunch)]),
            breaks: request(
                .ages3to5, [lunch(lunchWith("Whole wheat bread", item("White rice", .grains, "1/2 oz_eq") { $0.wholeGrainRich = false }))])),
        // 226.20(a)(4)(iii): grain-based desserts never credit.
        Case(
            rule: .grainBasedDessert, keeps: request(.ages3to5, [lunch(baseLunch)]),
            breaks: request(
                .ages3to5,
                [
                    lunch(
                        lunchWith(
                            "Whole wheat bread",
                            item("Cookie", .grains, "1/2 oz_eq") {
                                $0.wholeGrainRich = true
                                $0.grainBasedDessert = true
                            }))
                ])),
        // 226.20(a)(4)(ii): breakfast cereal at most 6 g of added sugars per dry ounce (from 2025-10-01).
        Case(
            rule: .cerealSugar, keeps: request(.ages6to12, [lunch(cerealLunch(added: 6))]),
            breaks: request(.ages6to12, [lunch(cerealLunch(added: 7))])),
        // A meat/meat alternate may replace breakfast grains, at most three times a week, at breakfast only.
        Case(
            rule: .breakfastMeatForGrain, keeps: request(.ages3to5, ["Mon", "Tue", "Wed"].flatMap(eggBreakfastDay)),
            breaks: request(.ages3to5, ["Mon", "Tue", "Wed", "Thu"].flatMap(eggBreakfastDay))),
        // Vegetables may stand in for grains only where the state allows it.
        Case(
            rule: .vegetableForGrain,
            keeps: request(.ages6to12, [lunch(squashForGrainLunch)]) { $0.eligibleForVegetableGrainSubstitution = true },
            breaks: request(.ages6to12, [lunch(squashForGrainLunch)])),
        // 226.20(a)(5)(ii), from 2024-07-01: nuts and seeds may meet the whole meat alternate; acorns, chestnuts, coconut never.
        Case(
            rule: .nuts,
            keeps: request(.ages3to5, [lunch(lunchWith("Chicken", item("Almonds", .meatsMeatAlternates, "1.5 oz") { $0.nutOrSeed = true }))]),
            breaks: request(
                .ages3to5, [lunch(lunchWith("Chicken", item("Chestnuts", .meatsMeatAlternates, "1.5 oz") { $0.nutOrSeed = true }))])),
        // 226.20(a)(5)(vi): yogurt at most 12 g of added sugars per 6 oz (2 g an ounce) from 2025-10-01.
        Case(
            rule: .yogurtSugar, keeps: request(.ages3to5, [lunch(lunchWith("Chicken", yogurt(added: 2)))]),
            breaks: request(.ages3to5, [lunch(lunchWith("Chicken", yogurt(added: 3)))])),
        // Tofu credits when commercially prepared with at least 5 g of protein per 2.2 oz.
        Case(
            rule: .tofu, keeps: request(.ages3to5, [lunch(lunchWith("Chicken", tofu(protein: 8)))]),
            breaks: request(.ages3to5, [lunch(lunchWith("Chicken", tofu(protein: 7)))])),
        // 226.20(d): food deep-fat fried on site is not part of a reimbursable meal.
        Case(
            rule: .deepFry, keeps: request(.ages3to5, [lunch(baseLunch)]),
            breaks: request(
                .ages3to5,
                [lunch(lunchWith("Chicken", item("Fried chicken", .meatsMeatAlternates, "1.5 oz") { $0.deepFatFriedOnSite = true }))])),
        // 226.20(a)(6)–(7): offer versus serve only in at-risk afterschool and adult day care.
        Case(
            rule: .offerVersusServe,
            keeps: request(.ages3to5, [lunch(tookThree)], setting: .atRiskAfterschool) {
                $0.serviceStyle = .offerVersusServe
                $0.offeredComponents = FoodComponent.fiveComponents
            },
            breaks: request(.ages3to5, [lunch(baseLunch)], setting: .familyChildCareHome) {
                $0.serviceStyle = .offerVersusServe
                $0.offeredComponents = FoodComponent.fiveComponents
            }),
        // 226.20(b): an infant ready for solids must be offered a vegetable or fruit.
        Case(
            rule: .infantQuantity,
            keeps: request(.infant6to11Months, [meal(.lunch, [formula("6 fl_oz"), infantCereal, squash])]),
            breaks: request(.infant6to11Months, [meal(.lunch, [formula("6 fl_oz"), infantCereal])])),
        // 226.20(b): infant formula must be iron-fortified.
        Case(
            rule: .infantIron, keeps: request(.infant0to5Months, [meal(.lunch, [formula("4 fl_oz")])]),
            breaks: request(.infant0to5Months, [meal(.lunch, [formula("4 fl_oz", iron: false)])])),
        // 226.20(b)(2): no fruit or vegetable juice under 12 months.
        Case(
            rule: .infantNoJuice,
            keeps: request(.infant6to11Months, [meal(.lunch, [formula("6 fl_oz"), infantCereal, squash])]),
            breaks: request(
                .infant6to11Months,
                [meal(.lunch, [formula("6 fl_oz"), infantCereal, squash, item("Apple juice", .fruits, "2 tbsp") { $0.juice = true }])])),
        // Exhibit A: a group B bread credits 1 oz eq per 28 g, rounded down to the quarter.
        Case(
            rule: .grainCredit, keeps: request(.ages6to12, [lunch(grainLunch(grams: 28))]),
            breaks: request(.ages6to12, [lunch(grainLunch(grams: 27))])),
    ]

    static var yogurtForMilk: MealItem {
        item("Yogurt for milk", .meatsMeatAlternates, "6 oz") {
            $0.yogurt = true
            $0.substitutesFor = .milk
            $0.commerciallyPrepared = true
            $0.addedSugarGramsPerOunce = 2
        }
    }

    static func yogurt(added: Decimal) -> MealItem {
        item("Yogurt", .meatsMeatAlternates, "6 oz") {
            $0.yogurt = true
            $0.commerciallyPrepared = true
            $0.addedSugarGramsPerOunce = added
        }
    }

    static func tofu(protein: Decimal) -> MealItem {
        // 3.3 oz is 1 1/2 × 2.2 oz: it needs 7.5 g of protein to credit as 1 1/2 oz eq.
        item("Tofu", .meatsMeatAlternates, "3.3 oz") {
            $0.commerciallyPrepared = true
            $0.proteinGramsPerServing = protein
        }
    }

    static func beanLunch(sameDish: Bool) -> [MealItem] {
        let side = item("Black beans", .vegetables, "1/4 cup") {
            $0.vegetableKind = VegetableKind.beansPeasLentils
            $0.dishID = sameDish ? "burrito" : "side"
        }
        let filling = item("Pinto beans", .meatsMeatAlternates, "1/4 cup") {
            $0.vegetableKind = VegetableKind.beansPeasLentils
            $0.dishID = "burrito"
        }
        return replacing(
            replacing(baseLunch, named: "Chicken", with: item("Chicken", .meatsMeatAlternates, "1.25 oz")), named: "Carrots", with: side)
            + [filling]
    }

    static func cerealLunch(added: Decimal) -> [MealItem] {
        replacing(
            lunchItems(lunchMinimums[2]), named: "Whole wheat bread",
            with: item("Cereal", .grains, "1 cup") {
                $0.exhibitAGroup = .i
                $0.wholeGrainRich = true
                $0.breakfastCereal = true
                $0.addedSugarGramsPerOunce = added
            })
    }

    static func eggBreakfastDay(_ day: String) -> [Meal] {
        [
            meal(.breakfast, [milk("6 fl_oz"), item("Peaches", .fruits, "1/2 cup"), item("Egg", .meatsMeatAlternates, "1/4 large_egg")], day: day),
            meal(.pmSnack, [item("Apple", .fruits, "1/2 cup"), wholeGrainBread("1/2 oz_eq")], day: day),
        ]
    }

    static var squashForGrainLunch: [MealItem] {
        replacing(
            lunchItems(lunchMinimums[2]), named: "Whole wheat bread",
            with: item("Squash for grain", .vegetables, "1/2 cup") { $0.substitutesFor = .grains })
            + [wholeGrainCrackers]
    }

    /// Keeps the day's whole grain-rich rule out of the vegetable-for-grain case.
    static let wholeGrainCrackers = item("Whole wheat crackers", .grains, "1/4 oz_eq") { $0.wholeGrainRich = true }

    static var tookThree: [MealItem] {
        baseLunch.filter { ["Chicken", "Carrots", "Whole wheat bread"].contains($0.name) }
    }

    static func grainLunch(grams: Int) -> [MealItem] {
        replacing(
            lunchItems(lunchMinimums[2]), named: "Whole wheat bread",
            with: item("Whole wheat roll", .grains, "\(grams) g") {
                $0.wholeGrainRich = true
                $0.exhibitAGroup = .b
            })
    }

    @Test(arguments: cases)
    func aMenuThatKeepsTheRuleHasNoFindingAndOneThatBreaksItIsReported(_ rule: Case) {
        #expect(rules(rule.keeps) == [], "keeps \(rule.rule.rawValue)")
        #expect(rules(rule.breaks).contains((rule.reportedAs ?? rule.rule).rawValue), "breaks \(rule.rule.rawValue): \(rules(rule.breaks))")
    }

    @Test func everyRuleHasItsPair() {
        #expect(Set(Self.cases.map(\.rule)) == Set(MealPatternRule.allCases))
        #expect(Self.cases.count == MealPatternRule.allCases.count)
    }
}
