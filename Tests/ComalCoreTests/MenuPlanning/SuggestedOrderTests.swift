import ComalCore
import Foundation
import Testing

/// The suggestion for `PlateFixture`'s week, priced by hand from its five products.
@Suite struct SuggestedOrderTests {
    func suggest(onHand: [Food.ID: Quantity] = [:]) throws -> SuggestedOrder {
        try SuggestedOrder.suggest(
            site: PlateFixture.site, menu: PlateFixture.menu, week: 1, foods: PlateFixture.foods,
            products: PlateFixture.products, suppliers: [PlateFixture.alpha, PlateFixture.bravo], onHand: onHand)
    }

    func line(_ order: SuggestedOrder, _ food: String) -> SuggestedLine? {
        order.lines.first { $0.need.food.id.rawValue == food }
    }

    @Test func cheaperOfTwoSuppliersIsChosenAndExplained() throws {
        let order = try suggest()
        let cheese = try #require(line(order, "cheese"))
        // 3.4 LB: one 5-lb bag split from Alpha's 4/5 LB at $11.00, against Bravo's 6/2 LB, which does not
        // split: two 2-lb bags are a whole $30.00 case for a site buying alone.
        #expect(cheese.chosen.product.sku == "A-CHZ")
        #expect(cheese.chosen.eaches == 1 && cheese.chosen.cost == Money(cents: 1100))
        #expect(cheese.others.map(\.product.sku) == ["B-CHZ"] && cheese.others[0].cost == Money(cents: 3000))
        #expect(cheese.orderLine == SiteOrderLine(site: PlateFixture.site.id, product: Product.ID(1), quantity: 1, unit: .each))
        #expect(
            cheese.explanation(in: .english)
                == "Cheddar cheese: 3.4 LB to buy. A-CHZ cheese 4/5 LB (4/5 LB) from Alpha Foods: 1 × 5 LB = 5 LB for $11.00, the cheapest of 2 products from 2 suppliers; next: B-CHZ from Bravo Produce at $30.00."
        )
        #expect(cheese.explanation(in: .spanish).hasPrefix("Queso cheddar: 3.4 LB por comprar."))
        #expect(cheese.explanation(in: .spanish).contains("el más barato de 2 productos de 2 proveedores"))
    }

    @Test func roundedUpAtThePurchaseUnitThenToPacks() throws {
        let order = try suggest()
        // Beans: 1.2 cans → 2 cans → 2 eaches of a 6/#10 CN case Alpha does not split: ordered as 2 eaches
        // with a tolerance of the other 4, priced as the whole $48.00 case.
        let beans = try #require(line(order, "beans"))
        #expect(beans.toBuy == Quantity(2, .can10))
        #expect(beans.orderLine.quantity == 2 && beans.orderLine.unit == .each && beans.orderLine.tolerance == 4)
        #expect(beans.chosen.cost == Money(cents: 4800))
        #expect(beans.explanation(in: .english).contains("tolerance 4 takes the rest of the case"))
        // Tortillas: 24 pieces of a 48 CT case.
        let tortillas = try #require(line(order, "tortilla"))
        #expect(tortillas.orderLine.quantity == 24 && tortillas.orderLine.tolerance == 24)
        // Milk: 0.97 GAL → one gallon each, split at $3.60.
        let milk = try #require(line(order, "milk"))
        #expect(milk.chosen.eaches == 1 && milk.chosen.cost == Money(cents: 360) && milk.orderLine.tolerance == 0)
        #expect(order.total == Money(cents: 360 + 4800 + 1100 + 960))
    }

    @Test func foodsNoSupplierCarriesAreReported() throws {
        let order = try suggest()
        #expect(order.unmet.map(\.need.food.id.rawValue) == ["oil", "jicama"])
        #expect(order.unmet.allSatisfy { $0.reason == .noProduct })
        #expect(
            order.unmet[1].explanation(in: .english)
                == "Jicama: 2 LB needed, but no supplier's catalog offers it (food id jicama); buy it elsewhere or link a product to it."
        )
        #expect(order.problems == [.enrolledNotServed(.infant, count: 2)])
    }

    @Test func packsThatCannotBeConvertedAreReported() throws {
        let apples = PlateFixture.product(9, PlateFixture.bravo, "B-JIC", "40 CT", "20.00", food: "jicama")
        let order = try SuggestedOrder.suggest(
            site: PlateFixture.site, menu: PlateFixture.menu, week: 1, foods: PlateFixture.foods,
            products: PlateFixture.products + [apples], suppliers: [PlateFixture.alpha, PlateFixture.bravo])
        #expect(order.unmet.last?.reason == .packsNotConvertible(skus: ["B-JIC"]))
    }

    @Test func stockOnHandIsTakenOff() throws {
        let order = try suggest(onHand: [
            Food.ID("cheese"): Quantity(3, .pound), Food.ID("milk"): Quantity(2, .gallon),
            Food.ID("tortilla"): Quantity(1, .pound),
        ])
        let cheese = try #require(line(order, "cheese"))
        // 3.4 - 3 = 0.4 LB: one 2-lb bag either way; Alpha's split 5-lb bag at $11.00 still beats Bravo's case.
        #expect(cheese.toBuy == Quantity(Decimal(string: "0.4")!, .pound))
        #expect(cheese.explanation(in: .english).contains("(need 3.4 LB, 3 LB on hand)"))
        #expect(order.coveredByStock.map(\.food.id.rawValue) == ["milk"])
        #expect(
            order.problems.contains(
                .onHandNotConvertible(
                    food: PlateFixture.foods[Food.ID("tortilla")]!.name, onHand: Quantity(1, .pound), unit: .each)))
    }

    @Test func aWeekTheMenuDoesNotHaveIsAnError() {
        #expect(throws: MenuWeekError.noSuchWeek(3, available: [1])) { try suggestWeek(3) }
    }

    func suggestWeek(_ week: Int) throws -> SuggestedOrder {
        try SuggestedOrder.suggest(
            site: PlateFixture.site, menu: PlateFixture.menu, week: week, foods: PlateFixture.foods, products: [], suppliers: [])
    }
}

/// Pieces sold by weight per piece, as bakeries list muffins.
@Suite struct PieceOfferTests {
    @Test func aFoodBoughtByThePieceMatchesPiecesOfAStatedWeight() throws {
        let muffins = PlateFixture.product(7, PlateFixture.alpha, "A-TORT", "48/2 OZ", "38.90", food: "tortilla")
        let offer = try #require(ProductOffer(product: muffins, supplier: PlateFixture.alpha, need: Quantity(24, .each)))
        #expect(offer.eaches == 24 && offer.cost == Money(cents: 3890))
        #expect(ProductOffer(product: muffins, supplier: PlateFixture.alpha, need: Quantity(2, .pound))?.eaches == 16)
        let melons = PlateFixture.product(8, PlateFixture.alpha, "A-MEL", "12 CT", "28.60", food: "jicama")
        #expect(ProductOffer(product: melons, supplier: PlateFixture.alpha, need: Quantity(2, .pound)) == nil)
    }

    @Test("Weekly windows take the cycle's weeks in turn, in week order, whatever the weeks are numbered")
    func cycleWeek() {
        var menu = PlateFixture.menu
        let week = menu.weeks[0]
        menu.weeks = [3, 2].map { MenuWeek(number: $0, days: week.days) }
        #expect((1...5).map { menu.cycleWeek(for: OrderWindow.ID(Int64($0))) } == [2, 3, 2, 3, 2])
        menu.weeks = (1...4).map { MenuWeek(number: $0, days: week.days) }
        #expect((1...6).map { menu.cycleWeek(for: OrderWindow.ID(Int64($0))) } == [1, 2, 3, 4, 1, 2])
    }
}
