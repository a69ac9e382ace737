/// What an orders file changed: it replaced the whole order of each site it named.
public struct OrderImportSummary: Sendable, Equatable {
    /// Sites whose order the file replaced.
    public var sites: Int
    public var added: Int
    public var changed: Int
    public var removed: Int
    public var unchanged: Int

    public init(sites: Int = 0, added: Int = 0, changed: Int = 0, removed: Int = 0, unchanged: Int = 0) {
        self.sites = sites
        self.added = added
        self.changed = changed
        self.removed = removed
        self.unchanged = unchanged
    }
}
