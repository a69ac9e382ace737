/// The age groups of the CACFP meal pattern, which set what a meal must hold and how much of it.
///
/// Kept apart from `AgeGroup` (enrollment counting), because the meal pattern splits infants in two:
/// an infant under six months is fed breastmilk or formula only, an older one also solid foods.
public enum MealPatternAgeGroup: String, Hashable, Sendable, Codable, DeclarationOrdered {
    case infant0to5Months = "infant_0_5mo"
    case infant6to11Months = "infant_6_11mo"
    case ages1to2 = "1-2"
    case ages3to5 = "3-5"
    case ages6to12 = "6-12"
    case ages13to18 = "13-18"
    case adult = "adult"

    /// Whether the infant pattern (7 CFR 226.20(b)) applies instead of the children's and adults' one.
    public var isInfant: Bool { self == .infant0to5Months || self == .infant6to11Months }

    /// The age group as a cook reads it.
    public var label: BilingualText {
        switch self {
        case .infant0to5Months: BilingualText(english: "infants 0-5 months", spanish: "bebés de 0 a 5 meses")
        case .infant6to11Months: BilingualText(english: "infants 6-11 months", spanish: "bebés de 6 a 11 meses")
        case .ages1to2: BilingualText(english: "children 1-2", spanish: "niños de 1 a 2 años")
        case .ages3to5: BilingualText(english: "children 3-5", spanish: "niños de 3 a 5 años")
        case .ages6to12: BilingualText(english: "children 6-12", spanish: "niños de 6 a 12 años")
        case .ages13to18: BilingualText(english: "youth 13-18", spanish: "jóvenes de 13 a 18 años")
        case .adult: BilingualText(english: "adults", spanish: "adultos")
        }
    }
}
