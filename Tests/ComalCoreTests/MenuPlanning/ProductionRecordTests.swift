import ComalCore
import Foundation
import Testing

/// The production record of `PlateFixture`'s lunch, totals worked by hand.
@Suite struct ProductionRecordTests {
    let record = try! ProductionRecord.make(
        menu: PlateFixture.menu, week: 1, plan: PlateFixture.plan, foods: PlateFixture.foods)

    @Test func everyItemWithPortionsPlannedServingsAndTotals() throws {
        #expect(
            record.lines.map(\.dish.english) == [
                "Whole milk", "Bean and cheese filling", "Corn tortilla", "Cheddar cheese", "Jicama",
            ])
        let milk = record.lines[0]
        #expect(milk.portions[.ages3to5] == Serving(6, .fluidOunce))
        #expect(milk.planned == [.ages1to2: 4, .ages3to5: 10, .ages6to12: 6] && milk.plannedTotal == 20)
        #expect(milk.toPrepare == Quantity(Decimal(string: "15.5")!, .cup))  // 124 fl oz
        #expect(milk.asPurchased == Quantity(Decimal(string: "0.97")!, .gallon))
        // 24 half-cup portions: 12 cups, 1.2 times the 20-portion recipe.
        let filling = record.lines[1]
        #expect(filling.toPrepare == Quantity(12, .cup) && filling.recipeBatches == Decimal(string: "1.2"))
        #expect(filling.asPurchased == nil)
        #expect(record.lines[2].toPrepare == Quantity(24, .each))
        // Cheese for 3-5 and 6-12 only: 16 oz is 1 LB.
        let cheese = record.lines[3]
        #expect(cheese.portions[.ages1to2] == nil && cheese.planned[.ages1to2] == nil)
        #expect(cheese.toPrepare == Quantity(1, .pound) && cheese.asPurchased == Quantity(1, .pound))
        #expect(record.problems.isEmpty)
    }
}

/// The wall menu of `PlateFixture`'s week.
@Suite struct PrintedMenuTests {
    @Test func cellsMarkAgeGroupsWholeGrainAndAllergens() throws {
        let menu = try PrintedMenu.make(
            menu: PlateFixture.menu, week: 1, foods: PlateFixture.foods,
            allergens: [Food.ID("cheese"): [.milk], Food.ID("milk"): [.milk], Food.ID("tortilla"): [.wheat, .soy]])
        #expect(menu.days == [BilingualText(english: "Monday", spanish: "Lunes")])
        #expect(menu.rows.map(\.meal) == [.lunch])
        let cell = menu.rows[0].cells[0]
        #expect(
            cell.map(\.name.english) == ["Whole milk", "Bean and cheese filling", "Corn tortilla", "Cheddar cheese", "Jicama"])
        #expect(cell[3].onlyFor == [.ages3to5, .ages6to12] && cell[0].onlyFor.isEmpty)
        #expect(cell.map(\.wholeGrainRich) == [false, false, true, false, false])
        #expect(cell[1].allergens == [.milk])  // from the cheese in the recipe
        #expect(cell[2].allergens == [.soy, .wheat])
        #expect(menu.allergensPresent == [.milk, .soy, .wheat] && menu.hasWholeGrainRich)
    }

    @Test(
        "Portions and kitchen totals in Spanish agree in number; distributors' codes stay as printed on the case",
        arguments: [
            (Serving(Decimal(1) / 2, .cup).text(in: .spanish), "1/2 taza"),
            (Serving(2, .cup).text(in: .spanish), "2 tazas"),
            (Serving(6, .fluidOunce).text(in: .spanish), "6 oz líq."),
            (Serving(1, .each).text(in: .spanish), "1 pieza"),
            (Serving(1, .largeEgg).text(in: .spanish), "1 huevo grande"),
            (Serving(Decimal(1) / 2, .cup).text(in: .english), "1/2 cup"),
            (Quantity(7, .cup).text(in: .spanish), "7 tazas"),
            (Quantity(48, .each).text(in: .spanish), "48 piezas"),
            (Quantity(Decimal(string: "2.57")!, .pound).text(in: .spanish), "2.57 LB"),
            (Quantity(2, .can10).text(in: .spanish), "2 #10 CN"),
            (Quantity(7, .cup).text(in: .english), "7 CUP"),
        ])
    func spanishMeasures(text: String, expected: String) {
        #expect(text == expected)
    }
}
