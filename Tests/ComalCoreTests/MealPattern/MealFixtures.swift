import ComalCore
import Foundation

// Builders for hand-written check requests. Amounts are written as a cook writes them ("1/4 cup").

func serving(_ text: String) -> Serving { Serving(parsing: text)! }

func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

/// The date most tests read the rules as of: after every change in `docs/cacfp.md` §1.
let lateDate = date("2026-10-15")

func item(
    _ name: String, _ component: FoodComponent, _ amount: String,
    _ configure: (inout CreditingAttributes) -> Void = { _ in }
) -> MealItem {
    var attributes = CreditingAttributes()
    configure(&attributes)
    return MealItem(name: name, component: component, serving: serving(amount), attributes: attributes)
}

func milk(_ amount: String, fat: CreditingAttributes.MilkFat = .lowFat, flavored: Bool = false) -> MealItem {
    item("Milk", .milk, amount) {
        $0.milkFat = fat
        $0.flavored = flavored
    }
}

func wholeGrainBread(_ amount: String) -> MealItem {
    item("Whole wheat bread", .grains, amount) { $0.wholeGrainRich = true }
}

/// The minimums of `docs/cacfp.md` §3, written out by hand per age group: milk fl oz, M/MA oz eq,
/// vegetable cups, fruit cups, grain oz eq.
struct Minimums: Sendable, CustomStringConvertible {
    var age: MealPatternAgeGroup
    var milk: String, meat: String, vegetable: String, fruit: String, grain: String
    var description: String { age.rawValue }
}

let lunchMinimums = [
    Minimums(age: .ages1to2, milk: "4", meat: "1", vegetable: "1/8", fruit: "1/8", grain: "1/2"),
    Minimums(age: .ages3to5, milk: "6", meat: "1.5", vegetable: "1/4", fruit: "1/4", grain: "1/2"),
    Minimums(age: .ages6to12, milk: "8", meat: "2", vegetable: "1/2", fruit: "1/4", grain: "1"),
    Minimums(age: .ages13to18, milk: "8", meat: "2", vegetable: "1/2", fruit: "1/4", grain: "1"),
    Minimums(age: .adult, milk: "8", meat: "2", vegetable: "1/2", fruit: "1/2", grain: "2"),
]

/// Breakfast: vegetable and fruit are one combined minimum (kept in `vegetable`); no M/MA minimum.
let breakfastMinimums = [
    Minimums(age: .ages1to2, milk: "4", meat: "", vegetable: "1/4", fruit: "", grain: "1/2"),
    Minimums(age: .ages3to5, milk: "6", meat: "", vegetable: "1/2", fruit: "", grain: "1/2"),
    Minimums(age: .ages6to12, milk: "8", meat: "", vegetable: "1/2", fruit: "", grain: "1"),
    Minimums(age: .ages13to18, milk: "8", meat: "", vegetable: "1/2", fruit: "", grain: "1"),
    Minimums(age: .adult, milk: "8", meat: "", vegetable: "1/2", fruit: "", grain: "2"),
]

let snackMinimums = [
    Minimums(age: .ages1to2, milk: "4", meat: "1/2", vegetable: "1/2", fruit: "1/2", grain: "1/2"),
    Minimums(age: .ages3to5, milk: "4", meat: "1/2", vegetable: "1/2", fruit: "1/2", grain: "1/2"),
    Minimums(age: .ages6to12, milk: "8", meat: "1", vegetable: "3/4", fruit: "3/4", grain: "1"),
    Minimums(age: .ages13to18, milk: "8", meat: "1", vegetable: "3/4", fruit: "3/4", grain: "1"),
    Minimums(age: .adult, milk: "8", meat: "1", vegetable: "1/2", fruit: "1/2", grain: "1"),
]

/// A lunch serving exactly the minimums.
func lunchItems(_ m: Minimums) -> [MealItem] {
    [
        milk("\(m.milk) fl_oz", fat: m.age == .ages1to2 ? .whole : .lowFat),
        item("Chicken", .meatsMeatAlternates, "\(m.meat) oz"),
        item("Carrots", .vegetables, "\(m.vegetable) cup") { $0.vegetableKind = "carrots" },
        item("Apples", .fruits, "\(m.fruit) cup"), wholeGrainBread("\(m.grain) oz_eq"),
    ]
}

func breakfastItems(_ m: Minimums) -> [MealItem] {
    [
        milk("\(m.milk) fl_oz", fat: m.age == .ages1to2 ? .whole : .lowFat), item("Peaches", .fruits, "\(m.vegetable) cup"),
        wholeGrainBread("\(m.grain) oz_eq"),
    ]
}

func request(
    _ age: MealPatternAgeGroup, _ meals: [Meal], asOf: CalendarDate = lateDate,
    setting: CareSetting = .childCareCenter, months: Int? = nil,
    configure: (inout MealPatternCheckRequest) -> Void = { _ in }
) -> MealPatternCheckRequest {
    var request = MealPatternCheckRequest(asOf: asOf, setting: setting, ageGroup: age, participantAgeMonths: months, meals: meals)
    configure(&request)
    return request
}

func lunch(_ items: [MealItem], day: String = "Mon") -> Meal { Meal(day: day, type: .lunch, items: items) }

/// The rule ids of the findings, in order.
func rules(_ request: MealPatternCheckRequest) -> [String] {
    MealPatternCheck.findings(for: request).map(\.rule.rawValue)
}

/// The rule ids of checking `items` as a lunch for `age`.
func lunchRules(_ age: MealPatternAgeGroup, _ items: [MealItem], asOf: CalendarDate = lateDate) -> [String] {
    rules(request(age, [lunch(items)], asOf: asOf))
}

func replacing(_ items: [MealItem], named name: String, with replacement: MealItem?) -> [MealItem] {
    items.compactMap { $0.name == name ? replacement : $0 }
}

let ages35 = lunchMinimums[1]
