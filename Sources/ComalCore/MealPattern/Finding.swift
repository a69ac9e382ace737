/// One way a menu falls short of the CACFP meal pattern: which rule, where, for whom, which items,
/// why in plain English and Spanish, and where the rule is written.
public struct Finding: Hashable, Sendable, Codable {
    public var rule: MealPatternRule
    /// The day label; nil for a finding about the whole week.
    public var day: String?
    /// The eating occasion; nil for a finding about a whole day or week.
    public var meal: MealType?
    public var ageGroup: MealPatternAgeGroup
    /// The names of the items involved, in menu order.
    public var items: [String]
    public var message: BilingualText

    /// Creates a finding.
    public init(
        rule: MealPatternRule, day: String?, meal: MealType?, ageGroup: MealPatternAgeGroup,
        items: [String] = [], message: BilingualText
    ) {
        self.rule = rule
        self.day = day
        self.meal = meal
        self.ageGroup = ageGroup
        self.items = items
        self.message = message
    }

    /// Where the rule is written, for a reviewer to look it up.
    public var citation: String { rule.citation }
}
