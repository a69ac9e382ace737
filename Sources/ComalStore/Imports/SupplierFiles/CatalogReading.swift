import ComalCore
import Foundation

/// Which layout reads a catalog file.
public enum CatalogLayoutChoice: Sendable, Equatable {
    /// The supplier's stored layout, else the one the file's shape shows unambiguously.
    case supplierDefault
    /// A built-in layout (or `mapping` with the supplier's stored mapping).
    case layout(CatalogLayout)
    /// A mapping file's, given for this import.
    case mapping(CatalogMapping)
}

/// Turns a supplier's file into the rows the catalog import checks, by the layout chosen, stored
/// for the supplier, or recognised.
enum CatalogReading {
    /// The rows, and whether each must name its food (Comal's columns do; an order guide does not).
    struct Table {
        var table: CSVTable
        var foodRequired: Bool
    }

    static func table(_ file: SupplierFile, choice: CatalogLayoutChoice, stored: SupplierRecord?) throws -> Table {
        let (layout, mapping) = try resolve(file, choice: choice, stored: stored)
        guard layout != .comal else {
            guard !file.isWorkbook else {
                throw ImportError.problems([
                    ImportProblem(
                        file: file.name, line: 1, column: nil,
                        message: BilingualText(
                            english: "is a workbook, but the comal layout reads Comal's CSV columns; import it with --layout order-guide-xlsx or a --mapping file",
                            spanish: "es un libro de Excel, pero el formato comal lee las columnas CSV de Comal; impórtelo con --layout order-guide-xlsx o un archivo --mapping"
                        ))
                ])
            }
            return Table(table: CSVTable(text: try file.text(), file: file.name, columns: AppDatabase.catalogColumns), foodRequired: true)
        }
        let reader = SupplierCatalogReader(mapping: mapping!, grid: try file.grid(), file: file.name)
        return Table(table: reader.table(), foodRequired: false)
    }

    /// The layout and mapping that read `file`: the one chosen, else the supplier's, else the one
    /// its shape shows.
    static func resolve(_ file: SupplierFile, choice: CatalogLayoutChoice, stored: SupplierRecord?) throws -> (
        CatalogLayout, CatalogMapping?
    ) {
        switch choice {
        case .mapping(let mapping): return (.mapping, mapping)
        case .layout(.mapping):
            guard let mapping = try stored?.storedMapping() else {
                throw StoreError.noStoredMapping(supplier: stored?.name ?? "")
            }
            return (.mapping, mapping)
        case .layout(let layout): return (layout, CatalogMapping.builtIn(layout))
        case .supplierDefault:
            if let stored, let layout = try stored.storedLayout() {
                return try resolve(file, choice: .layout(layout), stored: stored)
            }
            let layout = try recognise(file)
            return (layout, CatalogMapping.builtIn(layout))
        }
    }

    /// The layout a file's shape shows: Comal's header, a broadline `F` row naming `SUPC`, or a
    /// workbook row holding `Product #` and `Description`.
    static func recognise(_ file: SupplierFile) throws -> CatalogLayout {
        let grid = try file.grid()
        func holds(_ row: SupplierGrid.Row, _ names: [String]) -> Bool {
            let cells = Set(row.cells.map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
            return names.allSatisfy { cells.contains($0.uppercased()) }
        }
        if file.isWorkbook {
            if grid.rows.contains(where: { holds($0, ["Product #", "Description"]) }) { return .orderGuideXLSX }
        } else if let first = grid.rows.first(where: { !$0.isBlank }),
            Set(first.cells.map { $0.trimmingCharacters(in: .whitespaces) }) == Set(AppDatabase.catalogColumns)
        {
            return .comal
        } else if grid.rows.contains(where: { $0[0].trimmingCharacters(in: .whitespaces).uppercased() == "F" && holds($0, ["SUPC"]) }) {
            return .broadlineCSV
        }
        throw ImportError.problems([
            ImportProblem(
                file: file.name, line: 1, column: nil,
                message: BilingualText(
                    english:
                        "Comal cannot tell this file's layout: it is not Comal's catalog columns (\(AppDatabase.catalogColumns.joined(separator: ","))), a broadline export (an F row naming SUPC) or an order guide workbook (a row with Product # and Description); import it with --layout, or describe it in a --mapping file",
                    spanish:
                        "Comal no reconoce el formato de este archivo: no son las columnas de catálogo de Comal (\(AppDatabase.catalogColumns.joined(separator: ","))), ni una exportación de distribuidor (una fila F con SUPC), ni una guía de pedidos en Excel (una fila con Product # y Description); impórtelo con --layout, o descríbalo en un archivo --mapping"
                ))
        ])
    }
}
