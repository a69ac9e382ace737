import ComalCore

/// One change that the alliance may need to account for later: who did what, when, and what it was before.
public struct AuditEntry: Sendable, Hashable, Identifiable {
    public var id: Int64
    /// Local time of the change, as the caller's clock gave it.
    public var at: LocalDateTime
    public var actor: String
    public var window: OrderWindow.ID?
    /// What happened, such as `close window` or `order line changed`.
    public var action: String
    /// The change in words, with the value before and after where there was one.
    public var detail: String

    public init(id: Int64, at: LocalDateTime, actor: String, window: OrderWindow.ID?, action: String, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.window = window
        self.action = action
        self.detail = detail
    }
}
