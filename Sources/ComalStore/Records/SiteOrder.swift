import ComalCore

/// A site's order in a window as read for its page or the API.
public struct SiteOrder: Sendable {
    public var lines: [SiteOrderLine]
    public var submittedAt: LocalDateTime?
    /// What a change to this order must be based on.
    public var version: ContentVersion
}
