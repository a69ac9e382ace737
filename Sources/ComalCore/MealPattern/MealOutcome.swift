/// What checking one eating occasion found, and what it credited, for the day and week rules to use.
struct MealOutcome: Sendable {
    var findings: [Finding] = []
    /// The items that count, each toward its component.
    var credits: [ItemCredit] = []
    /// Whether a meat/meat alternate stood in for the whole grain component at breakfast.
    var meatReplacedGrains = false
    /// Components already reported through one of their items, so their absence is not reported twice.
    var reported: Set<FoodComponent> = []

    /// The credits toward `component`.
    func credits(toward component: FoodComponent) -> [ItemCredit] { credits.filter { $0.component == component } }

    /// Records a finding about `component`.
    mutating func report(_ finding: Finding, about component: FoodComponent) {
        findings.append(finding)
        reported.insert(component)
    }
}
