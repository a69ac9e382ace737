import ComalCore
import ComalPlanner
import Foundation

/// A hand-priced lunch for ten children 3-5, every product's each a round price, so that what a plan
/// should cost can be worked out on paper.
///
/// Per lunch (10 servings): milk 6 fl oz → 0.47 gal, one $3.50 gallon; turkey 1.5 oz → 1.25 lb, two
/// $3.00 pounds; cheese 1.5 oz → 0.94 lb, one $10.00 5-lb block; carrots 1/4 cup → 0.83 lb, one $1.50
/// pound; green beans → 1 lb, one $3.00 2-lb bag; apples → 0.71 lb, one $2.00 pound; peaches → 0.22 can,
/// one $5.00 can; tortillas 1/2 each → 5, $1.00; bread 1/2 each → 5, $0.50 (not whole grain-rich);
/// brown rice 1/2 oz eq → 0.31 lb, one $1.00 pound; pinto beans 1/4 cup → 0.22 can, one $6.00 can.
enum LunchFixture {
    static func food(
        _ id: String, _ name: String, _ components: [FoodComponent], _ unit: MeasureUnit, _ serving: String, _ perUnit: Decimal,
        _ configure: (inout CreditingAttributes) -> Void = { _ in }
    ) -> Food {
        var attributes = CreditingAttributes()
        configure(&attributes)
        return Food(
            id: Food.ID(id), name: BilingualText(english: name, spanish: name), components: components, attributes: attributes,
            yield: Yield(
                purchaseUnit: unit, servingSize: Serving(parsing: serving)!, servingsPerPurchaseUnit: perUnit, source: "test",
                isEstimate: false))
    }

    static let foods: [Food.ID: Food] = {
        let list = [
            food("milk", "Lowfat milk", [.milk], .gallon, "8 fl_oz", 16) { $0.milkFat = .lowFat },
            food("turkey", "Roast turkey", [.meatsMeatAlternates], .pound, "1 oz", 12),
            food("cheese", "Cheddar cheese", [.meatsMeatAlternates], .pound, "1 oz", 16),
            food("carrots", "Carrots", [.vegetables], .pound, "1/4 cup", 12),
            food("green-beans", "Green beans", [.vegetables], .pound, "1/4 cup", 10),
            food("apples", "Apples", [.fruits], .pound, "1/4 cup", 14),
            food("peaches", "Peaches", [.fruits], .can10, "1/4 cup", 48),
            food("tortilla", "Whole wheat tortilla", [.grains], .each, "1 oz_eq", 1) { $0.wholeGrainRich = true },
            food("bread", "White bread", [.grains], .each, "1 oz_eq", 1) { $0.wholeGrainRich = false },
            food("rice", "Brown rice", [.grains], .pound, "1 oz_eq", 16) { $0.wholeGrainRich = true },
            food("beans", "Pinto beans", [.vegetables, .meatsMeatAlternates], .can10, "1/4 cup", 46) {
                $0.vegetableKind = VegetableKind.beansPeasLentils
            },
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
    }()

    static let supplier = Supplier(id: Supplier.ID(1), name: "Valle Foods")

    static let products: [Product] = [
        ("milk", "4/1 GAL", "14.00"), ("turkey", "10/1 LB", "30.00"), ("cheese", "4/5 LB", "40.00"),
        ("carrots", "10/1 LB", "15.00"), ("green-beans", "12/2 LB", "36.00"), ("apples", "10/1 LB", "20.00"),
        ("peaches", "6/#10 CN", "30.00"), ("tortilla", "48 CT", "9.60"), ("bread", "48 CT", "4.80"),
        ("rice", "10/1 LB", "10.00"), ("beans", "6/#10 CN", "36.00"),
    ].enumerated().map { index, row in
        Product(
            id: Product.ID(Int64(index + 1)), supplier: supplier.id, sku: "VF-\(index + 1)", description: row.0,
            pack: try! Pack(parsing: row.1), casePrice: Money(dollars: row.2)!, food: row.0)
    }

    /// Bean dip: one #10 can of pinto beans as the meat alternate, 20 half-cup portions (2.3 oz eq each).
    static let beanDip = Recipe(
        id: Recipe.ID("bean-dip"), name: BilingualText(english: "Bean dip", spanish: "Dip de frijol"),
        ingredients: [.init(food: Food.ID("beans"), quantity: Quantity(1, .can10), creditAs: .meatsMeatAlternates)],
        servings: 20, portion: Serving(parsing: "1/2 cup")!)

    static func item(_ food: String, _ serving: String, creditAs: FoodComponent? = nil) -> MenuItem {
        MenuItem(
            dish: .food(Food.ID(food)), servings: [.init(ageGroup: .ages3to5, serving: Serving(parsing: serving)!)], creditAs: creditAs)
    }

    static let lunchItems: [MenuItem] = [
        item("milk", "6 fl_oz"), item("turkey", "1.5 oz"), item("cheese", "1.5 oz"), item("carrots", "1/4 cup"),
        item("green-beans", "1/4 cup"), item("apples", "1/4 cup"), item("peaches", "1/4 cup"), item("tortilla", "1/2 each"),
        item("bread", "1/2 each"), item("rice", "1/2 oz_eq"),
    ]

    /// The menu the planner draws its items from: every item on one Monday lunch.
    static func source(_ items: [MenuItem] = lunchItems, recipes: [Recipe] = []) -> Menu {
        Menu(
            id: Menu.ID("source"), name: BilingualText(english: "Source", spanish: "Fuente"), setting: .childCareCenter,
            ageGroups: [.ages3to5], recipes: recipes,
            weeks: [MenuWeek(number: 1, days: [MenuDay(label: "Mon", meals: [MenuMeal(type: .lunch, items: items)])])])
    }

    static func request(days: [String], weeks: Int = 1, keep: [String] = [], spacing: Int = 2) -> MenuPlanRequest {
        MenuPlanRequest(
            id: Menu.ID("plan"), name: BilingualText(english: "Plan", spanish: "Plan"), setting: .childCareCenter,
            ageGroups: [.ages3to5], eaters: [.ages3to5: 10], days: days.map { .init(label: $0, meals: [.lunch]) }, weeks: weeks,
            keep: keep, spacingDays: spacing)
    }

    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    static func pool(
        _ menu: Menu = source(), avoiding: Set<Allergen> = [], allergens: [Food.ID: Set<Allergen>] = [:],
        asOf: CalendarDate = today
    ) -> PlanCandidatePool {
        PlanCandidatePool.make(
            from: [menu], meals: [.lunch], ageGroups: [.ages3to5], setting: .childCareCenter, foods: foods, allergens: allergens,
            avoiding: avoiding, asOf: asOf)
    }

    static func plan(
        _ request: MenuPlanRequest, pool: PlanCandidatePool = pool(), asOf: CalendarDate = today
    ) throws(MenuPlanError) -> MenuPlan {
        try MenuPlanner.plan(
            request, pool: pool, foods: foods, products: products, suppliers: [supplier], asOf: asOf, timeLimit: .seconds(60))
    }

    /// What `comal menu cost` makes of a plan for the ten children.
    static func cost(_ menu: Menu) -> MenuCost {
        let site = Site(
            id: Site.ID("T-01"), name: "Test Center", kind: .center, address: "1 Main St", city: "Taos",
            coordinate: GeoPoint(latitude: 36.4, longitude: -105.6),
            deliveryWindow: ClockWindow(start: ClockTime(minutes: 420)!, end: ClockTime(minutes: 600)!)!,
            enrollment: [.ages3to5: 10])
        return MenuCost.make(menu: menu, site: site, foods: foods, products: products, suppliers: [supplier])
    }

    /// The dishes served at each meal of the plan, week by week and day by day.
    static func dishes(_ menu: Menu) -> [[String]] {
        menu.weeks.flatMap(\.days).flatMap(\.meals).map { $0.items.map(\.dish.id).sorted() }
    }
}
