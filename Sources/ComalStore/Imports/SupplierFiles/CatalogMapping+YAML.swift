import ComalCore
import Foundation

extension CatalogMapping {
    /// The keys a mapping file may have.
    static let fileKeys = ["layout", "header_row", "record_types", "sections", "columns", "storage", "default_storage"]

    /// Reads a mapping file (YAML), for a supplier whose price list has its own shape:
    ///
    /// ```yaml
    /// layout: order-guide-xlsx   # optional: start from a built-in layout and change what follows
    /// header_row: 3              # optional: else the first row holding every column named below
    /// record_types: {header: F, product: P}   # optional: rows typed by their first cell
    /// sections: true             # a row with only a name starts a section (its storage)
    /// columns: {sku: Item Code, description: Item, pack: Pack/Size, case_price: Case Price}
    /// storage: {BAKERY: dry, CHILLED: cold}
    /// default_storage: dry
    /// ```
    ///
    /// Every problem names the file, line and key; `columns` must name `sku`, `description`,
    /// `case_price`, and `pack` or `count`, `size` and `unit`.
    public static func parse(yaml text: String, file: String) throws(MenuInputError) -> CatalogMapping {
        let root = try DocumentField.root(of: text, file: file)
        let document = try root.mapping(allowed: fileKeys)
        var mapping = CatalogMapping(columns: [:])
        if let layout = document.optional("layout") {
            let chosen = try layout.choice(CatalogLayout.self)
            guard let builtIn = CatalogMapping.builtIn(chosen) else {
                throw layout.error(.unknownValue(chosen.rawValue, allowed: [CatalogLayout.broadlineCSV, .orderGuideXLSX].map(\.rawValue)))
            }
            mapping = builtIn
        }
        if let row = document.optional("header_row") {
            let number = try row.integer()
            guard (1...WorkbookReader.largestRow).contains(number) else {
                throw row.error(.unresolved("must be a row number from 1 to \(WorkbookReader.largestRow)"))
            }
            mapping.headerRow = number
            mapping.recordTypes = nil
        }
        if let types = document.optional("record_types") {
            let fields = try types.mapping(allowed: ["header", "product"])
            mapping.recordTypes = RecordTypes(
                header: try fields.required("header").label().uppercased(), product: try fields.required("product").label().uppercased())
            mapping.headerRow = nil
        }
        if let sections = document.optional("sections") { mapping.sections = try sections.flag() }
        if let columns = document.optional("columns") {
            for (key, field) in try columns.mapping(allowed: Field.allCases.map(\.rawValue)).fields {
                let name = try field.label().trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.count <= 100 else { throw field.error(.wrongType(expected: "a column name of 1 to 100 characters")) }
                mapping.columns[Field(rawValue: key)!] = name
            }
        }
        if let storage = document.optional("storage") {
            let words = try storage.mapping(allowed: nil)
            guard words.fields.count <= 200 else { throw storage.error(.wrongType(expected: "at most 200 words")) }
            for (word, field) in words.fields {
                let upper = word.trimmingCharacters(in: .whitespaces).uppercased()
                guard !upper.isEmpty, upper.count <= 100 else { throw field.error(.wrongType(expected: "under a word of 1 to 100 characters")) }
                mapping.storage[upper] = try field.choice(Product.Storage.self)
            }
        }
        if let fallback = document.optional("default_storage") { mapping.defaultStorage = try fallback.choice(Product.Storage.self) }
        try mapping.checkColumns(root)
        return mapping
    }

    /// The columns a catalog cannot do without.
    private func checkColumns(_ root: DocumentField) throws(MenuInputError) {
        var missing = [Field.sku, .description, .casePrice].filter { columns[$0] == nil }
        if columns[.pack] == nil {
            missing += [Field.count, .size, .unit].filter { columns[$0] == nil }
        }
        guard missing.isEmpty else {
            throw MenuInputError(
                file: root.file, line: nil, field: "columns",
                problem: .unresolved(
                    "must name the supplier's column for \(missing.map(\.rawValue).joined(separator: ", ")) (a pack is pack, or count, size and unit)"
                ))
        }
    }
}
