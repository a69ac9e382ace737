import ComalCore
import Foundation

/// A price list as the supplier sent it: a CSV in whatever encoding, or an `.xlsx` workbook.
public struct SupplierFile: Sendable {
    /// The file name as the buyer gave it, for problems.
    public var name: String
    public var data: Data
    /// How CSV bytes are read; a workbook's XML says its own.
    public var encoding: TextEncoding

    public init(name: String, data: Data, encoding: TextEncoding = .auto) {
        self.name = name
        self.data = data
        self.encoding = encoding
    }

    /// A CSV already read as text.
    public init(name: String, text: String) {
        self.init(name: name, data: Data(text.utf8), encoding: .utf8)
    }

    /// Whether the bytes are a ZIP archive, as every `.xlsx` is (a local file header, `PK\3\4`).
    var isWorkbook: Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// The file's text, for CSV.
    func text() throws(ImportError) -> String { try UserText.decode(data, file: name, as: encoding) }

    /// The file as rows of cells: the first worksheet of a workbook, or the records of a CSV.
    func grid() throws(ImportError) -> SupplierGrid {
        guard isWorkbook else {
            let text = try text()
            do throws(CSVReader.Failure) {
                let records = try CSVReader.records(in: text)
                return SupplierGrid(sheet: nil, rows: records.map { SupplierGrid.Row(number: $0.line, cells: $0.fields) })
            } catch {
                var problems = ImportProblems(file: name)
                CSVTable.report(error, to: &problems)
                try problems.throwIfAny()
                return SupplierGrid(sheet: nil, rows: [])
            }
        }
        do {
            return try WorkbookReader.grid(data)
        } catch {
            let message: BilingualText
            switch error {
            case .notAWorkbook(let reason):
                message = BilingualText(
                    english: "is not an .xlsx workbook Comal can read: \(reason); save it from Excel as .xlsx, or as CSV",
                    spanish: "no es un libro .xlsx que Comal pueda leer: \(reason); guárdelo desde Excel como .xlsx, o como CSV")
            case .tooLarge(let part):
                message = BilingualText(
                    english: "its part \(part) unpacks to more than \(WorkbookReader.largestPart / 1_000_000) MB; an order guide is far smaller",
                    spanish: "su parte \(part) ocupa más de \(WorkbookReader.largestPart / 1_000_000) MB al descomprimirla; una guía de pedidos es mucho menor")
            case .tooManyRows:
                message = BilingualText(
                    english: "its first sheet has rows past \(WorkbookReader.largestRow); an order guide has far fewer",
                    spanish: "su primera hoja tiene filas más allá de la \(WorkbookReader.largestRow); una guía de pedidos tiene muchas menos")
            case .tooManyColumns(let cell):
                message = BilingualText(
                    english: "its first sheet has a cell (\(cell)) past column \(WorkbookReader.largestColumn); an order guide has far fewer",
                    spanish: "su primera hoja tiene una celda (\(cell)) más allá de la columna \(WorkbookReader.largestColumn); una guía de pedidos tiene muchas menos")
            }
            throw .problems([ImportProblem(file: name, line: 1, column: nil, message: message)])
        }
    }
}
