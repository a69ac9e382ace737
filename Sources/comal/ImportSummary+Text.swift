import ComalStore

// How import results read in the terminal: counts a director can check against the file.

extension ImportSummary: CustomStringConvertible {
    public var description: String { "\(added) added, \(updated) updated, \(unchanged) unchanged" }
}

extension CatalogImportSummary: CustomStringConvertible {
    public var description: String {
        "products \(products)" + (notInFile > 0 ? "; \(notInFile) earlier products are not in this file and were kept" : "")
    }
}

extension OrderImportSummary: CustomStringConvertible {
    public var description: String {
        "orders of \(sites) sites: \(added) lines added, \(changed) changed, \(removed) removed, \(unchanged) unchanged"
    }
}
