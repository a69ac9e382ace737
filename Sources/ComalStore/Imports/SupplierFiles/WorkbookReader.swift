import ComalCore
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first worksheet of an `.xlsx` workbook into a `SupplierGrid`: shared strings, inline
/// strings, numbers, booleans and dates (as `YYYY-MM-DD`), each as text.
///
/// A workbook is a ZIP of XML parts (ECMA-376 Part 1, §18). Every part read is bounded before it
/// is inflated, so a small upload that inflates to gigabytes is refused, not read.
enum WorkbookReader {
    /// The most bytes one part may inflate to: a 20,000-line order guide's sheet is about 10 MB.
    static let largestPart = 64_000_000
    /// The most rows and columns read: far past any order guide.
    static let largestRow = 100_000
    static let largestColumn = 200

    /// Why a file is not a workbook that can be read.
    enum Failure: Error, Equatable {
        case notAWorkbook(String)
        case tooLarge(part: String)
        case tooManyRows
        case tooManyColumns(cell: String)
    }

    static func grid(_ data: Data) throws(Failure) -> SupplierGrid {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAWorkbook("it is not a ZIP archive, as every .xlsx is")
        }
        let workbook = try part("xl/workbook.xml", of: archive)
        let sheets = parsed(workbook, by: SheetListParser()).sheets
        guard let first = sheets.first else { throw .notAWorkbook("xl/workbook.xml lists no worksheet") }
        let relations = parsed(try part("xl/_rels/workbook.xml.rels", of: archive), by: RelationshipParser()).targets
        guard let target = relations[first.relation] else {
            throw .notAWorkbook("the worksheet \"\(first.name)\" has no part in xl/_rels/workbook.xml.rels")
        }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        let shared = archive["xl/sharedStrings.xml"] == nil ? [] : parsed(try part("xl/sharedStrings.xml", of: archive), by: SharedStringParser()).strings
        let dateStyles = archive["xl/styles.xml"] == nil ? [] : StyleParser.dateStyles(try part("xl/styles.xml", of: archive))
        let parser = SheetParser(shared: shared, dateStyles: dateStyles)
        let rows = try parser.rows(try part(path, of: archive))
        return SupplierGrid(sheet: first.name, rows: rows)
    }

    /// A part's bytes, refused before inflating when it says it is too large and while inflating
    /// when it lied.
    private static func part(_ path: String, of archive: Archive) throws(Failure) -> Data {
        guard let entry = archive[path] else { throw .notAWorkbook("it has no \(path)") }
        guard entry.uncompressedSize <= UInt64(largestPart) else { throw .tooLarge(part: path) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= largestPart else { throw Failure.tooLarge(part: path) }
                data.append(chunk)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .notAWorkbook("its part \(path) cannot be read (\(error))")
        }
        return data
    }
}

/// `delegate` after it has read `data`; a part that is not well-formed leaves it with what it read.
private func parsed<Delegate: NSObject & XMLParserDelegate>(_ data: Data, by delegate: Delegate) -> Delegate {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.parse()
    return delegate
}

/// The workbook's sheets in tab order: name and relationship id (`<sheet name= r:id=>`).
private final class SheetListParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, relation: String)] = []


    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard name == "sheet", let sheet = attributes["name"] else { return }
        // The relationship attribute's prefix is whatever the workbook declared, usually `r`.
        if let relation = attributes.first(where: { $0.key == "r:id" || $0.key.hasSuffix(":id") })?.value {
            sheets.append((sheet, relation))
        }
    }
}

/// Relationship id → target path, from a `.rels` part.
private final class RelationshipParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]


    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// The shared strings table: each `<si>`'s text, its rich-text runs joined, phonetic runs left out.
private final class SharedStringParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false


    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}

/// Which cell styles show a date: the `cellXfs` whose number format is one of Excel's built-in
/// date formats (14–22, 45–47) or a custom one with day, month or year codes.
private final class StyleParser: NSObject, XMLParserDelegate {
    private var customDates: Set<Int> = []
    private var inCellFormats = false
    private var formats: [Int] = []

    static func dateStyles(_ data: Data) -> Set<Int> {
        let delegate = parsed(data, by: StyleParser())
        let builtIn = Set(14...22).union(45...47)
        return Set(delegate.formats.indices.filter { builtIn.contains(delegate.formats[$0]) || delegate.customDates.contains(delegate.formats[$0]) })
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "numFmt":
            guard let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] else { return }
            // Quoted text and bracketed colours or elapsed times are not date codes.
            let bare = code.replacingOccurrences(of: #""[^"]*"|\[[^\]]*\]"#, with: "", options: .regularExpression).lowercased()
            if bare.contains("d") || bare.contains("y") || (bare.contains("m") && !bare.contains("h")) { customDates.insert(id) }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellFormats = false }
    }
}

/// A worksheet's rows, each cell as text.
private final class SheetParser: NSObject, XMLParserDelegate {
    private let shared: [String]
    private let dateStyles: Set<Int>
    private var rows: [SupplierGrid.Row] = []
    private var failure: WorkbookReader.Failure?
    private var row: SupplierGrid.Row?
    private var nextRowNumber = 1
    private var cell: (column: Int, type: String, style: Int)?
    private var nextColumn = 0
    private var value = ""
    private var inValue = false

    init(shared: [String], dateStyles: Set<Int>) {
        self.shared = shared
        self.dateStyles = dateStyles
    }

    func rows(_ data: Data) throws(WorkbookReader.Failure) -> [SupplierGrid.Row] {
        let parser = XMLParser(data: data)
        parser.delegate = self
        let parsed = parser.parse()
        if let failure { throw failure }
        guard parsed else { throw .notAWorkbook("its worksheet is not well-formed XML (\(parser.parserError.map { "\($0)" } ?? "unknown error"))") }
        return rows
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? nextRowNumber
            guard number <= WorkbookReader.largestRow else {
                failure = .tooManyRows
                parser.abortParsing()
                return
            }
            row = SupplierGrid.Row(number: number, cells: [])
            nextRowNumber = number + 1
            nextColumn = 0
        case "c":
            var column = nextColumn
            if let reference = attributes["r"], let index = SupplierGrid.columnIndex(reference.prefix { $0.isLetter }) {
                column = index
            }
            guard column < WorkbookReader.largestColumn else {
                failure = .tooManyColumns(cell: attributes["r"] ?? "column \(column + 1)")
                parser.abortParsing()
                return
            }
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            nextColumn = column + 1
            value = ""
        case "v", "t": inValue = cell != nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            guard let cell, row != nil else { return }
            let text = self.text(value, type: cell.type, style: cell.style)
            if row!.cells.count <= cell.column { row!.cells += Array(repeating: "", count: cell.column + 1 - row!.cells.count) }
            row!.cells[cell.column] = text
            self.cell = nil
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }

    /// A cell's value as the supplier sees it: a shared string's text, a number as written
    /// (within Excel's fifteen significant digits), a date as `YYYY-MM-DD`.
    private func text(_ raw: String, type: String, style: Int) -> String {
        switch type {
        case "s": return Int(raw).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr", "str": return raw
        case "b": return raw == "1" ? "TRUE" : "FALSE"
        case "e": return raw
        default:
            guard let number = Double(raw), number.isFinite else { return raw }
            if dateStyles.contains(style), let date = Self.date(serial: Int(number.rounded(.down))) { return date.description }
            return Self.plain(number)
        }
    }

    /// 38.45 for the double nearest 38.45 and for 38.450000000000003 alike: Excel shows fifteen
    /// significant digits, and a price a formula computed carries binary noise past them.
    static func plain(_ number: Double) -> String {
        var text = String(format: "%.15g", number)
        if text.contains("e") || text.contains("E") {
            text = "\(Decimal(string: text) ?? Decimal(number))"
        }
        return text
    }

    /// Excel's 1900 date system: serial 1 is 1900-01-01 and the (nonexistent) 1900-02-29 is 60,
    /// so from 61 on the days count from 1899-12-30.
    static func date(serial: Int) -> CalendarDate? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        return CalendarDate(dayNumber: serial - (serial < 61 ? 25_568 : 25_569))
    }
}
