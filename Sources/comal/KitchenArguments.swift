import ArgumentParser
import ComalCore
import ComalWeek
import Foundation

/// `lunch:1-2=17,3-5=40`: a meal's counts by age group, as `--counts` and `--served` take them.
struct MealCounts: ExpressibleByArgument {
    var meal: MealType
    var counts: [MealPatternAgeGroup: Int]

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let meal = MealType(rawValue: parts[0]) else { return nil }
        var counts: [MealPatternAgeGroup: Int] = [:]
        for pair in parts[1].split(separator: ",") {
            let sides = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2, let group = MealPatternAgeGroup(rawValue: sides[0]), counts[group] == nil,
                let count = Int(sides[1]), (0...Site.largestEnrollment).contains(count)
            else { return nil }
            counts[group] = count
        }
        guard !counts.isEmpty else { return nil }
        self.meal = meal
        self.counts = counts
    }
}

/// `lunch:3-5:green-chile-chicken-posole=9.5`: how much of one container arrived, in the ticket's unit.
struct ReceivedAmount: ExpressibleByArgument {
    var key: KitchenDesk.ReceiptKey
    var amount: Decimal

    init?(argument: String) {
        let sides = argument.split(separator: "=").map(String.init)
        let parts = sides.first?.split(separator: ":").map(String.init) ?? []
        guard sides.count == 2, parts.count == 3, let meal = MealType(rawValue: parts[0]),
            let group = MealPatternAgeGroup(rawValue: parts[1]), !parts[2].isEmpty,
            let amount = Decimal(string: sides[1], locale: Locale(identifier: "en_US_POSIX")), amount >= 0
        else { return nil }
        key = KitchenDesk.ReceiptKey(meal: meal, ageGroup: group, food: parts[2])
        self.amount = amount
    }
}

/// A probe reading in °F (`142`, `38.5`).
struct Fahrenheit: ExpressibleByArgument {
    var degrees: Decimal

    init?(argument: String) {
        guard let degrees = Decimal(string: argument, locale: Locale(identifier: "en_US_POSIX")),
            TemperatureReading.plausibleF.contains(degrees)
        else { return nil }
        self.degrees = degrees
    }
}

extension TemperatureReading.Stage: ExpressibleByArgument {}

/// Hot and cold readings of one stage, as the options give them.
func readings(_ stage: TemperatureReading.Stage, hot: Fahrenheit?, cold: Fahrenheit?) -> [TemperatureReading] {
    [(ServingTemperature.hot, hot), (.cold, cold)].compactMap { kind, value in
        value.map { TemperatureReading(stage: stage, temperature: kind, fahrenheit: $0.degrees) }
    }
}
