import ComalCore
import Foundation
import Testing

/// R-NUTS, R-YOGURT-SUGAR, R-TOFU, R-DEEP-FRY.
@Suite struct MeatAlternateRuleTests {
    func meatRules(_ meat: [MealItem], asOf: CalendarDate = lateDate, age: Minimums = ages35) -> [String] {
        lunchRules(age.age, replacing(lunchItems(age), named: "Chicken", with: nil) + meat, asOf: asOf)
    }

    @Test func nutsMeetTheWholeMeatAlternateFromJuly2024() {
        let almonds = item("Almonds", .meatsMeatAlternates, "1.5 oz") { $0.nutOrSeed = true }
        #expect(meatRules([almonds], asOf: date("2024-07-01")) == [])
        #expect(meatRules([almonds], asOf: date("2024-06-30")) == ["R-NUTS"])
        // Before: nuts may be half (3/4 oz of 1 1/2), the rest another meat alternate.
        let half = item("Almonds", .meatsMeatAlternates, "0.75 oz") { $0.nutOrSeed = true }
        #expect(meatRules([half, item("Cheese", .meatsMeatAlternates, "0.75 oz")], asOf: date("2024-06-30")) == [])
        #expect(
            meatRules(
                [
                    item("Almonds", .meatsMeatAlternates, "1 oz") { $0.nutOrSeed = true },
                    item("Cheese", .meatsMeatAlternates, "0.5 oz"),
                ], asOf: date("2024-06-30")) == ["R-NUTS"])
        // Acorns, chestnuts and coconut never credit.
        #expect(meatRules([item("Chestnuts", .meatsMeatAlternates, "1.5 oz") { $0.nutOrSeed = true }]) == ["R-NUTS", "R-COMP-LUNCH-SUPPER"])
    }

    func yogurt(_ amount: String, added: Decimal? = nil, total: Decimal? = nil, commercial: Bool = true) -> MealItem {
        item("Yogurt", .meatsMeatAlternates, amount) {
            $0.yogurt = true
            $0.commerciallyPrepared = commercial
            $0.addedSugarGramsPerOunce = added
            $0.totalSugarGramsPerOunce = total
        }
    }

    @Test func yogurtSugarLimits() {
        // 6 oz of yogurt = 1 1/2 oz eq (4 oz = 1 oz eq), the 3-5 minimum.
        #expect(meatRules([yogurt("6 oz", added: 2)]) == [])
        #expect(meatRules([yogurt("6 oz", added: Decimal(string: "2.01"))]) == ["R-YOGURT-SUGAR", "R-COMP-LUNCH-SUPPER"])
        // Before 2025-10-01: at most 23 g of total sugars per 6 oz.
        let before = date("2025-09-30")
        #expect(meatRules([yogurt("6 oz", total: Decimal(23) / 6)], asOf: before) == [])
        #expect(meatRules([yogurt("6 oz", total: 4)], asOf: before) == ["R-YOGURT-SUGAR", "R-COMP-LUNCH-SUPPER"])
        #expect(meatRules([yogurt("6 oz", added: 1, commercial: false)]) == ["R-YOGURT-SUGAR", "R-COMP-LUNCH-SUPPER"])
        #expect(meatRules([yogurt("5.9 oz", added: 1)]) == ["R-QTY-MIN"])
        #expect(meatRules([yogurt("3/4 cup", added: 1)]) == [])
    }

    func tofu(_ amount: String, protein: Decimal?, commercial: Bool = true) -> MealItem {
        item("Firm tofu", .meatsMeatAlternates, amount) {
            $0.commerciallyPrepared = commercial
            $0.proteinGramsPerServing = protein
        }
    }

    @Test func tofuNeedsFiveGramsOfProteinPer2Point2Ounces() {
        // 3.3 oz = 1 1/2 oz eq; 7.5 g of protein in 3.3 oz is exactly 5 g per 2.2 oz.
        #expect(meatRules([tofu("3.3 oz", protein: Decimal(string: "7.5"))]) == [])
        #expect(meatRules([tofu("3.3 oz", protein: Decimal(string: "7.49"))]) == ["R-TOFU", "R-COMP-LUNCH-SUPPER"])
        #expect(meatRules([tofu("3.3 oz", protein: 8, commercial: false)]) == ["R-TOFU", "R-COMP-LUNCH-SUPPER"])
        #expect(meatRules([tofu("3.3 oz", protein: nil)]) == ["R-TOFU", "R-COMP-LUNCH-SUPPER"])
        #expect(meatRules([tofu("3.2 oz", protein: 8)]) == ["R-QTY-MIN"])
    }

    @Test func tofuCreditsForInfantsFromNovember2023() {
        let meal = Meal(
            day: "Mon", type: .lunch,
            items: [
                item("Formula", .breastmilkOrFormula, "6 fl_oz") {
                    $0.infantFormula = true
                    $0.ironFortified = true
                },
                tofu("1 oz", protein: 3), item("Squash", .vegetables, "2 tbsp"),
            ])
        #expect(rules(request(.infant6to11Months, [meal], asOf: date("2023-11-29"))) == [])
        #expect(rules(request(.infant6to11Months, [meal], asOf: date("2023-11-28"))) == ["R-TOFU", "R-INFANT-QTY"])
    }

    @Test func deepFriedOnSiteIsNotReimbursable() {
        let friedOnSite = item("Fried chicken", .meatsMeatAlternates, "1.5 oz") { $0.deepFatFriedOnSite = true }
        #expect(meatRules([friedOnSite]) == ["R-DEEP-FRY", "R-COMP-LUNCH-SUPPER"])
        let ovenNuggets = item("Chicken nuggets", .meatsMeatAlternates, "1.5 oz") {
            $0.commerciallyPrefried = true
            $0.reheatedMethod = "oven"
        }
        #expect(meatRules([ovenNuggets]) == [])
        var fryerNuggets = ovenNuggets
        fryerNuggets.attributes.reheatedMethod = "deep_fry"
        #expect(meatRules([fryerNuggets]) == ["R-DEEP-FRY", "R-COMP-LUNCH-SUPPER"])
    }
}
