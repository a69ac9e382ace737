/// The CACFP age groups, which set portion sizes and which a site's enrollment is counted in.
public enum AgeGroup: String, Hashable, Sendable, Codable, DeclarationOrdered {
    case infant = "infant"
    case ages1to2 = "1-2"
    case ages3to5 = "3-5"
    case ages6to12 = "6-12"
    case ages13to18 = "13-18"
    case adult = "adult"
}
