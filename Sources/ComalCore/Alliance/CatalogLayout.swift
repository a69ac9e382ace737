/// The shape of the price lists a supplier sends, which decides how Comal reads them.
public enum CatalogLayout: String, Hashable, Sendable, Codable, CaseIterable {
    /// Comal's own catalog columns (`catalogs/*.csv`).
    case comal
    /// A broadline distributor's CSV export: rows typed `H` header, `F` field names, `P` product,
    /// `T` trailer; inner units in `Pack`, `Size` and `Unit`; catch-weight items priced per pound.
    case broadlineCSV = "broadline-csv"
    /// A distributor's order guide workbook: title rows, a header row, category section rows.
    case orderGuideXLSX = "order-guide-xlsx"
    /// Any other shape, described by a mapping file the buyer writes.
    case mapping
}
