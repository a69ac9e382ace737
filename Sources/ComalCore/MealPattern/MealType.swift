/// An eating occasion of the day, in the order it is served.
public enum MealType: String, Hashable, Sendable, Codable, DeclarationOrdered {
    case breakfast
    case amSnack = "am_snack"
    case lunch
    case pmSnack = "pm_snack"
    case supper
    case eveningSnack = "evening_snack"

    /// Snacks follow the "two of five components" pattern and count apart from meals in the daily limit.
    public var isSnack: Bool { self == .amSnack || self == .pmSnack || self == .eveningSnack }

    /// Lunch and supper share one pattern (all five components).
    public var isLunchOrSupper: Bool { self == .lunch || self == .supper }

    /// The eating occasion as a cook reads it.
    public var label: BilingualText {
        switch self {
        case .breakfast: BilingualText(english: "breakfast", spanish: "desayuno")
        case .amSnack: BilingualText(english: "AM snack", spanish: "merienda de la mañana")
        case .lunch: BilingualText(english: "lunch", spanish: "almuerzo")
        case .pmSnack: BilingualText(english: "PM snack", spanish: "merienda de la tarde")
        case .supper: BilingualText(english: "supper", spanish: "cena")
        case .eveningSnack: BilingualText(english: "evening snack", spanish: "merienda de la noche")
        }
    }
}
