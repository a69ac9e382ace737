/// A member program of the alliance: a child-care center or a family child-care home.
public struct Site: Hashable, Sendable, Codable, Identifiable {
    /// The alliance's own code for the site, such as `ESP-01`.
    public typealias ID = Tagged<Site, String>

    /// The most children (or adults) of one age group a site may enroll: far past the largest
    /// center, and small enough that servings × enrollment × days never nears Int's end.
    public static let largestEnrollment = 9_999

    /// Centers and homes follow different CACFP rules, so the kind is part of the site.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case center, home
    }

    public var id: ID
    public var name: String
    public var kind: Kind
    public var address: String
    public var city: String
    public var coordinate: GeoPoint
    /// When the site can receive a delivery, in local time.
    public var deliveryWindow: ClockWindow
    /// Children (and adults) enrolled, by age group.
    public var enrollment: [AgeGroup: Int]
    /// How many of the enrolled infants are under six months: the meal pattern feeds them breastmilk or
    /// formula only, the older ones solid foods too. At most `enrollment[.infant]`.
    public var infantsUnderSixMonths: Int

    public init(
        id: ID, name: String, kind: Kind, address: String, city: String, coordinate: GeoPoint,
        deliveryWindow: ClockWindow, enrollment: [AgeGroup: Int], infantsUnderSixMonths: Int = 0
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.address = address
        self.city = city
        self.coordinate = coordinate
        self.deliveryWindow = deliveryWindow
        self.enrollment = enrollment
        self.infantsUnderSixMonths = min(max(0, infantsUnderSixMonths), enrollment[.infant] ?? 0)
    }

    /// Everyone enrolled, over all age groups.
    public var totalEnrollment: Int { enrollment.values.reduce(0, +) }

    /// Enrollment in the meal pattern's age groups: the infants split at six months.
    public var mealPatternEnrollment: [MealPatternAgeGroup: Int] {
        var groups: [MealPatternAgeGroup: Int] = [:]
        for (group, count) in enrollment where count > 0 {
            switch group {
            case .infant:
                groups[.infant0to5Months] = infantsUnderSixMonths
                groups[.infant6to11Months] = count - infantsUnderSixMonths
            case .ages1to2: groups[.ages1to2] = count
            case .ages3to5: groups[.ages3to5] = count
            case .ages6to12: groups[.ages6to12] = count
            case .ages13to18: groups[.ages13to18] = count
            case .adult: groups[.adult] = count
            }
        }
        return groups.filter { $0.value > 0 }
    }
}
