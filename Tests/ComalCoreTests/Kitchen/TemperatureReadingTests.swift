import ComalCore
import Foundation
import Testing

/// Food Code 3-501.16: hot at or above 135 °F, cold at or below 41 °F.
@Suite struct TemperatureReadingTests {
    func flag(_ kind: ServingTemperature, _ degrees: Decimal, _ stage: TemperatureReading.Stage = .arrival) -> TemperatureFlag? {
        TemperatureReading(stage: stage, temperature: kind, fahrenheit: degrees).flag
    }

    @Test func hotFoodAtOrAbove135IsInRange() {
        #expect(flag(.hot, 135) == nil)
        #expect(flag(.hot, 171) == nil)
        #expect(flag(.hot, Decimal(string: "134.9")!) == .hotBelowMinimum(stage: .arrival, fahrenheit: Decimal(string: "134.9")!))
    }

    @Test func coldFoodAtOrBelow41IsInRange() {
        #expect(flag(.cold, 41) == nil)
        #expect(flag(.cold, 34) == nil)
        #expect(flag(.cold, 42, .departure) == .coldAboveMaximum(stage: .departure, fahrenheit: 42))
    }

    @Test func eachFlagSaysWhatToDoInBothLanguages() {
        let flags: [TemperatureFlag] = [
            .hotBelowMinimum(stage: .departure, fahrenheit: 120), .hotBelowMinimum(stage: .arrival, fahrenheit: 120),
            .coldAboveMaximum(stage: .departure, fahrenheit: 50), .coldAboveMaximum(stage: .arrival, fahrenheit: 50),
        ]
        for flag in flags {
            #expect(flag.message.english.contains("°F") && flag.message.spanish.contains("°F"))
            #expect(flag.message.english != flag.message.spanish)
        }
        #expect(flags[0].message.english.contains("165 °F"))
        #expect(flags[3].message.english.contains("70 °F"))
    }
}
