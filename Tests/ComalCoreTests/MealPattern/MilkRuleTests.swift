import ComalCore
import Foundation
import Testing

/// R-MILK-AGE1, R-MILK-2TO5, R-MILK-6PLUS, R-ADULT-YOGURT-MILK, R-ADULT-SUPPER-MILK.
@Suite struct MilkRuleTests {
    func milkRules(_ age: MealPatternAgeGroup, months: Int?, _ milkItem: MealItem, asOf: CalendarDate = lateDate) -> [String] {
        let m = lunchMinimums.first { $0.age == age }!
        let items = replacing(lunchItems(m), named: "Milk", with: milkItem)
        return rules(request(age, [lunch(items)], asOf: asOf, months: months))
    }

    @Test func ageOneGetsUnflavoredWholeMilk() {
        #expect(milkRules(.ages1to2, months: 12, milk("4 fl_oz", fat: .whole)) == [])
        #expect(milkRules(.ages1to2, months: 23, milk("4 fl_oz", fat: .whole)) == [])
        #expect(milkRules(.ages1to2, months: 23, milk("4 fl_oz", fat: .lowFat)) == ["R-MILK-AGE1", "R-COMP-LUNCH-SUPPER"])
        #expect(milkRules(.ages1to2, months: 12, milk("4 fl_oz", fat: .whole, flavored: true)) == ["R-MILK-AGE1", "R-COMP-LUNCH-SUPPER"])
        // Without an age in months the 1-2 group is checked as one-year-olds.
        #expect(milkRules(.ages1to2, months: nil, milk("4 fl_oz", fat: .reducedFat)) == ["R-MILK-AGE1", "R-COMP-LUNCH-SUPPER"])
    }

    @Test func formulaCreditsAsMilkTo13MonthsAndBreastmilkAtAnyAge() {
        let formula = item("Iron-fortified formula", .breastmilkOrFormula, "4 fl_oz") {
            $0.infantFormula = true
            $0.ironFortified = true
        }
        #expect(milkRules(.ages1to2, months: 13, formula) == [])
        #expect(milkRules(.ages1to2, months: 14, formula) == ["R-MILK-AGE1", "R-COMP-LUNCH-SUPPER"])
        let breastmilk = item("Breastmilk", .breastmilkOrFormula, "4 fl_oz") { $0.breastmilk = true }
        #expect(milkRules(.ages1to2, months: 30, breastmilk) == [])
    }

    @Test func twoToFiveBeforeTheFluidMilkRule() {
        let before = date("2026-06-07")
        #expect(milkRules(.ages3to5, months: 36, milk("6 fl_oz", fat: .lowFat), asOf: before) == [])
        #expect(milkRules(.ages3to5, months: 36, milk("6 fl_oz", fat: .fatFree), asOf: before) == [])
        #expect(milkRules(.ages3to5, months: 36, milk("6 fl_oz", fat: .reducedFat), asOf: before) == ["R-MILK-2TO5", "R-COMP-LUNCH-SUPPER"])
        #expect(milkRules(.ages3to5, months: 36, milk("6 fl_oz", fat: .whole), asOf: before) == ["R-MILK-2TO5", "R-COMP-LUNCH-SUPPER"])
        // The 24-25 month transition allows unflavored whole or 2%; at 26 months it has ended.
        #expect(milkRules(.ages1to2, months: 24, milk("4 fl_oz", fat: .whole), asOf: before) == [])
        #expect(milkRules(.ages1to2, months: 25, milk("4 fl_oz", fat: .reducedFat), asOf: before) == [])
        #expect(milkRules(.ages1to2, months: 26, milk("4 fl_oz", fat: .whole), asOf: before) == ["R-MILK-2TO5", "R-COMP-LUNCH-SUPPER"])
    }

    @Test func twoToFiveFromTheFluidMilkRule() {
        let from = date("2026-06-08")
        for fat in CreditingAttributes.MilkFat.allCases {
            #expect(milkRules(.ages3to5, months: 48, milk("6 fl_oz", fat: fat), asOf: from) == [], "\(fat)")
        }
        #expect(milkRules(.ages3to5, months: 48, milk("6 fl_oz", fat: .fatFree, flavored: true), asOf: from) == ["R-MILK-2TO5", "R-COMP-LUNCH-SUPPER"])
        #expect(milkRules(.ages3to5, months: 71, milk("6 fl_oz", fat: .fatFree, flavored: true), asOf: from) == ["R-MILK-2TO5", "R-COMP-LUNCH-SUPPER"])
    }

    @Test func sixAndOlderMayHaveFlavoredMilk() {
        let before = date("2026-06-07"), from = date("2026-06-08")
        #expect(milkRules(.ages6to12, months: 72, milk("8 fl_oz", fat: .fatFree, flavored: true), asOf: before) == [])
        #expect(milkRules(.ages3to5, months: 72, milk("6 fl_oz", fat: .lowFat, flavored: true), asOf: before) == [])
        #expect(milkRules(.ages6to12, months: 72, milk("8 fl_oz", fat: .reducedFat), asOf: before) == ["R-MILK-6PLUS", "R-COMP-LUNCH-SUPPER"])
        #expect(milkRules(.adult, months: nil, milk("8 fl_oz", fat: .whole), asOf: before) == ["R-MILK-6PLUS", "R-COMP-LUNCH-SUPPER"])
        #expect(milkRules(.ages6to12, months: 72, milk("8 fl_oz", fat: .whole, flavored: true), asOf: from) == [])
        #expect(milkRules(.adult, months: nil, milk("8 fl_oz", fat: .reducedFat), asOf: from) == [])
    }

    @Test func adultYogurtMayReplaceMilkOnceADayNotWithYogurtAsMeatAlternate() {
        let adult = lunchMinimums.last!
        let yogurtForMilk = item("Yogurt for milk", .meatsMeatAlternates, "6 oz") {
            $0.yogurt = true
            $0.substitutesFor = .milk
            $0.commerciallyPrepared = true
            $0.addedSugarGramsPerOunce = 2
        }
        let withYogurt = replacing(lunchItems(adult), named: "Milk", with: yogurtForMilk)
        #expect(rules(request(.adult, [lunch(withYogurt)])) == [])
        // 6 oz of yogurt stands for 8 fl oz; 5.9 oz is short of the adult's 8 fl oz.
        var short = yogurtForMilk
        short.serving = serving("5.9 oz")
        #expect(rules(request(.adult, [lunch(replacing(withYogurt, named: "Yogurt for milk", with: short))])) == ["R-QTY-MIN"])
        // Twice in one day: the second is reported.
        let supper = Meal(day: "Mon", type: .supper, items: withYogurt)
        #expect(rules(request(.adult, [lunch(withYogurt), supper])) == ["R-ADULT-YOGURT-MILK"])
        // Yogurt also the meat alternate of the same meal.
        let yogurtMeat = item("Yogurt", .meatsMeatAlternates, "8 oz") {
            $0.yogurt = true
            $0.commerciallyPrepared = true
            $0.addedSugarGramsPerOunce = 2
        }
        #expect(
            rules(request(.adult, [lunch(replacing(withYogurt, named: "Chicken", with: yogurtMeat))]))
                == ["R-ADULT-YOGURT-MILK", "R-COMP-LUNCH-SUPPER"])
        // Children may not swap milk for yogurt.
        let child = replacing(lunchItems(lunchMinimums[2]), named: "Milk", with: yogurtForMilk)
        #expect(rules(request(.ages6to12, [lunch(child)])) == ["R-ADULT-YOGURT-MILK", "R-COMP-LUNCH-SUPPER"])
    }

    @Test func milkIsOptionalAtAdultSupperOnly() {
        let adult = lunchMinimums.last!
        let noMilk = replacing(lunchItems(adult), named: "Milk", with: nil)
        #expect(rules(request(.adult, [Meal(day: "Mon", type: .supper, items: noMilk)])) == [])
        #expect(rules(request(.adult, [Meal(day: "Mon", type: .lunch, items: noMilk)])) == ["R-COMP-LUNCH-SUPPER"])
        let child = replacing(lunchItems(lunchMinimums[2]), named: "Milk", with: nil)
        #expect(rules(request(.ages6to12, [Meal(day: "Mon", type: .supper, items: child)])) == ["R-COMP-LUNCH-SUPPER"])
    }
}
