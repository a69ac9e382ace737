/// Where a rule is being applied (a request, a day, an eating occasion), so findings name it alike.
struct MealScope: Sendable {
    var request: MealPatternCheckRequest
    var day: String?
    var meal: MealType?

    var ageGroup: MealPatternAgeGroup { request.ageGroup }

    /// A finding of `rule` here, about `items`.
    func finding(_ rule: MealPatternRule, _ items: [MealItem], english: String, spanish: String) -> Finding {
        Finding(
            rule: rule, day: day, meal: meal, ageGroup: request.ageGroup, items: items.map(\.name),
            message: BilingualText(english: english, spanish: spanish))
    }

    /// The occasion as a cook reads it (`lunch`), or `this day` when the finding covers a whole day.
    var occasion: BilingualText {
        meal?.label ?? BilingualText(english: "this day", spanish: "este día")
    }

    /// The age group as a cook reads it.
    var who: BilingualText { request.ageGroup.label }
}

/// Dates on which the rules changed (`docs/cacfp.md` §1).
enum RuleDates {
    /// Tofu and soy yogurt credit for infants (memo SP/CACFP/SFSP 02-2024).
    static let infantTofu = CalendarDate(year: 2023, month: 11, day: 29)!
    /// The 2024 rule: nuts and seeds may meet all of the meat/meat alternate; beans "same dish".
    static let rule2024 = CalendarDate(year: 2024, month: 7, day: 1)!
    /// Added-sugar limits replace total-sugar limits for cereals and yogurt.
    static let addedSugars = CalendarDate(year: 2025, month: 10, day: 1)!
    /// The fluid-milk rule: whole and 2% milk for everyone aged 2 and over.
    static let fluidMilkOptions = CalendarDate(year: 2026, month: 6, day: 8)!
}
