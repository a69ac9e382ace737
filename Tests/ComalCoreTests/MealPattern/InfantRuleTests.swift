import ComalCore
import Foundation
import Testing

/// R-INFANT-QTY, R-INFANT-IRON, R-INFANT-NO-JUICE.
@Suite struct InfantRuleTests {
    func formula(_ amount: String, iron: Bool = true) -> MealItem {
        item("Formula", .breastmilkOrFormula, amount) {
            $0.infantFormula = true
            $0.ironFortified = iron
        }
    }

    let cereal = item("Infant oatmeal", .grains, "2 tbsp") { $0.ironFortified = true }
    let squash = item("Squash", .vegetables, "2 tbsp")

    func infant(_ age: MealPatternAgeGroup, _ type: MealType, _ items: [MealItem], ready: Bool? = nil) -> [String] {
        rules(request(age, [Meal(day: "Mon", type: type, items: items)]) { $0.developmentallyReadyForSolids = ready })
    }

    @Test func breastmilkOrFormulaMinimums() {
        #expect(infant(.infant0to5Months, .lunch, [formula("4 fl_oz")]) == [])
        #expect(infant(.infant0to5Months, .lunch, [formula("3.9 fl_oz")]) == ["R-INFANT-QTY"])
        #expect(infant(.infant0to5Months, .pmSnack, [formula("4 fl_oz")]) == [])
        #expect(infant(.infant6to11Months, .breakfast, [formula("6 fl_oz"), cereal, squash]) == [])
        #expect(infant(.infant6to11Months, .breakfast, [formula("5.9 fl_oz"), cereal, squash]) == ["R-INFANT-QTY"])
        #expect(infant(.infant6to11Months, .pmSnack, [formula("2 fl_oz"), cereal, squash]) == [])
        #expect(infant(.infant6to11Months, .pmSnack, [formula("1.9 fl_oz"), cereal, squash]) == ["R-INFANT-QTY"])
        // Less breastmilk is fine for an infant who regularly takes less.
        let breastmilk = item("Breastmilk", .breastmilkOrFormula, "3 fl_oz") { $0.breastmilk = true }
        #expect(infant(.infant0to5Months, .lunch, [breastmilk]) == [])
        #expect(infant(.infant0to5Months, .lunch, []) == ["R-INFANT-QTY"])
    }

    @Test func solidsAreRequiredOnceTheInfantIsReady() {
        #expect(infant(.infant6to11Months, .lunch, [formula("6 fl_oz")], ready: false) == [])
        #expect(infant(.infant6to11Months, .lunch, [formula("6 fl_oz"), cereal]) == ["R-INFANT-QTY"])
        #expect(infant(.infant6to11Months, .lunch, [formula("6 fl_oz"), squash]) == ["R-INFANT-QTY"])
        let beans = item("Mashed beans", .meatsMeatAlternates, "1 tbsp") { $0.vegetableKind = VegetableKind.beansPeasLentils }
        #expect(infant(.infant6to11Months, .lunch, [formula("6 fl_oz"), beans, squash]) == [])
        let crackers = item("Crackers", .grains, "6 g") { $0.exhibitAGroup = .a }
        #expect(infant(.infant6to11Months, .pmSnack, [formula("2 fl_oz"), crackers, squash]) == [])
        #expect(infant(.infant6to11Months, .pmSnack, [formula("2 fl_oz"), squash]) == ["R-INFANT-QTY"])
        let parentSquash = item("Squash from home", .vegetables, "2 tbsp") { $0.suppliedBy = .parent }
        #expect(infant(.infant6to11Months, .lunch, [formula("6 fl_oz"), cereal, parentSquash]) == ["R-INFANT-QTY", "R-INFANT-QTY"])
        let cowMilk = milk("6 fl_oz", fat: .whole)
        #expect(infant(.infant0to5Months, .lunch, [cowMilk]) == ["R-INFANT-QTY"])
    }

    @Test func formulaAndInfantCerealMustBeIronFortified() {
        #expect(infant(.infant0to5Months, .lunch, [formula("4 fl_oz", iron: false)]) == ["R-INFANT-IRON"])
        let plainCereal = item("Rice cereal", .grains, "2 tbsp") { $0.ironFortified = false }
        #expect(infant(.infant6to11Months, .breakfast, [formula("6 fl_oz"), plainCereal, squash]) == ["R-INFANT-IRON", "R-INFANT-QTY"])
        // At snack, bread and crackers credit without iron fortification.
        let bread = item("Bread", .grains, "1/2 oz_eq")
        #expect(infant(.infant6to11Months, .pmSnack, [formula("2 fl_oz"), bread, squash]) == [])
    }

    @Test func noJuiceUnderTwelveMonths() {
        let juice = item("Apple juice", .fruits, "2 tbsp") { $0.juice = true }
        #expect(infant(.infant6to11Months, .lunch, [formula("6 fl_oz"), cereal, juice]) == ["R-INFANT-NO-JUICE", "R-INFANT-QTY"])
        #expect(infant(.infant6to11Months, .lunch, [formula("6 fl_oz"), cereal, item("Applesauce", .fruits, "2 tbsp")]) == [])
    }
}
