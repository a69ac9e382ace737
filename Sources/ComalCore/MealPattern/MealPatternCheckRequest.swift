/// Everything the checker is asked about: the meals of one participant's age group for one meal, one
/// day or one week, and the facts about the program and the participant the rules turn on.
public struct MealPatternCheckRequest: Hashable, Sendable, Codable {
    /// The date the rules are read as of (milk fat, sugar limits and nut crediting changed over time).
    public var asOf: CalendarDate
    public var setting: CareSetting
    public var ageGroup: MealPatternAgeGroup
    /// The participant's age in months; tells a one-year-old from a two-year-old in the 1-2 group.
    public var participantAgeMonths: Int?
    /// Whether an infant eats solid foods; defaults to no below 6 months, yes from 6 months.
    public var developmentallyReadyForSolids: Bool?
    public var serviceStyle: ServiceStyle?
    /// Under offer versus serve, the components the meal offered (the items are what was taken).
    public var offeredComponents: [FoodComponent]?
    /// Tribal-serving programs and sites in AS, Guam, Hawaii, PR, USVI may serve vegetables for grains.
    public var eligibleForVegetableGrainSubstitution: Bool
    /// Whether the meals are claimed for reimbursement (the daily meal limit applies to claimed meals).
    public var claimedForReimbursement: Bool
    /// The meals, in the order given; day labels group them into days, the whole request is one week.
    public var meals: [Meal]

    /// Creates a request.
    public init(
        asOf: CalendarDate, setting: CareSetting, ageGroup: MealPatternAgeGroup, participantAgeMonths: Int? = nil,
        developmentallyReadyForSolids: Bool? = nil, serviceStyle: ServiceStyle? = nil,
        offeredComponents: [FoodComponent]? = nil, eligibleForVegetableGrainSubstitution: Bool = false,
        claimedForReimbursement: Bool = true, meals: [Meal]
    ) {
        self.asOf = asOf
        self.setting = setting
        self.ageGroup = ageGroup
        self.participantAgeMonths = participantAgeMonths
        self.developmentallyReadyForSolids = developmentallyReadyForSolids
        self.serviceStyle = serviceStyle
        self.offeredComponents = offeredComponents
        self.eligibleForVegetableGrainSubstitution = eligibleForVegetableGrainSubstitution
        self.claimedForReimbursement = claimedForReimbursement
        self.meals = meals
    }

    /// Whether the infant eats solid foods, with the usual start at six months when not said.
    var eatsSolids: Bool { developmentallyReadyForSolids ?? (ageGroup == .infant6to11Months) }

    /// The day labels in the order they first appear.
    var dayLabels: [String] {
        var seen = Set<String>()
        return meals.map(\.day).filter { seen.insert($0).inserted }
    }
}
