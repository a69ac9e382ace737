import Foundation

/// How many children (and adults) of each age group a satellite expects at one meal of one day, and
/// where the figure comes from, so the kitchen knows how much to trust it.
public struct MealCount: Hashable, Sendable, Codable {
    /// Where the count comes from, most trusted first.
    public enum Source: Hashable, Sendable, Codable {
        /// The site confirmed or corrected the count.
        case confirmed(by: String)
        /// The average of the site's last actual counts at this meal (how many receipts).
        case recent(receipts: Int)
        /// Enrollment × the kitchen's expected attendance, in percent.
        case enrollment(percent: Int)

        public var label: BilingualText {
            switch self {
            case .confirmed(let by):
                BilingualText(english: "confirmed by \(by)", spanish: "confirmado por \(by)")
            case .recent(let receipts):
                BilingualText(
                    english: "average of the last \(receipts) actual count\(receipts == 1 ? "" : "s")",
                    spanish: "promedio de los últimos \(receipts) conteos reales")
            case .enrollment(let percent):
                BilingualText(english: "\(percent)% of enrollment", spanish: "\(percent)% de la inscripción")
            }
        }
    }

    /// How many recent actual counts the expected count averages.
    public static let recentReceipts = 5

    public var servings: [MealPatternAgeGroup: Int]
    public var source: Source

    public init(servings: [MealPatternAgeGroup: Int], source: Source) {
        self.servings = servings.filter { $0.value > 0 }
        self.source = source
    }

    /// Servings over every age group.
    public var total: Int { servings.values.reduce(0, +) }

    /// The count the kitchen cooks for: the site's own when it confirmed one; else the average of its
    /// last actual counts (newest first, up to `recentReceipts`), rounded up; else its enrollment in
    /// the menu's age groups × the expected attendance, rounded up, so nobody goes without.
    public static func expected(
        enrollment: [MealPatternAgeGroup: Int], ageGroups: [MealPatternAgeGroup], attendancePercent: Int,
        recentActuals: [[MealPatternAgeGroup: Int]], confirmed: (servings: [MealPatternAgeGroup: Int], by: String)?
    ) -> MealCount {
        let served = Set(ageGroups)
        if let confirmed {
            return MealCount(servings: confirmed.servings.filter { served.contains($0.key) }, source: .confirmed(by: confirmed.by))
        }
        let recent = recentActuals.prefix(recentReceipts)
        if !recent.isEmpty {
            var servings: [MealPatternAgeGroup: Int] = [:]
            for group in ageGroups {
                let sum = recent.reduce(0) { $0 + ($1[group] ?? 0) }
                servings[group] = (sum + recent.count - 1) / recent.count
            }
            return MealCount(servings: servings, source: .recent(receipts: recent.count))
        }
        var servings: [MealPatternAgeGroup: Int] = [:]
        for group in ageGroups {
            let enrolled = enrollment[group] ?? 0
            servings[group] = (enrolled * attendancePercent + 99) / 100
        }
        return MealCount(servings: servings, source: .enrollment(percent: attendancePercent))
    }
}
