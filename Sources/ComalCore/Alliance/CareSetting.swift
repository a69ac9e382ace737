/// The kind of program serving the meal, which decides how many meals may be claimed and whether
/// offer versus serve is allowed.
public enum CareSetting: String, Hashable, Sendable, Codable, CaseIterable {
    case childCareCenter = "child_care_center"
    case familyChildCareHome = "family_child_care_home"
    case atRiskAfterschool = "at_risk_afterschool"
    case emergencyShelter = "emergency_shelter"
    case adultDayCare = "adult_day_care"

    /// The setting as the program's staff call it.
    public var label: BilingualText {
        switch self {
        case .childCareCenter: BilingualText(english: "Child-care center", spanish: "Centro de cuidado infantil")
        case .familyChildCareHome:
            BilingualText(english: "Family child-care home", spanish: "Hogar de cuidado infantil familiar")
        case .atRiskAfterschool:
            BilingualText(english: "At-risk afterschool", spanish: "Programa después de clases (at-risk)")
        case .emergencyShelter: BilingualText(english: "Emergency shelter", spanish: "Albergue de emergencia")
        case .adultDayCare: BilingualText(english: "Adult day care", spanish: "Centro de día para adultos")
        }
    }
}

/// How food reaches the participant, which changes what the menu must show was taken.
public enum ServiceStyle: String, Hashable, Sendable, Codable, CaseIterable {
    /// Participants may decline some components (at-risk afterschool and adult day care only).
    case offerVersusServe = "offer_versus_serve"
    /// Food on the table in bowls; enough must be there for full portions.
    case familyStyle = "family_style"
}
