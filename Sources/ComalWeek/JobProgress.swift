/// How far a job (a consolidation, a receiving, a route plan) has got, for a progress bar: the
/// step it is on, and steps done of all.
public struct JobProgress: Hashable, Sendable {
    /// A step, by the key a job stores and a label table words for the reader.
    public enum Step: String, Hashable, Sendable, CaseIterable {
        case reading, writingWorkbooks, storing
        /// Routes: the solver's search, counted in milliseconds of its time limit.
        case searchingRoutes
        /// A menu plan: CBC's search, counted in seconds of its time limit.
        case planningMenu
    }

    public var step: Step
    public var done: Int
    /// 0 until the work has been counted.
    public var total: Int

    public init(step: Step, done: Int, total: Int) {
        self.step = step
        self.done = done
        self.total = total
    }
}
