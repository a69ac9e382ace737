import ComalCore
import Foundation

/// A small hand-worked kitchen: four foods with yields bought by the #10 can, the pound, the gallon and
/// the piece, oil without a yield, jicama no supplier carries, and one recipe served to three age groups.
///
/// Eaters every meal: 4 children 1-2, 10 children 3-5, 6 children 6-12 (and 2 infants the menu does not serve).
enum PlateFixture {
    static func food(
        _ id: String, _ english: String, _ spanish: String, _ component: FoodComponent, yield: Yield?,
        attributes: CreditingAttributes = CreditingAttributes()
    ) -> Food {
        Food(
            id: Food.ID(id), name: BilingualText(english: english, spanish: spanish), components: [component],
            attributes: attributes, yield: yield)
    }

    static func yield(_ unit: MeasureUnit, _ serving: String, _ perUnit: Decimal) -> Yield {
        Yield(
            purchaseUnit: unit, servingSize: Serving(parsing: serving)!, servingsPerPurchaseUnit: perUnit, source: "test",
            isEstimate: false)
    }

    static let foods: [Food.ID: Food] = {
        var wholeGrain = CreditingAttributes()
        wholeGrain.wholeGrainRich = true
        let list = [
            food("beans", "Pinto beans", "Frijoles pintos", .vegetables, yield: yield(.can10, "1/4 cup", 46)),
            food("cheese", "Cheddar cheese", "Queso cheddar", .meatsMeatAlternates, yield: yield(.pound, "1 oz", 16)),
            food(
                "tortilla", "Corn tortilla", "Tortilla de maíz", .grains, yield: yield(.each, "1 oz_eq", 1),
                attributes: wholeGrain),
            food("milk", "Whole milk", "Leche entera", .milk, yield: yield(.gallon, "8 fl_oz", 16)),
            food("jicama", "Jicama", "Jícama", .vegetables, yield: yield(.pound, "1/4 cup", 10)),
            food("oil", "Canola oil", "Aceite de canola", .nonCreditable, yield: nil),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
    }()

    static func serve(_ dish: MenuItem.Dish, _ amounts: [(MealPatternAgeGroup, String)]) -> MenuItem {
        MenuItem(dish: dish, servings: amounts.map { .init(ageGroup: $0.0, serving: Serving(parsing: $0.1)!) })
    }

    /// 20 portions of 1/2 cup from one #10 can of beans, 2 lb of cheese and 4 oz of oil.
    static let recipe = Recipe(
        id: Recipe.ID("bean-cheese"),
        name: BilingualText(english: "Bean and cheese filling", spanish: "Relleno de frijol y queso"),
        ingredients: [
            .init(food: Food.ID("beans"), quantity: Quantity(1, .can10)),
            .init(food: Food.ID("cheese"), quantity: Quantity(2, .pound)),
            .init(food: Food.ID("oil"), quantity: Quantity(4, .ounce)),
        ], servings: 20, portion: Serving(parsing: "1/2 cup")!)

    static let menu = Menu(
        id: Menu.ID("test"), name: BilingualText(english: "Test menu", spanish: "Menú de prueba"), setting: .childCareCenter,
        ageGroups: [.ages1to2, .ages3to5, .ages6to12], recipes: [recipe],
        weeks: [
            MenuWeek(
                number: 1,
                days: [
                    MenuDay(
                        label: "Mon",
                        meals: [
                            MenuMeal(
                                type: .lunch,
                                items: [
                                    serve(
                                        .food(Food.ID("milk")),
                                        [(.ages1to2, "4 fl_oz"), (.ages3to5, "6 fl_oz"), (.ages6to12, "8 fl_oz")]),
                                    serve(
                                        .recipe(recipe.id),
                                        [(.ages1to2, "1/4 cup"), (.ages3to5, "1/2 cup"), (.ages6to12, "1 cup")]),
                                    serve(
                                        .food(Food.ID("tortilla")),
                                        [(.ages1to2, "1/2 each"), (.ages3to5, "1 each"), (.ages6to12, "2 each")]),
                                    serve(.food(Food.ID("cheese")), [(.ages3to5, "1 oz"), (.ages6to12, "1 oz")]),
                                    serve(
                                        .food(Food.ID("jicama")),
                                        [(.ages1to2, "1/4 cup"), (.ages3to5, "1/4 cup"), (.ages6to12, "1/4 cup")]),
                                ])
                        ])
                ])
        ])

    static let site = Site(
        id: Site.ID("T-01"), name: "Test Center", kind: .center, address: "1 Main St", city: "Taos",
        coordinate: GeoPoint(latitude: 36.4, longitude: -105.6),
        deliveryWindow: ClockWindow(start: ClockTime(minutes: 420)!, end: ClockTime(minutes: 600)!)!,
        enrollment: [.infant: 2, .ages1to2: 4, .ages3to5: 10, .ages6to12: 6])

    static let plan = ServingPlan(everyMeal: [.ages1to2: 4, .ages3to5: 10, .ages6to12: 6])

    static let alpha = Supplier(id: Supplier.ID(1), name: "Alpha Foods")
    static let bravo = Supplier(id: Supplier.ID(2), name: "Bravo Produce")

    static func product(
        _ id: Int64, _ supplier: Supplier, _ sku: String, _ pack: String, _ casePrice: String, each: String? = nil,
        food: String
    ) -> Product {
        Product(
            id: Product.ID(id), supplier: supplier.id, sku: sku, description: "\(food) \(pack)", pack: try! Pack(parsing: pack),
            casePrice: Money(dollars: casePrice)!, eachPrice: each.map { Money(dollars: $0)! }, food: food)
    }

    static let products = [
        product(1, alpha, "A-CHZ", "4/5 LB", "40.00", each: "11.00", food: "cheese"),
        product(2, bravo, "B-CHZ", "6/2 LB", "30.00", food: "cheese"),
        product(3, alpha, "A-BEAN", "6/#10 CN", "48.00", food: "beans"),
        product(4, bravo, "B-TORT", "48 CT", "9.60", food: "tortilla"),
        product(5, bravo, "B-MILK", "4/1 GAL", "14.00", each: "3.60", food: "milk"),
    ]
}
