import Foundation

/// A food temperature taken with a probe thermometer as the meals leave the kitchen or reach a site.
public struct TemperatureReading: Hashable, Sendable, Codable {
    /// When the reading is taken on the food's way.
    public enum Stage: String, Hashable, Sendable, Codable, DeclarationOrdered {
        case departure, arrival

        public var label: BilingualText {
            switch self {
            case .departure: BilingualText(english: "departure", spanish: "salida")
            case .arrival: BilingualText(english: "arrival", spanish: "llegada")
            }
        }
    }

    /// The coldest and hottest readings a probe thermometer for food gives; anything else is a typo.
    public static let plausibleF: ClosedRange<Decimal> = -40...250

    public var stage: Stage
    /// Hot or cold food; room-temperature food is not logged.
    public var temperature: ServingTemperature
    public var fahrenheit: Decimal

    public init(stage: Stage, temperature: ServingTemperature, fahrenheit: Decimal) {
        self.stage = stage
        self.temperature = temperature
        self.fahrenheit = fahrenheit
    }

    /// What is wrong with the reading and what to do about it; nil when it is in range.
    public var flag: TemperatureFlag? {
        switch temperature {
        case .hot where fahrenheit < Decimal(ServingTemperature.hotHoldingMinimumF):
            .hotBelowMinimum(stage: stage, fahrenheit: fahrenheit)
        case .cold where fahrenheit > Decimal(ServingTemperature.coldHoldingMaximumF):
            .coldAboveMaximum(stage: stage, fahrenheit: fahrenheit)
        default: nil
        }
    }
}

/// An out-of-range food temperature, with the Food Code's way out (`shared/kitchen.md`).
public enum TemperatureFlag: Hashable, Sendable {
    case hotBelowMinimum(stage: TemperatureReading.Stage, fahrenheit: Decimal)
    case coldAboveMaximum(stage: TemperatureReading.Stage, fahrenheit: Decimal)

    /// The problem and what to do, as the log and the site's page print it.
    public var message: BilingualText {
        switch self {
        case .hotBelowMinimum(.departure, let f):
            BilingualText(
                english: "Hot food at \(f) °F, below 135 °F: reheat it to 165 °F for 15 seconds before it leaves.",
                spanish: "Comida caliente a \(f) °F, menos de 135 °F: recaliéntela a 165 °F por 15 segundos antes de salir.")
        case .hotBelowMinimum(.arrival, let f):
            BilingualText(
                english:
                    "Hot food arrived at \(f) °F, below 135 °F: serve it within 4 hours of leaving the kitchen and discard what is left, or reheat it to 165 °F within 2 hours; tell the kitchen.",
                spanish:
                    "La comida caliente llegó a \(f) °F, menos de 135 °F: sírvala dentro de 4 horas desde que salió de la cocina y deseche el resto, o recaliéntela a 165 °F dentro de 2 horas; avise a la cocina."
            )
        case .coldAboveMaximum(.departure, let f):
            BilingualText(
                english: "Cold food at \(f) °F, above 41 °F: chill it to 41 °F or below before it leaves.",
                spanish: "Comida fría a \(f) °F, más de 41 °F: enfríela a 41 °F o menos antes de salir.")
        case .coldAboveMaximum(.arrival, let f):
            BilingualText(
                english:
                    "Cold food arrived at \(f) °F, above 41 °F: if it reached 70 °F discard it; otherwise serve it within 4 hours of leaving the kitchen and discard what is left; tell the kitchen.",
                spanish:
                    "La comida fría llegó a \(f) °F, más de 41 °F: si llegó a 70 °F deséchela; si no, sírvala dentro de 4 horas desde que salió de la cocina y deseche el resto; avise a la cocina."
            )
        }
    }
}
