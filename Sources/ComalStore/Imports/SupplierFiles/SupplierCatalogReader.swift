import ComalCore
import Foundation

/// Reads a supplier's own price list through a `CatalogMapping` into rows with the catalog's
/// column names, so that the catalog import checks them as it checks Comal's own files and names
/// the supplier's column and cell in every problem.
struct SupplierCatalogReader {
    let mapping: CatalogMapping
    let grid: SupplierGrid
    let file: String

    /// The rows the catalog import reads: `sku`, `description`, `brand`, `pack`, `case_price`,
    /// `each_price`, `per_pound` (`Y` or empty), `case_weight`, `storage`, `food`, `allergens`.
    func table() -> CSVTable {
        var problems = ImportProblems(file: file)
        guard let header = headerRow() else {
            let names = mapping.columns.sorted { $0.key < $1.key }.map { "\"\($0.value)\"" }.joined(separator: ", ")
            problems.add(
                line: mapping.headerRow ?? 1, column: nil,
                "no row names the columns \(names); is this the supplier's price list, in the layout it is read with?",
                "ninguna fila nombra las columnas \(names); ¿es la lista de precios del proveedor, en el formato con que se lee?")
            return CSVTable(rows: [], problems: problems)
        }
        var positions: [CatalogMapping.Field: Int] = [:]
        let names = grid.rows[header].cells.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        for (field, column) in mapping.columns.sorted(by: { $0.key < $1.key }) {
            if let position = names.firstIndex(of: column.uppercased()) {
                positions[field] = position
            } else {
                problems.add(
                    line: grid.rows[header].number, column: column,
                    "the header row has no column \"\(column)\" (the \(field.rawValue) the mapping reads from it)",
                    "la fila de encabezado no tiene la columna \"\(column)\" (el campo \(field.rawValue) que el mapeo lee de ella)")
            }
        }
        guard problems.isEmpty else { return CSVTable(rows: [], problems: problems) }
        var rows: [CSVTable.Row] = []
        var section: (text: String, origin: CSVTable.FieldOrigin)?
        var unknownSections: Set<String> = []
        for row in grid.rows[(header + 1)...] {
            if let types = mapping.recordTypes, row[0].trimmingCharacters(in: .whitespaces).uppercased() != types.product { continue }
            guard !row.isBlank else { continue }
            let sku = value(row, positions[.sku])
            let filled = row.cells.indices.filter { !row[$0].trimmingCharacters(in: .whitespaces).isEmpty }
            // A row with one cell is a section's name or a note (a title, "Prices subject to
            // change"): no product line has only one field. A note that starts a section no
            // product follows says nothing.
            if filled.count == 1 {
                if mapping.sections { section = (value(row, filled[0]), origin(row, filled[0], name: "section")) }
                continue
            }
            // Footers carry no price; a priced row without a product number is a mistake.
            if sku.isEmpty, value(row, positions[.casePrice]).isEmpty { continue }
            var line = CSVTable.Row(line: row.number, fields: [:])
            for (field, position) in positions {
                line.origins[field.rawValue] = origin(row, position, name: mapping.columns[field]!)
            }
            for field in [CatalogMapping.Field.sku, .description, .brand, .casePrice, .eachPrice, .caseWeight, .allergens, .food] {
                line.fields[field.rawValue] = value(row, positions[field])
            }
            line.fields["pack"] = pack(row, positions, &line)
            line.fields["per_pound"] = perPound(row, positions, &line, &problems)
            line.fields["storage"] = storage(row, positions, section, &line, &problems, &unknownSections)
            for (name, text) in line.fields where text.count > CSVTable.largestField {
                problems.add(
                    line, name, "is \(text.count) characters long; a field holds at most \(CSVTable.largestField)",
                    "tiene \(text.count) caracteres; un campo admite como máximo \(CSVTable.largestField)")
                line.reported.insert(name)
                line.fields[name] = ""
            }
            rows.append(line)
        }
        return CSVTable(rows: rows, problems: problems)
    }

    /// The index of the header row in `grid.rows`.
    private func headerRow() -> Int? {
        if let types = mapping.recordTypes {
            return grid.rows.firstIndex { $0[0].trimmingCharacters(in: .whitespaces).uppercased() == types.header }
        }
        if let number = mapping.headerRow { return grid.rows.firstIndex { $0.number == number } }
        let wanted = Set(mapping.columns.values.map { $0.uppercased() })
        return grid.rows.firstIndex { row in
            wanted.isSubset(of: Set(row.cells.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }))
        }
    }

    private func value(_ row: SupplierGrid.Row, _ position: Int?) -> String {
        position.map { row[$0].trimmingCharacters(in: .whitespaces) } ?? ""
    }

    private func origin(_ row: SupplierGrid.Row, _ position: Int, name: String) -> CSVTable.FieldOrigin {
        CSVTable.FieldOrigin(column: name, cell: grid.cell(row: row.number, column: position))
    }

    /// The whole pack, or `COUNT/SIZE UNIT` from three columns (`6`, `#10`, `CN` → `6/#10 CN`).
    private func pack(_ row: SupplierGrid.Row, _ positions: [CatalogMapping.Field: Int], _ line: inout CSVTable.Row) -> String {
        if positions[.pack] != nil { return value(row, positions[.pack]) }
        let (count, size, unit) = (value(row, positions[.count]), value(row, positions[.size]), value(row, positions[.unit]))
        let names = [CatalogMapping.Field.count, .size, .unit].compactMap { mapping.columns[$0] }.joined(separator: "/")
        line.origins["pack"] = positions[.count].map { origin(row, $0, name: names) }
        guard !(count + size + unit).isEmpty else { return "" }
        return count.isEmpty ? "\(size) \(unit)" : "\(count)/\(size) \(unit)"
    }

    /// `Y` when the price is per pound (`LB`, `Y`, `YES`), empty when per case (`CS`, `N`, empty).
    private func perPound(
        _ row: SupplierGrid.Row, _ positions: [CatalogMapping.Field: Int], _ line: inout CSVTable.Row,
        _ problems: inout ImportProblems
    ) -> String {
        let word = value(row, positions[.perPound]).uppercased()
        if ["LB", "LBS", "Y", "YES", "TRUE", "X", "PER LB"].contains(word) { return "Y" }
        if ["", "CS", "CA", "CASE", "N", "NO", "FALSE"].contains(word) { return "" }
        defer { line.reported.insert("per_pound") }
        problems.add(
            line, "per_pound",
            "\"\(word)\" says neither a case price (CS, N or empty) nor a price per pound (LB or Y)",
            "\"\(word)\" no indica ni precio por caja (CS, N o vacío) ni precio por libra (LB o Y)")
        return ""
    }

    /// The storage the product's category, else its section, else the mapping's default means;
    /// a section the mapping does not know is reported once, at the section's row.
    private func storage(
        _ row: SupplierGrid.Row, _ positions: [CatalogMapping.Field: Int], _ section: (text: String, origin: CSVTable.FieldOrigin)?,
        _ line: inout CSVTable.Row, _ problems: inout ImportProblems, _ unknownSections: inout Set<String>
    ) -> String {
        let category = value(row, positions[.category])
        if !category.isEmpty, let storage = mapping.storage(for: category) { return storage.rawValue }
        if let section, let storage = mapping.storage(for: section.text) { return storage.rawValue }
        if let storage = mapping.defaultStorage { return storage.rawValue }
        let (word, origin) = !category.isEmpty || section == nil ? (category, line.origins["category"]) : (section!.text, section!.origin)
        line.origins["storage"] = origin
        defer { line.reported.insert("storage") }
        guard unknownSections.insert(word).inserted else { return "" }
        let known = mapping.storage.keys.sorted().joined(separator: ", ")
        if word.isEmpty {
            problems.add(
                line, "storage",
                "says nothing of how the product is stored (no category or section); name the storage under storage: in a mapping file (--mapping)",
                "no dice cómo se guarda el producto (sin categoría ni sección); indique el almacenamiento en storage: de un archivo de mapeo (--mapping)")
        } else {
            problems.add(
                line, "storage",
                "\"\(word)\" is not a category Comal knows the storage of (it knows \(known)); add it under storage: in a mapping file (--mapping), e.g. \(word.uppercased()): dry",
                "\"\(word)\" no es una categoría cuyo almacenamiento Comal conozca (conoce \(known)); agréguela en storage: de un archivo de mapeo (--mapping), p. ej. \(word.uppercased()): dry"
            )
        }
        return ""
    }
}
