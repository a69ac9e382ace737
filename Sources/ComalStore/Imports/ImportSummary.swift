/// What an import changed, for the confirmation a user sees.
public struct ImportSummary: Sendable, Equatable {
    public var added: Int
    public var updated: Int
    public var unchanged: Int

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }
}

/// What a catalog import changed; products missing from the new file are kept (orders may name them)
/// and counted so that the buyer can ask the supplier about them.
public struct CatalogImportSummary: Sendable, Equatable {
    public var products: ImportSummary
    /// The supplier's products already stored that the file did not list.
    public var notInFile: Int
    /// What the import changed, with the sites ordering a product it repacked or dropped.
    public var changes: CatalogChanges

    public init(products: ImportSummary, notInFile: Int, changes: CatalogChanges) {
        self.products = products
        self.notInFile = notInFile
        self.changes = changes
    }
}
