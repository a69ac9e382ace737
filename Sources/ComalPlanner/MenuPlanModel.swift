import ComalCore
import Foundation

/// The menu plan as a mixed-integer program.
///
/// A 0/1 choice for every candidate item at every meal of every day; per meal and age group, the chosen
/// items' credits reach the meal pattern's minimums (a snack: two components, each at its minimum,
/// through one 0/1 indicator per component); per day, a whole grain-rich grain and juice at one
/// occasion at most; per week, no dish twice at one kind of meal; across the cycle, a dish's servings
/// `spacingDays` apart; kept dishes every week. The cost is the purchase: each week's need of each food
/// in whole eaches of its product (an integer each), as `comal menu cost` buys it, plus a twentieth of
/// the unrounded food cost so that, among equal purchases, the plan serves less.
struct MenuPlanModel {
    /// One candidate at one meal.
    struct Choice {
        var week: Int
        var day: Int
        var meal: MealType
        var candidate: Int
        var variable: MixedIntegerProgram.Variable
    }

    private(set) var program = MixedIntegerProgram()
    private(set) var choices: [Choice] = []
    /// Each week's eaches of each food, and what one costs in cents.
    private(set) var purchases: [(variable: MixedIntegerProgram.Variable, eachCents: Double)] = []
    let request: MenuPlanRequest
    let candidates: [PlanCandidate]

    /// A hair under each minimum, so that credits adding up to it exactly are not lost to binary
    /// fractions; the check, in exact decimals, has the last word.
    private static let tolerance = 1e-7
    /// The weight of the unrounded food cost beside the purchase.
    private static let servingWeight = 0.05

    init(request: MenuPlanRequest, candidates: [PlanCandidate], prices: [Food.ID: EachPrice]) {
        self.request = request
        self.candidates = candidates
        let eachesPerEater = candidates.map { Self.eaches(of: $0, for: request.eaters, prices: prices) }
        let milkDishes = Set(candidates.filter(\.isMilk).map(\.dish))
        for week in 0..<request.weeks {
            for (dayIndex, day) in request.days.enumerated() {
                for meal in day.meals {
                    var slot: [Int] = []
                    for (index, candidate) in candidates.enumerated() where candidate.meal == meal {
                        let cents = eachesPerEater[index].sorted { $0.key.rawValue < $1.key.rawValue }.reduce(0.0) {
                            $0 + $1.value * Self.double(prices[$1.key]!.eachCents)
                        }
                        let variable = program.addChoice(
                            "w\(week + 1)_\(day.label)_\(meal.rawValue)_\(index)", cost: cents * Self.servingWeight)
                        slot.append(choices.count)
                        choices.append(Choice(week: week, day: dayIndex, meal: meal, candidate: index, variable: variable))
                    }
                    addMealPattern(slot, meal: meal, name: "w\(week + 1)_\(day.label)_\(meal.rawValue)")
                }
            }
        }
        addDayRules()
        addVariety(milkDishes: milkDishes)
        addKept()
        addPurchase(eachesPerEater: eachesPerEater, prices: prices)
    }

    /// Eaches of each food one serving of the candidate to everyone eating takes.
    private static func eaches(of candidate: PlanCandidate, for eaters: [MealPatternAgeGroup: Int], prices: [Food.ID: EachPrice])
        -> [Food.ID: Double]
    {
        var eaches: [Food.ID: Double] = [:]
        for (group, needs) in candidate.needs.sorted(by: { $0.key < $1.key }) {
            let count = Decimal(eaters[group] ?? 0)
            for (food, quantity) in needs.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                guard let price = prices[food], let amount = quantity.converted(to: price.unit)?.amount else { continue }
                eaches[food, default: 0] += double(amount * price.eachesPerUnit * count)
            }
        }
        return eaches
    }

    static func double(_ decimal: Decimal) -> Double { NSDecimalNumber(decimal: decimal).doubleValue }

    /// A grouping in the order of its keys: the same request always makes the same program, row for
    /// row, so the same plan comes out (Swift's dictionaries iterate in a different order each run).
    private static func sorted<Value>(_ groups: [String: Value]) -> [(key: String, value: Value)] {
        groups.sorted { $0.key < $1.key }
    }

    private mutating func addMealPattern(_ slot: [Int], meal: MealType, name: String) {
        // One food or recipe once per meal: the same one twice is one item served twice.
        for (dish, members) in Self.sorted(Dictionary(grouping: slot, by: { candidates[choices[$0].candidate].dish })) where members.count > 1 {
            program.addConstraint("\(name)_once_\(dish)", members.map { (choices[$0].variable, 1.0) }, .atMost, 1)
        }
        for group in request.ageGroups {
            guard let minimums = MealPatternMinimums(meal: meal, ageGroup: group) else { continue }
            func terms(_ components: [FoodComponent]) -> [(MixedIntegerProgram.Variable, Double)] {
                slot.compactMap { index in
                    let credit = components.reduce(Decimal(0)) { $0 + candidates[choices[index].candidate].credit(toward: $1, for: group) }
                    return credit > 0 ? (choices[index].variable, Self.double(credit)) : nil
                }
            }
            let label = "\(name)_\(group.rawValue)"
            switch meal {
            case .breakfast:
                require(terms([.milk]), minimums.milk, "\(label)_milk")
                require(terms([.vegetables, .fruits]), minimums.vegetables, "\(label)_produce")
                require(terms([.grains]), minimums.grains, "\(label)_grains")
            case .lunch, .supper:
                for component in FoodComponent.fiveComponents {
                    require(terms([component]), minimums.minimum(of: component) ?? 0, "\(label)_\(component.rawValue)")
                }
            case .amSnack, .pmSnack, .eveningSnack:
                // Two components at their minimums, each switched on by an indicator.
                var indicators: [(MixedIntegerProgram.Variable, Double)] = []
                for component in FoodComponent.fiveComponents {
                    let credited = terms([component])
                    guard !credited.isEmpty, let minimum = minimums.minimum(of: component) else { continue }
                    let met = program.addChoice("\(label)_\(component.rawValue)_met")
                    program.addConstraint(
                        "\(label)_\(component.rawValue)", credited + [(met, -(Self.double(minimum) - Self.tolerance))], .atLeast, 0)
                    indicators.append((met, 1))
                }
                program.addConstraint("\(label)_two_components", indicators, .atLeast, 2)
            }
        }
        if meal.isSnack {
            // With milk at a snack, juice cannot be the second component.
            let juice = slot.filter { candidates[choices[$0].candidate].isJuice }
            let milk = slot.filter { candidates[choices[$0].candidate].isMilk }
            for j in juice {
                for m in milk {
                    program.addConstraint("\(name)_milk_or_juice", [(choices[j].variable, 1), (choices[m].variable, 1)], .atMost, 1)
                }
            }
        }
    }

    private mutating func require(_ terms: [(MixedIntegerProgram.Variable, Double)], _ minimum: Decimal, _ name: String) {
        program.addConstraint(name, terms, .atLeast, Self.double(minimum) - Self.tolerance)
    }

    /// Juice at one occasion a day; a whole grain-rich grain every day, for every age group.
    private mutating func addDayRules() {
        let byDay = Dictionary(grouping: choices.indices, by: { DayKey(week: choices[$0].week, day: choices[$0].day) })
        for (key, members) in byDay.sorted(by: { ($0.key.week, $0.key.day) < ($1.key.week, $1.key.day) }) {
            let name = "w\(key.week + 1)_\(request.days[key.day].label)"
            let juice = members.filter { candidates[choices[$0].candidate].isJuice }
            if juice.count > 1 { program.addConstraint("\(name)_juice_once", juice.map { (choices[$0].variable, 1.0) }, .atMost, 1) }
            for group in request.ageGroups where !group.isInfant {
                let whole = members.filter { candidates[choices[$0].candidate].meetsWholeGrainRich(for: group) }
                program.addConstraint("\(name)_\(group.rawValue)_whole_grain", whole.map { (choices[$0].variable, 1.0) }, .atLeast, 1)
            }
        }
    }

    private struct DayKey: Hashable {
        var week: Int
        var day: Int
    }

    /// No dish twice in a week at one kind of meal, and each dish's servings `spacingDays` days apart
    /// through the cycle, which repeats; milk is served every meal and is exempt.
    private mutating func addVariety(milkDishes: Set<String>) {
        let varied = choices.indices.filter { !milkDishes.contains(candidates[choices[$0].candidate].dish) }
        let weekly = Dictionary(grouping: varied) { "\(choices[$0].week)_\(choices[$0].meal.rawValue)_\(candidates[choices[$0].candidate].dish)" }
        for (key, members) in Self.sorted(weekly) where Set(members.map { choices[$0].day }).count > 1 {
            program.addConstraint("variety_\(key)", members.map { (choices[$0].variable, 1.0) }, .atMost, 1)
        }
        // A cycle changes from week to week: a dish at one day and meal is not there the next week.
        if request.weeks > 1 {
            let bySlot = Dictionary(grouping: varied) {
                "\(choices[$0].day)_\(choices[$0].meal.rawValue)_\(candidates[choices[$0].candidate].dish)"
            }
            for (key, members) in Self.sorted(bySlot) {
                let byWeek = Dictionary(grouping: members) { choices[$0].week }
                for week in 0..<(request.weeks == 2 ? 1 : request.weeks) {
                    let pair = (byWeek[week] ?? []) + (byWeek[(week + 1) % request.weeks] ?? [])
                    guard !(byWeek[week] ?? []).isEmpty, pair.count > (byWeek[week] ?? []).count else { continue }
                    program.addConstraint("next_week_\(key)_\(week)", pair.map { (choices[$0].variable, 1.0) }, .atMost, 1)
                }
            }
        }
        let daysPerWeek = request.days.count
        let cycleDays = request.weeks * daysPerWeek
        let span = min(max(request.spacingDays, 1), cycleDays)
        let byDish = Dictionary(grouping: varied) { candidates[choices[$0].candidate].dish }
        for (dish, members) in Self.sorted(byDish) {
            let byDay = Dictionary(grouping: members) { choices[$0].week * daysPerWeek + choices[$0].day }
            for start in 0..<cycleDays {
                let window = (0..<span).flatMap { byDay[(start + $0) % cycleDays] ?? [] }
                guard window.count > 1 else { continue }
                program.addConstraint("spacing_\(dish)_\(start)", window.map { (choices[$0].variable, 1.0) }, .atMost, 1)
                if span == cycleDays { break }
            }
        }
    }

    /// Each kept dish at least once a week.
    private mutating func addKept() {
        for dish in request.keep {
            for week in 0..<request.weeks {
                let members = choices.indices.filter { choices[$0].week == week && candidates[choices[$0].candidate].dishID == dish }
                program.addConstraint("keep_\(dish)_w\(week + 1)", members.map { (choices[$0].variable, 1.0) }, .atLeast, 1)
            }
        }
    }

    /// Each week's need of each food bought in whole eaches.
    private mutating func addPurchase(eachesPerEater: [[Food.ID: Double]], prices: [Food.ID: EachPrice]) {
        for week in 0..<request.weeks {
            var needs: [Food.ID: [(MixedIntegerProgram.Variable, Double)]] = [:]
            for choice in choices where choice.week == week {
                for (food, eaches) in eachesPerEater[choice.candidate] where eaches > 0 {
                    needs[food, default: []].append((choice.variable, eaches))
                }
            }
            for (food, terms) in needs.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                // At most what every item needing the food at every meal would take: a finite bound keeps
                // CLP's bound tightening sound (without it, a search failed an assertion in ClpNonLinearCost).
                let most = terms.reduce(0.0) { $0 + $1.1 }.rounded(.up) + 1
                let bought = program.addVariable(
                    "buy_w\(week + 1)_\(food.rawValue)", upper: most, cost: Self.double(prices[food]!.eachCents), integer: true)
                program.addConstraint("cover_w\(week + 1)_\(food.rawValue)", terms + [(bought, -1)], .atMost, 0)
                purchases.append((bought, Self.double(prices[food]!.eachCents)))
            }
        }
    }

    /// What the solution's purchase costs, to the cent: the figure the plan is judged by.
    func purchaseCost(_ solution: CbcSolver.Solution) -> Money {
        Money(cents: Int(purchases.reduce(0.0) { $0 + solution.value($1.variable) * $1.eachCents }.rounded()))
    }

    /// Forbids the chosen items `chosen` (choice indices) from all being chosen together again.
    mutating func forbid(_ chosen: [Int], name: String) {
        program.addConstraint(name, chosen.map { (choices[$0].variable, 1.0) }, .atMost, Double(chosen.count - 1))
    }
}
