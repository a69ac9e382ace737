import ComalCore
import Foundation
import Testing

/// R-MAX-MEALS and R-OVS.
@Suite struct SettingRuleTests {
    let breakfast = Meal(day: "Mon", type: .breakfast, items: breakfastItems(breakfastMinimums[1]))
    let dayLunch = lunch(lunchItems(ages35))
    let supper = Meal(day: "Mon", type: .supper, items: lunchItems(ages35))
    func snack(_ type: MealType) -> Meal {
        Meal(day: "Mon", type: type, items: [item("Apple", .fruits, "1/2 cup"), wholeGrainBread("1/2 oz_eq")])
    }

    @Test func twoMealsAndASnackOrOneMealAndTwoSnacks() {
        #expect(rules(request(.ages3to5, [breakfast, dayLunch, snack(.pmSnack)])) == [])
        #expect(rules(request(.ages3to5, [dayLunch, snack(.amSnack), snack(.pmSnack)])) == [])
        #expect(rules(request(.ages3to5, [breakfast, dayLunch, snack(.amSnack), snack(.pmSnack)])) == ["R-MAX-MEALS"])
        #expect(rules(request(.ages3to5, [breakfast, dayLunch, supper])) == ["R-MAX-MEALS"])
        // Meals not claimed for reimbursement are not limited.
        #expect(rules(request(.ages3to5, [breakfast, dayLunch, supper]) { $0.claimedForReimbursement = false }) == [])
    }

    @Test func emergencySheltersMayClaimThreeMeals() {
        #expect(rules(request(.ages3to5, [breakfast, dayLunch, supper], setting: .emergencyShelter)) == [])
        #expect(rules(request(.ages3to5, [breakfast, dayLunch, snack(.pmSnack)], setting: .emergencyShelter)) == [])
        #expect(
            rules(request(.ages3to5, [breakfast, dayLunch, supper, snack(.pmSnack)], setting: .emergencyShelter)) == [
                "R-MAX-MEALS"
            ])
    }

    func ovs(
        _ setting: CareSetting, _ meal: Meal, age: MealPatternAgeGroup = .ages3to5,
        offered: [FoodComponent]? = FoodComponent.fiveComponents
    ) -> [String] {
        rules(
            request(age, [meal], setting: setting) {
                $0.serviceStyle = .offerVersusServe
                $0.offeredComponents = offered
            })
    }

    @Test func offerVersusServeOnlyInAtRiskAfterschoolAndAdultDayCare() {
        let tookThree = lunch(lunchItems(ages35).filter { ["Chicken", "Carrots", "Whole wheat bread"].contains($0.name) })
        #expect(ovs(.atRiskAfterschool, tookThree) == [])
        #expect(ovs(.childCareCenter, tookThree) == ["R-OVS", "R-COMP-LUNCH-SUPPER", "R-COMP-LUNCH-SUPPER"])
        #expect(ovs(.familyChildCareHome, lunch(lunchItems(ages35))) == ["R-OVS"])
        let adult = lunchMinimums.last!
        let adultThree = lunch(lunchItems(adult).filter { ["Milk", "Chicken", "Apples"].contains($0.name) })
        #expect(ovs(.adultDayCare, adultThree, age: .adult) == [])
    }

    @Test func participantTakesAtLeastThree() {
        let tookTwo = lunch(lunchItems(ages35).filter { ["Chicken", "Carrots"].contains($0.name) })
        #expect(ovs(.atRiskAfterschool, tookTwo) == ["R-OVS"])
        let breakfastTwo = Meal(day: "Mon", type: .breakfast, items: Array(breakfastItems(breakfastMinimums[1]).prefix(2)))
        #expect(ovs(.atRiskAfterschool, breakfastTwo) == ["R-OVS"])
        #expect(ovs(.atRiskAfterschool, breakfast) == [])
        // What is taken must still be a full portion.
        let shortThree = lunch([
            item("Chicken", .meatsMeatAlternates, "1 oz"), item("Carrots", .vegetables, "1/4 cup"),
            wholeGrainBread("1/2 oz_eq"),
        ])
        #expect(ovs(.atRiskAfterschool, shortThree) == ["R-QTY-MIN", "R-OVS"])
    }

    @Test func offerVersusServeMustOfferEveryComponentAndNeverAtSnack() {
        let tookThree = lunch(lunchItems(ages35).filter { ["Chicken", "Carrots", "Whole wheat bread"].contains($0.name) })
        #expect(ovs(.atRiskAfterschool, tookThree, offered: [.meatsMeatAlternates, .vegetables, .fruits, .grains]) == ["R-OVS"])
        #expect(ovs(.atRiskAfterschool, snack(.pmSnack)) == ["R-OVS"])
    }
}
