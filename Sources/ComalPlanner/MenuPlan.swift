import ComalCore

/// A planned menu that the checker passed, and what the planning found on the way.
public struct MenuPlan: Sendable {
    public var menu: Menu
    /// Whether CBC proved no cheaper plan meets the constraints; else the best found in the time.
    public var isOptimal: Bool
    /// How many times the model was solved: one more for each time the check sent a plan back.
    public var rounds: Int
    /// What the model expects the cycle's purchase to cost (the whole eaches it bought).
    public var expectedCost: Money
    /// How many items the planner chose among.
    public var candidates: Int
    /// Items of the source menus it would not use, and why.
    public var leftOut: [PlanCandidatePool.LeftOut]
    public var elapsed: Duration
}
