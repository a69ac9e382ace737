import Foundation
import ZIPFoundation

/// A minimal `.xlsx` written part by part, for what openpyxl never writes (inline strings, cells
/// without references) and for broken workbooks; each cell is text unless it parses as a number.
enum TestWorkbook {
    static func data(sheet: String = "Sheet1", rows: [[String]], inlineStrings: Bool = true, extraParts: [String: String] = [:]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var sheetRows = ""
        for (index, row) in rows.enumerated() {
            sheetRows += "<row r=\"\(index + 1)\">"
            for (column, value) in row.enumerated() where !value.isEmpty {
                let reference = "\(String(UnicodeScalar(UInt8(65 + column))))\(index + 1)"
                if Double(value) != nil {
                    sheetRows += "<c r=\"\(reference)\"><v>\(value)</v></c>"
                } else {
                    let escaped = value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    sheetRows += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escaped)</t></is></c>"
                }
            }
            sheetRows += "</row>"
        }
        var parts = [
            "[Content_Types].xml": """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
                """,
            "xl/workbook.xml": """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\(sheet)" sheetId="1" r:id="rId1"/></sheets></workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """,
            "xl/worksheets/sheet1.xml": """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(sheetRows)</sheetData></worksheet>
                """,
        ]
        parts.merge(extraParts) { $1 }
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
