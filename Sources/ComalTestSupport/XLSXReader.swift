import Foundation

/// Reads an `.xlsx` back with openpyxl, an independent reader, so the tests check the file a user
/// opens rather than what our writer meant to write.
public struct XLSXReader {
    /// One cell as openpyxl sees it.
    public struct Cell: Decodable, Equatable, Sendable {
        /// The string value, when the cell holds text.
        public var text: String?
        /// The number value (for a formula: its cached result).
        public var number: Double?
        /// openpyxl's data type of the cached value: `s` string, `n` number, `b` boolean.
        public var dataType: String
        public var numberFormat: String
        public var bold: Bool
        /// The formula text, with its leading `=`, when the cell holds a formula.
        public var formula: String?
    }

    /// What a worksheet looks like beyond its cells.
    public struct Sheet: Decodable, Sendable {
        public var cells: [String: Cell]
        public var freezePanes: String?
        public var orientation: String?
        /// Pages wide and tall to fit to; nil where the file leaves Excel's default of 1.
        public var fitToWidth: Int?
        public var fitToHeight: Int?
        public var fitToPage: Bool
        public var columnWidths: [String: Double]

        public subscript(_ cell: String) -> Cell? { cells[cell] }

        /// The cell whose text is exactly `text`, by coordinate, for finding a labelled row.
        public func coordinate(ofText text: String) -> String? {
            cells.filter { $0.value.text == text }.keys.sorted().first
        }

        /// The text cells of one row, left to right (`row` is 1-based, as in `A1`).
        public func texts(row: Int) -> [String] {
            cells.filter { rowNumber(of: $0.key) == row }
                .sorted { columnIndex(of: $0.key) < columnIndex(of: $1.key) }
                .compactMap(\.value.text)
        }
    }

    public struct Book: Decodable, Sendable {
        public var sheetNames: [String]
        public var sheets: [String: Sheet]
    }

    static let script = #"""
        import json, sys
        try:
            import openpyxl
        except ImportError:
            print("openpyxl is not installed: run `make test` (which installs it) or `pip install openpyxl`", file=sys.stderr)
            sys.exit(3)
        path = sys.argv[1]
        formulas = openpyxl.load_workbook(path, data_only=False)
        values = openpyxl.load_workbook(path, data_only=True)
        out = {"sheetNames": values.sheetnames, "sheets": {}}
        for name in values.sheetnames:
            fs, vs = formulas[name], values[name]
            cells = {}
            for row in vs.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    f = fs[cell.coordinate]
                    v = cell.value
                    cells[cell.coordinate] = {
                        "text": v if isinstance(v, str) else None,
                        "number": float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None,
                        "dataType": cell.data_type,
                        "numberFormat": cell.number_format,
                        "bold": bool(cell.font.b),
                        "formula": f.value if f.data_type == "f" else None,
                    }
            widths = {k: d.width for k, d in vs.column_dimensions.items() if d.width}
            out["sheets"][name] = {
                "cells": cells,
                "freezePanes": vs.freeze_panes,
                "orientation": vs.page_setup.orientation,
                "fitToWidth": vs.page_setup.fitToWidth,
                "fitToHeight": vs.page_setup.fitToHeight,
                "fitToPage": bool(vs.sheet_properties.pageSetUpPr and vs.sheet_properties.pageSetUpPr.fitToPage),
                "columnWidths": widths,
            }
        json.dump(out, sys.stdout)
        """#

    /// Reads `path`, throwing (with how to install openpyxl) when it cannot.
    public static func read(_ path: String) async throws -> Book {
        let result = try await ProcessRunner.python(script, [path])
        guard result.status == 0 else {
            throw ReaderError(
                description:
                    "reading \(path) with openpyxl failed (status \(result.status)); the tests need python3 with openpyxl, which `make test` installs: \(result.stderr)"
            )
        }
        let data = Data(result.stdout.utf8)
        return try JSONDecoder().decode(Book.self, from: data)
    }

    /// openpyxl could not read the file, or is missing; the message says which and how to fix it.
    public struct ReaderError: Error, CustomStringConvertible {
        public var description: String
    }
}

/// The 1-based row number in a coordinate such as `AB12`.
public func rowNumber(of coordinate: String) -> Int { Int(coordinate.drop { $0.isLetter }) ?? 0 }

/// The zero-based column index in a coordinate such as `AB12`.
public func columnIndex(of coordinate: String) -> Int {
    coordinate.prefix { $0.isLetter }.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
}
