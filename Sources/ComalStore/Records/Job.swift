import ComalCore

/// Long work the server runs for a user while their page follows it: what it is, how far it got,
/// and how it ended.
public struct Job: Hashable, Sendable {
    public typealias ID = Tagged<Job, Int64>

    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case consolidate
        /// Receipts recorded, and the week consolidated again with their credits.
        case receive
        /// The delivery routes planned, their route sheets written and the plan saved.
        case planRoutes = "plan-routes"
        /// A site's menu planned by optimisation and added to its menus.
        case planMenu = "plan-menu"
    }

    public enum State: String, Hashable, Sendable {
        case running, done, failed
    }

    public var id: ID
    public var kind: Kind
    public var window: OrderWindow.ID?
    /// The site a site's job (a menu plan) belongs to.
    public var site: Site.ID?
    public var state: State
    /// Steps done of `stepsTotal`, for a progress bar; the total is known once the work has begun.
    public var stepsDone: Int
    public var stepsTotal: Int
    /// What it is doing now, in words the buyer reads.
    public var step: String
    public var startedBy: String
    public var startedAt: LocalDateTime
    public var finishedAt: LocalDateTime?
    /// Why it failed, for the person who started it, in either language.
    public var error: BilingualText?

    public init(
        id: ID, kind: Kind, window: OrderWindow.ID?, site: Site.ID? = nil, state: State, stepsDone: Int, stepsTotal: Int, step: String,
        startedBy: String, startedAt: LocalDateTime, finishedAt: LocalDateTime?, error: BilingualText?
    ) {
        self.id = id
        self.kind = kind
        self.window = window
        self.site = site
        self.state = state
        self.stepsDone = stepsDone
        self.stepsTotal = stepsTotal
        self.step = step
        self.startedBy = startedBy
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.error = error
    }
}
